import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { germanDictionary } from './german-dictionary.ts';
import { registerNames } from '../../../tests/support/register-names.ts';
import type { OcrScore } from './ocr-scoring.ts';
import { scoreOcrRepair } from './ocr-scoring.ts';
import { repairOcr } from './repair-ocr.ts';
import type { OcrRepairOptions } from './repair-ocr.ts';
import { simulateOcrDamage } from './simulate-ocr-damage.ts';

// Every damaged word of the two OCR'd sources with its correct form, gone through by hand.
interface GroundTruth {
  sources: { source: string; damaged: { at: number; original: string; correct: string }[] }[];
}
const truth = JSON.parse(
  readFileSync(new URL('./fixtures/ocr-ground-truth.json', import.meta.url), 'utf8'),
) as GroundTruth;
const CLEAN = new URL('./fixtures/clean-texts/', import.meta.url);
const SEEDS = [1, 2, 3, 4, 5];
let options: OcrRepairOptions;

beforeAll(async () => {
  options = { dictionary: await germanDictionary(), names: registerNames() };
});

function total(scores: OcrScore[]) {
  const damagedWords = scores.reduce((sum, s) => sum + s.damagedWords, 0);
  const right = scores.reduce((sum, s) => sum + s.repairedRight, 0);
  const changed = scores.flatMap((s) => s.correctWordsChanged);
  return { damagedWords, right, accuracy: right / damagedWords, changed };
}

function report(label: string, t: ReturnType<typeof total>, scores: OcrScore[]) {
  console.log(
    `OCR repair, ${label}: ${t.right} of ${t.damagedWords} damaged words right ` +
      `(${(t.accuracy * 100).toFixed(1)} %), ${t.changed.length} correct words changed`,
  );
  const wrong = scores.flatMap((s) => s.wrong).map((w) => `${w.original}→${w.repaired} (${w.correct})`);
  if (wrong.length > 0) console.log(`  not right: ${[...new Set(wrong)].slice(0, 40).join(', ')}`);
  if (t.changed.length > 0) console.log(`  changed: ${t.changed.map((c) => `${c.original}→${c.repaired}`).join(', ')}`);
}

describe('OCR repair quality', () => {
  it('gets the damaged words of the strategy and the cabinet press release right and changes no correct word', () => {
    const scores = truth.sources.map(({ source, damaged }) => {
      const score = scoreOcrRepair(repairOcr(readFileSync(`db/seed/sources/${source}`, 'utf8'), options), damaged);
      report(source, total([score]), [score]);
      return score;
    });
    const both = total(scores);
    report('both OCR’d sources', both, []);
    // Reached: 429 of 443 (96.8 %): the strategy 398 of 409, the cabinet press release 31 of 34.
    expect(both.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(both.changed).toEqual([]);
  });

  it('repairs correct German texts damaged the same way (seeded)', () => {
    const texts = [
      ...readdirSync(CLEAN).map((file) => readFileSync(new URL(file, CLEAN), 'utf8')),
      ...['000_809836342374acb1.txt', '002_242b1398d7a3aba0.txt', '003_cf5964457d78cf7d.txt'].map((file) =>
        readFileSync(`db/seed/sources/${file}`, 'utf8'),
      ),
    ];
    const scores = SEEDS.flatMap((seed) =>
      texts.map((text, i) => {
        const damage = simulateOcrDamage(text, seed * 1000 + i);
        return scoreOcrRepair(repairOcr(damage.text, options), damage.damaged);
      }),
    );
    const all = total(scores);
    report(`${texts.length} correct texts damaged with ${SEEDS.length} seeds`, all, scores);
    // Reached: 1590 of 1670 (95.2 %); 5 changes, all one surname ("Milbradt" read as "Milbrät").
    expect(all.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(all.changed.length).toBeLessThanOrEqual(all.damagedWords * 0.01);
  });
});
