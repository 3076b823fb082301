import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { extractFacts } from '../../core/sources/extraction/extract-facts.ts';
import { nameIndex } from '../../core/sources/extraction/name-index.ts';
import { splitSentences } from '../../core/sources/extraction/sentences.ts';
import { projectRoot } from '../../db/prepare.ts';
import { gazetteerFromSeedFiles } from '../../db/sources/gazetteer.queries.ts';
import { pressReleases } from '../generate-press-releases.ts';
import { measure, ratio } from '../measure.ts';
import { createRandom } from '../rng.ts';

/** The target of issue 12: at least 100 press releases per second per core. */
const TARGET_PER_SECOND = 100;

/**
 * W5: fact extraction, `extractFacts` on 1,000 generated press releases (about 2,000 characters
 * each) with the seeded register's gazetteer, one after another on one core. Baseline: reading
 * the same texts only (sentences and gazetteer names), to show what the rules and the date
 * parser add. Reported as press releases per second per core.
 */
export async function extractionWorkload(args: { durationSeconds: number; seed: number }) {
  const gazetteer = gazetteerFromSeedFiles(join(projectRoot, 'db', 'seed'));
  const documents = pressReleases(createRandom(args.seed), gazetteer, 1_000);
  const index = nameIndex(gazetteer);
  let facts = 0;
  const started = performance.now();
  for (const d of documents) facts += extractFacts(d, gazetteer).length;
  const wholeRunMs = performance.now() - started;
  const perSecond = Math.round((documents.length / wholeRunMs) * 1000);

  const latency = await measure(async (i) => extractFacts(documents[i % documents.length]!, gazetteer), {
    durationSeconds: args.durationSeconds,
  });
  const baseline = await measure(
    async (i) => {
      const text = documents[i % documents.length]!.text;
      return [splitSentences(text), index.places(text), index.organisations(text)];
    },
    { durationSeconds: args.durationSeconds },
  );
  const characters = documents.reduce((n, d) => n + d.text.length, 0);
  return {
    lines: [
      {
        measure: `extractFacts on one press release (${Math.round(characters / documents.length)} characters on average)`,
        latency,
        baseline: { measure: 'reading only: sentences and gazetteer names', latency: baseline },
        ratio: ratio(latency.p95, baseline.p95),
        target: {
          text: `≥ ${TARGET_PER_SECOND} press releases/s per core`,
          withinTarget: perSecond >= TARGET_PER_SECOND,
        },
        notes: [
          `${documents.length} press releases in ${Math.round(wholeRunMs)} ms on one core: ${perSecond} per second`,
        ],
      },
    ],
    details: {
      documents: documents.length,
      perSecondPerCore: perSecond,
      factsProposed: facts,
      cores: availableParallelism(),
    },
  };
}
