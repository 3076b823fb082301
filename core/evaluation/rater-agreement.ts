import type { FieldIssue } from '../shared/errors.ts';
import type { Criterion, Score } from './evaluation.types.ts';
import { EVALUATION_ISSUES, refuse } from './invalid-input.ts';
import { tabulateScores } from './score-table.ts';

/** How the values of a criterion are compared: as labels, as ranks, as distances, as ratios. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Krippendorff's alpha with the counts it rests on. */
export interface AlphaResult {
  /**
   * 1 perfect agreement, 0 agreement as by chance, below 0 systematic disagreement. Null when
   * there is nothing to agree on: no unit has two values, or all pairable values are equal
   * (expected disagreement 0, so the coefficient is undefined).
   */
  alpha: number | null;
  /** n.., the number of values in units that have at least two values (only those can be paired). */
  pairableValues: number;
  /** The units that have at least two values. */
  pairableUnits: number;
  /** D_o, the observed disagreement. */
  observedDisagreement: number;
  /** D_e, the disagreement expected by chance. */
  expectedDisagreement: number;
}

/**
 * Krippendorff's alpha reliability coefficient α = 1 − D_o / D_e, computed through the coincidence
 * matrix (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011; Content Analysis, 4th
 * ed. 2019, ch. 12). `units` holds, per unit (e.g. a partnership), the values the assessors gave;
 * null or undefined for a missing value. Units with fewer than two values cannot be paired and are
 * dropped. Difference functions δ²(c, k): nominal 0 or 1; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)²
 * over the marginal frequencies n_g of the ordered values; interval (c − k)²; ratio ((c − k)/(c + k))²
 * (values ≥ 0).
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null | undefined)[])[],
  level: MeasurementLevel,
): AlphaResult {
  refuse(
    units.flatMap((unit, u) =>
      unit.flatMap((v, i): FieldIssue[] => {
        const field = `units.${u}.${i}`;
        if (v === null || v === undefined) return [];
        if (typeof v !== 'number' || !Number.isFinite(v)) return [{ field, message: EVALUATION_ISSUES.notANumber }];
        if (level === 'ratio' && v < 0) return [{ field, message: EVALUATION_ISSUES.ratioNegative }];
        return [];
      }),
    ),
  );
  const pairable = units
    .map((unit) => unit.filter((v): v is number => v !== null && v !== undefined))
    .filter((values) => values.length >= 2);

  const values = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const V = values.length;
  // Coincidence matrix: each unit with m_u values contributes its m_u(m_u − 1) ordered pairs of
  // values from different assessors, each weighted 1/(m_u − 1).
  const o = new Float64Array(V * V);
  for (const unit of pairable) {
    const counts = new Map<number, number>();
    for (const v of unit) counts.set(index.get(v)!, (counts.get(index.get(v)!) ?? 0) + 1);
    const weight = 1 / (unit.length - 1);
    for (const [c, nc] of counts) for (const [k, nk] of counts) o[c * V + k]! += nc * (c === k ? nk - 1 : nk) * weight;
  }
  const marginal = new Float64Array(V);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) marginal[c]! += o[c * V + k]!;
  const n = marginal.reduce((a, b) => a + b, 0);

  const delta = differenceFunction(level, values, marginal);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      const d = delta(c, k);
      observed += o[c * V + k]! * d;
      expected += marginal[c]! * marginal[k]! * d;
    }
  }
  const observedDisagreement = n > 0 ? observed / n : 0;
  const expectedDisagreement = n > 1 ? expected / (n * (n - 1)) : 0;
  return {
    alpha: expectedDisagreement > 0 ? 1 - observedDisagreement / expectedDisagreement : null,
    pairableValues: Math.round(n),
    pairableUnits: pairable.length,
    observedDisagreement,
    expectedDisagreement,
  };
}

function differenceFunction(
  level: MeasurementLevel,
  values: readonly number[],
  marginal: Float64Array,
): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = values[c]! + values[k]!;
        return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
      };
    case 'ordinal': {
      const cumulative = new Float64Array(values.length + 1);
      marginal.forEach((ng, g) => (cumulative[g + 1] = cumulative[g]! + ng));
      return (c, k) => {
        const [lo, hi] = c <= k ? [c, k] : [k, c];
        return (cumulative[hi + 1]! - cumulative[lo]! - (marginal[c]! + marginal[k]!) / 2) ** 2;
      };
    }
  }
}

/**
 * Krippendorff's alpha per criterion of a round: units are the partnerships, values the scores
 * the assessors gave them on that criterion (ordinal by default, as scores on a rating scale are).
 */
export function agreementByCriterion(
  criteria: readonly Criterion[],
  scores: readonly Score[],
  level: MeasurementLevel = 'ordinal',
): Record<string, AlphaResult> {
  const table = tabulateScores(criteria, scores);
  return Object.fromEntries(
    criteria.map((c) => {
      const units = [...table.get(c.key)!.values()].map((given) => given.map((g) => g.value));
      return [c.key, krippendorffAlpha(units, level)];
    }),
  );
}
