import type { FieldIssue } from '../shared/errors.ts';
import { dirichletSampler } from './dirichlet.ts';
import type { Weights } from './evaluation.types.ts';
import { EVALUATION_ISSUES, criteriaKeyIssues, orderedWeights, refuse } from './invalid-input.ts';
import { TIE_TOLERANCE } from './ranking.ts';

/** Partnerships (rows) by criteria (columns), each cell a normalised criterion mean (see `performanceTable`). */
export interface PerformanceTable {
  partnerships: readonly string[];
  criteria: readonly string[];
  values: readonly (readonly number[])[];
}

/** Settings of the stochastic multicriteria acceptability analysis. */
export interface SmaaOptions {
  /** The seed of the random weights (32-bit, 0…4294967295): the same seed gives the same result. */
  seed: number;
  /** Number of sampled weight vectors; 10,000 by default (Monte Carlo error at most ±0.005). */
  samples?: number;
  /**
   * Concentration κ of the Dirichlet distribution around the chosen weights: each weight varies
   * with standard deviation √(w(1 − w)/(κ + 1)); 100 by default (w = 0.2 varies by ±0.04).
   */
  concentration?: number;
}

/** What the weights, varied around the chosen ones, do to the ranking. */
export interface SmaaResult {
  samples: number;
  seed: number;
  concentration: number;
  /**
   * Rank acceptability indices b_i^r by partnership: entry r − 1 is the share of sampled weight
   * vectors under which the partnership takes rank r. Each partnership's entries sum to 1, and so
   * do the entries of each rank over all partnerships: tied partnerships share the ranks they span
   * equally (two tied for first count half first, half second each).
   */
  rankAcceptability: Record<string, number[]>;
  /** The mean rank over the sampled weights (Σ r · b_i^r). */
  expectedRank: Record<string, number>;
  /** Central weight vector: the mean of the sampled weights that make the partnership first; null if none does. */
  centralWeights: Record<string, Weights | null>;
  /** Upper bound of the standard error of every acceptability index: 0.5 / √samples. */
  standardErrorBound: number;
}

/**
 * Stochastic multicriteria acceptability analysis, SMAA-2 (Lahdelma & Salminen, "SMAA-2:
 * Stochastic multicriteria acceptability analysis for group decision making", Operations Research
 * 49 (2001) 444–454) with exact criterion values and the additive value Σ w_j · v_ij. Weights are
 * drawn from a Dirichlet distribution centred on the chosen weights ({@link dirichletSampler}).
 *
 * Confidence factors are not computed: with exact criterion values the weights that make a
 * partnership first form a convex set, so its central weight vector always makes it first.
 */
export function smaa(table: PerformanceTable, weights: Weights, options: SmaaOptions): SmaaResult {
  const { samples = 10_000, concentration = 100, seed } = options;
  const issues = tableIssues(table);
  if (!Number.isInteger(samples) || samples < 1 || samples > 1_000_000)
    issues.push({ field: 'samples', message: EVALUATION_ISSUES.samples });
  if (typeof concentration !== 'number' || !Number.isFinite(concentration) || concentration <= 0)
    issues.push({ field: 'concentration', message: EVALUATION_ISSUES.concentration });
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    issues.push({ field: 'seed', message: EVALUATION_ISSUES.seed });
  refuse(issues);
  const centre = orderedWeights(table.criteria, weights);

  const n = table.partnerships.length;
  const m = table.criteria.length;
  const values = Float64Array.from(table.values.flat());
  const sampler = dirichletSampler(centre, concentration, seed);
  const w = new Float64Array(m);
  const score = new Float64Array(n);
  const order = Array.from({ length: n }, (_, i) => i);
  const counts = new Float64Array(n * n);
  const central = new Float64Array(n * m);
  const firstShare = new Float64Array(n);

  for (let s = 0; s < samples; s++) {
    sampler.next(w);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < m; j++) sum += w[j]! * values[i * m + j]!;
      score[i] = sum;
    }
    // Insertion sort, best first: the previous sample's order is nearly sorted already.
    for (let a = 1; a < n; a++) {
      const i = order[a]!;
      let b = a - 1;
      while (b >= 0 && score[order[b]!]! < score[i]!) {
        order[b + 1] = order[b]!;
        b--;
      }
      order[b + 1] = i;
    }
    for (let start = 0; start < n;) {
      let end = start + 1;
      while (end < n && score[order[start]!]! - score[order[end]!]! <= TIE_TOLERANCE) end++;
      const share = 1 / (end - start);
      for (let a = start; a < end; a++) {
        const i = order[a]!;
        for (let r = start; r < end; r++) counts[i * n + r]! += share;
        if (start === 0) {
          firstShare[i]! += share;
          for (let j = 0; j < m; j++) central[i * m + j]! += share * w[j]!;
        }
      }
      start = end;
    }
  }

  const rankAcceptability: Record<string, number[]> = {};
  const expectedRank: Record<string, number> = {};
  const centralWeights: Record<string, Weights | null> = {};
  table.partnerships.forEach((key, i) => {
    const row = Array.from(counts.subarray(i * n, i * n + n), (c) => c / samples);
    rankAcceptability[key] = row;
    expectedRank[key] = row.reduce((sum, b, r) => sum + (r + 1) * b, 0);
    centralWeights[key] =
      firstShare[i]! > 0
        ? Object.fromEntries(table.criteria.map((c, j) => [c, central[i * m + j]! / firstShare[i]!]))
        : null;
  });
  return {
    samples,
    seed,
    concentration,
    rankAcceptability,
    expectedRank,
    centralWeights,
    standardErrorBound: 0.5 / Math.sqrt(samples),
  };
}

/** Issues of a performance table: unique keys, one finite value per partnership and criterion. */
export function tableIssues(table: PerformanceTable): FieldIssue[] {
  const issues = criteriaKeyIssues(table.criteria, 'criteria');
  if (table.partnerships.length === 0)
    issues.push({ field: 'partnerships', message: EVALUATION_ISSUES.tooFewAlternatives });
  const seen = new Set<string>();
  table.partnerships.forEach((key, i) => {
    if (seen.has(key)) issues.push({ field: `partnerships.${key}`, message: EVALUATION_ISSUES.duplicatePartnership });
    seen.add(key);
    const row = table.values[i];
    table.criteria.forEach((c, j) => {
      const v = row?.[j];
      if (typeof v !== 'number' || !Number.isFinite(v))
        issues.push({ field: `values.${key}.${c}`, message: EVALUATION_ISSUES.notANumber });
    });
  });
  if (
    table.values.length !== table.partnerships.length ||
    table.values.some((row) => row.length !== table.criteria.length)
  )
    issues.push({ field: 'values', message: EVALUATION_ISSUES.tableShape });
  return issues;
}
