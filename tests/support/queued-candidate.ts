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

/** A press release written for a test: its key, title, date and text. */
export interface TestPressRelease {
  key: string;
  title: string;
  publishedOn: string;
  text: string;
}

/**
 * Stores a press release written for a test in the library and queues the given candidates from
 * it, as adding the document would; returns their ids in that order.
 */
export async function queueTestCandidates(
  db: Database,
  release: TestPressRelease,
  facts: ExtractedFact[],
): Promise<number[]> {
  const [doc] = await db
    .insert(t.sourceDocuments)
    .values({
      key: release.key,
      fileName: `${release.key}.txt`,
      kind: 'press_release',
      title: release.title,
      publisher: 'Test',
      publishedOn: release.publishedOn,
      language: 'de',
      content: release.text,
      sha256: createHash('sha256').update(release.text).digest('hex'),
    })
    .returning({ id: t.sourceDocuments.id });
  return (await db.transaction((tx) => queueCandidates(tx, doc!.id, facts, testClock.now()))).ids;
}

/** Stores the Québec press release (key `test-pm-quebec`) and queues the given candidates from it. */
export const queueQuebecCandidates = (db: Database, facts: ExtractedFact[]) =>
  queueTestCandidates(
    db,
    {
      key: 'test-pm-quebec',
      title: 'Sachsen und Québec vereinbaren Zusammenarbeit',
      publishedOn: '2025-05-12',
      text: QUEBEC_TEXT,
    },
    facts,
  );
