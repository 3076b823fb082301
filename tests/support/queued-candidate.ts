import { createHash } from 'node:crypto';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { Database } from '../../db/client.ts';
import { queueCandidates } from '../../db/review/queue-candidates.ts';
import * as t from '../../db/schema.ts';
import { testClock } from './clock.ts';

/** A press release written for the review tests: Saxony and Québec sign a declaration of intent. */
export const QUEBEC_TEXT = `Medieninformation

Sachsen und Québec vereinbaren Zusammenarbeit

Québec (12. Mai 2025) – Sachsen und Québec haben heute eine Absichtserklärung zur Zusammenarbeit in der Forschung unterzeichnet.`;

/** The passage its candidates rest on. */
export const QUEBEC_QUOTE =
  'Sachsen und Québec haben heute eine Absichtserklärung zur Zusammenarbeit in der Forschung unterzeichnet.';

/** The signing as the extraction proposes it; each test varies what it needs. */
export const QUEBEC_SIGNING: ExtractedFact = {
  type: 'agreement_signed',
  partner: { iso: 'CA-QC', name: 'Québec' },
  date: '2025-05-12',
  endDate: null,
  quote: QUEBEC_QUOTE,
  confidence: 0.8,
};

/**
 * Stores the Québec press release in the library (key `test-pm-quebec`) and queues the given
 * candidates from it, as adding the document would; returns their ids in that order.
 */
export async function queueQuebecCandidates(db: Database, facts: ExtractedFact[]): Promise<number[]> {
  const [doc] = await db
    .insert(t.sourceDocuments)
    .values({
      key: 'test-pm-quebec',
      fileName: 'test-pm-quebec.txt',
      kind: 'press_release',
      title: 'Sachsen und Québec vereinbaren Zusammenarbeit',
      publisher: 'Test',
      publishedOn: '2025-05-12',
      language: 'de',
      content: QUEBEC_TEXT,
      sha256: createHash('sha256').update(QUEBEC_TEXT).digest('hex'),
    })
    .returning({ id: t.sourceDocuments.id });
  return (await db.transaction((tx) => queueCandidates(tx, doc!.id, facts, testClock.now()))).ids;
}
