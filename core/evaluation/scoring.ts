import { max, mean, min, standardDeviation } from 'simple-statistics';
import type { Criterion, Score, Weights } from './evaluation.types.ts';
import { EVALUATION_ISSUES, orderedWeights, refuse } from './invalid-input.ts';
import { competitionRanks } from './ranking.ts';
import { tabulateScores, type GivenScore } from './score-table.ts';

/** What the assessors gave one partnership on one criterion. */
export interface CriterionMean {
  /** Mean of the assessors' scores on the criterion's own scale; null when nobody scored. */
  onScale: number | null;
  /** The same mean rescaled to 0–1 by the scale: (mean − min) / (max − min). */
  normalised: number | null;
  /** How many assessors gave a score. */
  assessors: number;
}

/** A weighted score on 0–1 with what it is missing. */
export interface WeightedScore {
  /** Σ weight × normalised mean over all criteria; null when a criterion with weight > 0 has no score. */
  score: number | null;
  /** Criteria with weight > 0 that nobody scored: the reason `score` is null. */
  missingCriteria: string[];
  /** The share of the weight whose criteria were scored (1 when complete, 0 when nothing was). */
  coverage: number;
  /**
   * The weighted score over the scored criteria only, their weights rescaled to sum 1: a provisional
   * figure to show beside its coverage, never in place of `score`. Null when nothing was scored.
   */
  partialScore: number | null;
  byCriterion: Record<string, CriterionMean>;
}

/** How far the ministries' weighted scores of one partnership lie apart (0–1 scale). */
export interface MinistrySpread {
  /** The ministries with a complete score; the others are left out. */
  ministries: number;
  min: number;
  max: number;
  range: number;
  /** Population standard deviation of the ministries' scores (0 for a single ministry). */
  standardDeviation: number;
}

/** The result of one partnership in a round. */
export interface PartnershipScore extends WeightedScore {
  partnership: string;
  /** Competition rank ("1224") among the partnerships with a complete score; null otherwise. */
  rank: number | null;
  /** The weighted score as each ministry's assessors see it, by ministry key. */
  byMinistry: Record<string, WeightedScore>;
  /** Spread of the complete ministry scores; null when no ministry scored completely. */
  spread: MinistrySpread | null;
}

/** The scores of a round. */
export interface RoundScores {
  /** Ranked partnerships first (by rank, then key), then those without a complete score (by key). */
  partnerships: PartnershipScore[];
  /** The ministries that gave scores, sorted. */
  ministries: string[];
}

/**
 * Weighted scores of a round: per partnership and criterion the mean of the assessors' scores,
 * rescaled to 0–1 by the criterion's scale; then the weighted sum (simple additive weighting).
 * The same per ministry (only that ministry's assessors) and the spread between the ministries.
 *
 * A criterion with weight > 0 that nobody scored is never counted as 0: the partnership gets no
 * score and no rank, and the criterion is named in `missingCriteria`. Every listed partnership
 * appears in the result, scored or not; scores of partnerships not listed are refused.
 */
export function scoreRound(input: {
  criteria: readonly Criterion[];
  weights: Weights;
  partnerships: readonly string[];
  scores: readonly Score[];
}): RoundScores {
  const { criteria, partnerships, scores } = input;
  const table = tabulateScores(criteria, scores);
  const weights = orderedWeights(
    criteria.map((c) => c.key),
    input.weights,
  );
  const listed = new Set(partnerships);
  refuse(
    scores
      .filter((s) => !listed.has(s.partnership))
      .map((s) => ({
        field: `scores.${s.partnership}.${s.criterion}.${s.assessor}`,
        message: EVALUATION_ISSUES.unknownPartnership,
      })),
  );
  const ministries = [...new Set(scores.filter((s) => s.value !== null).map((s) => s.ministry))].sort();

  const results = [...listed].map((partnership) => {
    const given = criteria.map((c) => table.get(c.key)!.get(partnership) ?? []);
    const overall = weightedScore(criteria, weights, given);
    const byMinistry = Object.fromEntries(
      ministries
        .filter((m) => given.some((list) => list.some((g) => g.ministry === m)))
        .map((m) => [
          m,
          weightedScore(
            criteria,
            weights,
            given.map((list) => list.filter((g) => g.ministry === m)),
          ),
        ]),
    );
    const complete = Object.values(byMinistry).flatMap((s) => (s.score === null ? [] : [s.score]));
    const spread =
      complete.length === 0
        ? null
        : {
            ministries: complete.length,
            min: min(complete),
            max: max(complete),
            range: max(complete) - min(complete),
            standardDeviation: standardDeviation(complete),
          };
    return { partnership, rank: null as number | null, ...overall, byMinistry, spread };
  });

  const ranks = competitionRanks(
    Object.fromEntries(results.flatMap((r) => (r.score === null ? [] : [[r.partnership, r.score]]))),
  );
  for (const r of results) r.rank = ranks[r.partnership] ?? null;
  results.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (a.partnership < b.partnership ? -1 : a.partnership > b.partnership ? 1 : 0),
  );
  return { partnerships: results, ministries };
}

function weightedScore(
  criteria: readonly Criterion[],
  weights: Float64Array,
  given: readonly (readonly GivenScore[])[],
): WeightedScore {
  const byCriterion: Record<string, CriterionMean> = {};
  const missingCriteria: string[] = [];
  let score = 0;
  let coverage = 0;
  criteria.forEach((c, j) => {
    const values = given[j]!.map((g) => g.value);
    const onScale = values.length > 0 ? mean(values) : null;
    const normalised = onScale === null ? null : (onScale - c.scaleMin) / (c.scaleMax - c.scaleMin);
    byCriterion[c.key] = { onScale, normalised, assessors: values.length };
    if (normalised === null) {
      if (weights[j]! > 0) missingCriteria.push(c.key);
    } else {
      score += weights[j]! * normalised;
      coverage += weights[j]!;
    }
  });
  return {
    score: missingCriteria.length === 0 ? score : null,
    missingCriteria,
    coverage: missingCriteria.length === 0 ? 1 : coverage,
    partialScore: coverage > 0 ? score / coverage : null,
    byCriterion,
  };
}

/**
 * The performance table of the partnerships with a complete score, for the robustness analysis:
 * one row per partnership (in the order of the result), one column per criterion (normalised means;
 * an unscored criterion of weight 0 counts 0, as it cannot change any score).
 */
export function performanceTable(
  criteria: readonly Criterion[],
  round: RoundScores,
): { partnerships: string[]; criteria: string[]; values: number[][] } {
  const complete = round.partnerships.filter((p) => p.score !== null);
  return {
    partnerships: complete.map((p) => p.partnership),
    criteria: criteria.map((c) => c.key),
    values: complete.map((p) => criteria.map((c) => p.byCriterion[c.key]!.normalised ?? 0)),
  };
}
