import { organisationOf, type Actor } from '../access/actor.ts';
import { canAddSources } from '../access/source.policy.ts';
import { isMinistryEditor } from '../access/roles.ts';
import { AppError } from '../shared/errors.ts';
import type { PreparedSource } from './prepare-source.ts';
import { freeSourceKey, sourceKeyBase } from './source-key.ts';
import {
  keepText,
  queueNothing,
  type QueueCandidates,
  type RepairText,
  type SourceStore,
  type StoredSourceDocument,
} from './source.types.ts';

/** The outcome of adding a document: stored under a new key, or already in the library under its key. */
export type AddedSource =
  | { status: 'added'; id: number; key: string; title: string; repaired: boolean; repairs: number; candidates: number }
  | { status: 'duplicate'; key: string };

/**
 * Adds a document to the library (coordinators and ministry editors; an editor's document
 * carries their ministry). The same content twice is recognised by its SHA-256 and not stored
 * again: the answer names the key it has. Otherwise it is stored under a key derived from kind,
 * date and title, then — in the same transaction — `repair` runs on its text (where it changes
 * it, the repaired text is kept beside the text as received) and `queue` puts the candidate facts
 * it yields in the review queue. The audit entry records the metadata, never the text.
 */
export async function addSourceDocument(args: {
  store: SourceStore;
  actor: Actor;
  source: PreparedSource;
  repair?: RepairText;
  queue?: QueueCandidates;
}): Promise<AddedSource> {
  const { store, actor, source, repair = keepText, queue = queueNothing } = args;
  if (!canAddSources(actor))
    throw new AppError('FORBIDDEN', 'Coordinators and ministry editors add documents to the source library.');
  const { document } = source;
  const known = await store.findBySha256(document.sha256);
  if (known) return { status: 'duplicate', key: known.key };
  const key = await freeSourceKey(sourceKeyBase(source), (k) => store.keyTaken(k));
  const organisationId = isMinistryEditor(actor) ? organisationOf(actor) : null;
  const row = {
    key,
    fileName: document.fileName || `${key}.txt`,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    publishedOn: source.publishedOn,
    language: source.language,
    content: document.text,
    sha256: document.sha256,
    mediaType: document.mediaType,
    url: source.url,
    visibility: source.visibility,
    organisationId,
  };
  const inserted = await store.insert(row);
  if (!inserted) {
    // Stored by someone else between the look-up and the insert.
    const other = await store.findBySha256(document.sha256);
    return { status: 'duplicate', key: other?.key ?? key };
  }
  const repaired = await repair(document.text, { language: source.language });
  const changed = repaired.text !== document.text;
  if (changed || repaired.damaged)
    await store.keepRepair(inserted.id, {
      content: repaired.text,
      originalContent: changed ? document.text : null,
      repairs: changed ? repaired.repairs : [],
      ocr: repaired.damaged,
    });
  const stored: StoredSourceDocument = {
    id: inserted.id,
    key,
    kind: source.kind,
    title: source.title,
    publishedOn: source.publishedOn,
    language: source.language,
    visibility: source.visibility,
    organisationId,
    text: repaired.text,
  };
  const candidates = await queue(stored);
  const { content: _content, ...meta } = row;
  await store.audit(inserted.id, {
    ...meta,
    characters: repaired.text.length,
    repairs: changed ? repaired.repairs.length : 0,
    candidates,
  });
  return {
    status: 'added',
    id: inserted.id,
    key,
    title: source.title,
    repaired: changed,
    repairs: changed ? repaired.repairs.length : 0,
    candidates,
  };
}
