import {
  agreementByCriterion,
  compareRankings,
  performanceTable,
  scoreRound,
  smaa,
  weightStability,
  type Criterion,
  type Ranking,
  type Score,
} from '../evaluation/index.ts';
import type { RoundResults, StoredScore } from './round.types.ts';

/** What the results of a round are computed from. */
export interface RoundResultsInput {
  scaleMin: number;
  scaleMax: number;
  /** Criterion keys with their normalised weights, in the round's order. */
  criteria: readonly { key: string; weight: number }[];
  partnerships: readonly string[];
  /** Every stored score; drafts are left out here, so they never count. */
  scores: readonly StoredScore[];
  /** The number of assessors: every one scores every partnership on every criterion. */
  assessors: number;
  smaa: { seed: number; samples: number; concentration: number };
  /** The ranking of the previous round (partnership → rank), if there is a closed one. */
  previousRanking: Ranking | null;
}

/**
 * The results of a round from its submitted scores: weighted scores per partnership and
 * ministry with the spread between ministries, Krippendorff's alpha (ordinal) per criterion,
 * the rank acceptability under weights varied around the chosen ones (SMAA-2, seeded, so the
 * same round always gives the same figures), the weight ranges that keep the ranking, and the
 * comparison with the previous round.
 */
export function computeRoundResults(input: RoundResultsInput): RoundResults {
  const criteria: Criterion[] = input.criteria.map((c) => ({
    key: c.key,
    scaleMin: input.scaleMin,
    scaleMax: input.scaleMax,
  }));
  const weights = Object.fromEntries(input.criteria.map((c) => [c.key, c.weight]));
  const submitted = input.scores.filter((s) => s.state === 'submitted');
  const scores: Score[] = submitted.map((s) => ({
    partnership: s.partnership,
    criterion: s.criterion,
    assessor: String(s.assessorUserId),
    ministry: s.ministry,
    value: s.value,
  }));
  const scored = scoreRound({ criteria, weights, partnerships: input.partnerships, scores });
  const table = performanceTable(criteria, scored);
  const ranked = table.partnerships.length >= 2 && criteria.length > 0;
  return {
    submittedScores: submitted.length,
    expectedScores: input.assessors * input.partnerships.length * input.criteria.length,
    partnerships: scored.partnerships,
    ministries: scored.ministries,
    agreement: criteria.length === 0 ? {} : agreementByCriterion(criteria, scores, 'ordinal'),
    robustness: ranked ? smaa(table, weights, input.smaa) : null,
    stability: ranked ? weightStability(table, weights) : [],
    comparison: input.previousRanking ? compareRankings(input.previousRanking, rankingOf(scored)) : null,
  };
}

/** The ranking of a round's results (partnership → rank), for the comparison of the next round. */
export const rankingOf = (results: Pick<RoundResults, 'partnerships'>): Ranking =>
  Object.fromEntries(results.partnerships.flatMap((p) => (p.rank === null ? [] : [[p.partnership, p.rank]])));
