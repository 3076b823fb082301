import type { Actor } from '../../core/access/actor.ts';
import { addSourceDocument, type AddedSource } from '../../core/sources/add-source-document.ts';
import type { PreparedSource } from '../../core/sources/prepare-source.ts';
import type { QueueCandidates, RepairText } from '../../core/sources/source.types.ts';
import { keepText, queueNothing } from '../../core/sources/source.types.ts';
import type { Database, Transaction } from '../client.ts';
import { withSourceStore } from './source.store.ts';

/**
 * The one place where the add-document use-case's two seams are wired, for the pages, the API
 * and the command line alike, bound to the transaction that stores the document:
 * - `repair`: the OCR repair of the text (core/sources/ocr-repair/); for now the text as received;
 * - `queue`: the extraction of candidate facts into the review queue (core/sources/extraction/);
 *   for now none.
 */
export function sourceSeams(_tx: Transaction): { repair: RepairText; queue: QueueCandidates } {
  return { repair: keepText, queue: queueNothing };
}

/**
 * Stores a prepared document through the add-document use-case, with the seams above, in one
 * transaction: what the pages, the API and the command line call.
 */
export function storeSource(db: Database, actor: Actor, at: Date, source: PreparedSource): Promise<AddedSource> {
  return withSourceStore(db, actor, at, (store, tx) => addSourceDocument({ store, actor, source, ...sourceSeams(tx) }));
}
