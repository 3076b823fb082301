import type { OcrRepairResult } from './repair-ocr.ts';

/** How a repair did against a list of the damaged words of a text and their correct forms. */
export interface OcrScore {
  damagedWords: number;
  repairedRight: number;
  /** repairedRight / damagedWords. */
  accuracy: number;
  /** Changes made to words that were not damaged. */
  correctWordsChanged: { at: number; original: string; repaired: string }[];
  /** Damaged words that did not come out right, with what the repair made of them. */
  wrong: { at: number; original: string; correct: string; repaired: string }[];
}

/** Scores a repair; `damaged[].at` are offsets in the original (damaged) text. */
export function scoreOcrRepair(
  result: OcrRepairResult,
  damaged: readonly { at: number; original: string; correct: string }[],
): OcrScore {
  const byOriginalAt = new Map<number, { original: string; repaired: string }>();
  let shift = 0;
  for (const repair of result.repairs) {
    byOriginalAt.set(repair.at - shift, repair);
    shift += repair.repaired.length - repair.original.length;
  }
  const truthAt = new Set(damaged.map((d) => d.at));
  const wrong: OcrScore['wrong'] = [];
  for (const item of damaged) {
    const repaired = byOriginalAt.get(item.at)?.repaired ?? item.original;
    if (repaired !== item.correct) wrong.push({ ...item, repaired });
  }
  const correctWordsChanged = [...byOriginalAt]
    .filter(([at]) => !truthAt.has(at))
    .map(([at, r]) => ({ at, original: r.original, repaired: r.repaired }));
  const repairedRight = damaged.length - wrong.length;
  return {
    damagedWords: damaged.length,
    repairedRight,
    accuracy: damaged.length === 0 ? 1 : repairedRight / damaged.length,
    correctWordsChanged,
    wrong,
  };
}
