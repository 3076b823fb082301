import type { Weights } from './evaluation.types.ts';
import { EVALUATION_ISSUES, orderedWeights, refuse } from './invalid-input.ts';
import { competitionRanks, TIE_TOLERANCE } from './ranking.ts';
import { tableIssues, type PerformanceTable } from './robustness.ts';

/** How far one criterion's weight may move before the ranking changes. */
export interface WeightStability {
  criterion: string;
  /** The chosen weight, normalised. */
  weight: number;
  /**
   * The ranking stays as it is while the weight lies strictly between `lower` and `upper`; at a
   * breakpoint two partnerships tie. An end of 0 or 1 means no change lies that way at all.
   * `lower` = `upper` = `weight` when partnerships tie at the chosen weights, so any move changes the ranking.
   */
  lower: number;
  upper: number;
  /** The two partnerships that change places at `lower`, the one ahead before the change first; null at 0. */
  lowerSwap: [string, string] | null;
  /** The two partnerships that change places at `upper`, the one ahead before the change first; null at 1. */
  upperSwap: [string, string] | null;
}

/**
 * One-at-a-time weight stability intervals (sensitivity analysis of the additive value model, e.g.
 * Belton & Stewart, Multiple Criteria Decision Analysis, 2002, ch. 5): the weight t of one criterion
 * varies from 0 to 1 while the others keep their proportions, w_j(t) = w_j · (1 − t)/(1 − w_k).
 * Every partnership's score is then a line in t, S_i(t) = R_i + t · (v_ik − R_i) with R_i its score on
 * the other criteria, so the ranking changes exactly where two lines cross; the breakpoints are those
 * crossings, solved exactly, nearest to the chosen weight on either side. With `top` only changes
 * among the first `top` places count (who is there and in which order); by default all places.
 * A criterion that carries all the weight (w_k = 1) leaves the others no proportions: they then share
 * 1 − t equally. A single criterion can only weigh 1.
 */
export function weightStability(
  table: PerformanceTable,
  weights: Weights,
  options: { top?: number } = {},
): WeightStability[] {
  const issues = tableIssues(table);
  const n = table.partnerships.length;
  const top = options.top ?? n;
  if (!Number.isInteger(top) || top < 1) issues.push({ field: 'top', message: EVALUATION_ISSUES.topPositions });
  refuse(issues);
  const centre = orderedWeights(table.criteria, weights);
  const m = table.criteria.length;
  const keys = table.partnerships;

  return table.criteria.map((criterion, k) => {
    const weight = centre[k]!;
    if (m === 1) return { criterion, weight, lower: 1, upper: 1, lowerSwap: null, upperSwap: null };
    const rest = table.values.map((row) => {
      let sum = 0;
      for (let j = 0; j < m; j++) if (j !== k) sum += (weight < 1 ? centre[j]! : 1) * row[j]!;
      return weight < 1 ? sum / (1 - weight) : sum / (m - 1);
    });
    const slope = table.values.map((row, i) => row[k]! - rest[i]!);
    const scoresAt = (t: number) => Object.fromEntries(keys.map((key, i) => [key, rest[i]! + t * slope[i]!]));
    const reference = competitionRanks(scoresAt(weight));
    const ahead = (i: number, j: number, t: number): [string, string] => {
      const si = rest[i]! + t * slope[i]!;
      const sj = rest[j]! + t * slope[j]!;
      return si > sj || (si === sj && keys[i]! < keys[j]!) ? [keys[i]!, keys[j]!] : [keys[j]!, keys[i]!];
    };

    const crossings: { t: number; i: number; j: number }[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const gap = rest[i]! + weight * slope[i]! - (rest[j]! + weight * slope[j]!);
        if (Math.abs(gap) <= TIE_TOLERANCE) {
          // Tied at the chosen weights: unless the lines coincide, any move breaks the tie.
          const parallel = Math.abs(slope[i]! - slope[j]!) <= TIE_TOLERANCE;
          if (!parallel && Math.min(reference[keys[i]!]!, reference[keys[j]!]!) <= top) {
            const pair = ahead(i, j, weight);
            return { criterion, weight, lower: weight, upper: weight, lowerSwap: pair, upperSwap: pair };
          }
          continue;
        }
        if (slope[i] === slope[j]) continue;
        const t = (rest[j]! - rest[i]!) / (slope[i]! - slope[j]!);
        if (t >= 0 && t <= 1) crossings.push({ t, i, j });
      }
    }

    // Walks from the chosen weight towards one end and stops at the first crossing that changes the
    // first `top` places, judged by the ranking just before it (constant between two crossings).
    const walk = (events: { t: number; i: number; j: number }[]) => {
      let previous = weight;
      for (let a = 0; a < events.length;) {
        const t = events[a]!.t;
        let b = a;
        while (b < events.length && Math.abs(events[b]!.t - t) <= 1e-12) b++;
        const before = (previous + t) / 2;
        const ranks = competitionRanks(scoresAt(before));
        for (const { i, j } of events.slice(a, b)) {
          if (Math.min(ranks[keys[i]!]!, ranks[keys[j]!]!) <= top) return { at: t, swap: ahead(i, j, before) };
        }
        previous = t;
        a = b;
      }
      return null;
    };
    const up = walk(crossings.filter((c) => c.t > weight).sort((x, y) => x.t - y.t));
    const down = walk(crossings.filter((c) => c.t < weight).sort((x, y) => y.t - x.t));
    return {
      criterion,
      weight,
      lower: down?.at ?? 0,
      upper: up?.at ?? 1,
      lowerSwap: down?.swap ?? null,
      upperSwap: up?.swap ?? null,
    };
  });
}
