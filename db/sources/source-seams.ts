import type { Actor } from '../../core/access/actor.ts';
import { addSourceDocument, type AddedSource } from '../../core/sources/add-source-document.ts';
import { extractFacts } from '../../core/sources/extraction/extract-facts.ts';
import { gazetteerNames } from '../../core/sources/extraction/gazetteer.ts';
import type { Gazetteer } from '../../core/sources/fact.ts';
import { germanDictionary } from '../../core/sources/ocr-repair/german-dictionary.ts';
import { looksDamaged } from '../../core/sources/ocr-repair/ocr-damage.ts';
import { repairOcr } from '../../core/sources/ocr-repair/repair-ocr.ts';
import type { PreparedSource } from '../../core/sources/prepare-source.ts';
import type { QueueCandidates, RepairText } from '../../core/sources/source.types.ts';
import type { Database, Executor, Transaction } from '../client.ts';
import { queueCandidates } from '../review/queue-candidates.ts';
import { loadGazetteer } from './gazetteer.queries.ts';
import { withSourceStore } from './source.store.ts';

/** The gazetteer for a run of documents, read on first use and kept for the rest of the run. */
export type GazetteerOnce = (db: Executor) => Promise<Gazetteer>;

/**
 * A gazetteer read once for a run of documents (one `sources add` of an archive): the places and
 * organisations do not change while documents are added, so a thousand documents need one read
 * and one build, not a thousand. `load` reads and builds it (the register's, by default).
 */
export function gazetteerOnce(load: (db: Executor) => Promise<Gazetteer> = loadGazetteer): GazetteerOnce {
  let gazetteer: Promise<Gazetteer> | undefined;
  return (db) => {
    gazetteer ??= load(db).catch((error: unknown) => {
      // A failed read (the transaction it ran in was rolled back) is tried again by the next document.
      gazetteer = undefined;
      throw error;
    });
    return gazetteer;
  };
}

/**
 * The one place where the add-document use-case's two seams are wired, for the pages, the API
 * and the command line alike, bound to the transaction that stores the document:
 * - `repair`: a German text that looks OCR-damaged is repaired with the Hunspell dictionary and
 *   the register's names (core/sources/ocr-repair/); any other text is kept as received;
 * - `queue`: the facts the extraction proposes (core/sources/extraction/) go into the review
 *   queue, compared with the register (db/review/queue-candidates.ts); nothing reaches the
 *   register before a person accepts it.
 */
export function sourceSeams(
  tx: Transaction,
  at: Date,
  gazetteer: GazetteerOnce = gazetteerOnce(),
): { repair: RepairText; queue: QueueCandidates } {
  const register = () => gazetteer(tx);
  return {
    repair: async (text, { language }) => {
      if (language !== 'de' || !looksDamaged(text)) return { text, repairs: [], damaged: false };
      const [dictionary, known] = await Promise.all([germanDictionary(), register()]);
      return repairOcr(text, { dictionary, names: gazetteerNames(known) });
    },
    queue: async (document) => {
      const facts = extractFacts(
        { text: document.text, publishedOn: document.publishedOn, title: document.title, language: document.language },
        await register(),
      );
      return (await queueCandidates(tx, document.id, facts, at)).queued;
    },
  };
}

/**
 * Stores a prepared document through the add-document use-case, with the seams above, in one
 * transaction: what the pages, the API and the command line call. A run of many documents
 * passes one `gazetteerOnce()` to every call, so the gazetteer is built once for the run.
 */
export function storeSource(
  db: Database,
  actor: Actor,
  at: Date,
  source: PreparedSource,
  gazetteer: GazetteerOnce = gazetteerOnce(),
): Promise<AddedSource> {
  return withSourceStore(db, actor, at, (store, tx) =>
    addSourceDocument({ store, actor, source, ...sourceSeams(tx, at, gazetteer) }),
  );
}
