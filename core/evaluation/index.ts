/**
 * The maths of the Leitlinien-Check, the evaluation rounds of the regional partnerships: weights,
 * weighted scores, agreement between assessors, robustness of the ranking and the comparison with
 * the previous round. Pure functions without IO; random sampling is seeded and reproducible.
 * Refused input throws AppError INVALID_INPUT naming each field (see EVALUATION_ISSUES).
 */
export type { Criterion, Score, Weights } from './evaluation.types.ts';
export { EVALUATION_ISSUES } from './invalid-input.ts';
export {
  ahpWeights,
  ahpWeightsFromJudgements,
  CONSISTENCY_THRESHOLD,
  equalWeights,
  MAX_PAIRWISE_CRITERIA,
  pairwiseMatrix,
  SAATY_RANDOM_INDEX,
  weightsFromRatings,
  type AhpResult,
  type PairwiseJudgement,
} from './weights.ts';
export { agreementByCriterion, krippendorffAlpha, type AlphaResult, type MeasurementLevel } from './rater-agreement.ts';
export {
  performanceTable,
  scoreRound,
  type CriterionMean,
  type MinistrySpread,
  type PartnershipScore,
  type RoundScores,
  type WeightedScore,
} from './scoring.ts';
export { competitionRanks, fractionalRanks, TIE_TOLERANCE } from './ranking.ts';
export { smaa, type PerformanceTable, type SmaaOptions, type SmaaResult } from './robustness.ts';
export { weightStability, type WeightStability } from './weight-stability.ts';
export {
  compareRankings,
  kendallTauB,
  spearmanRho,
  type Movement,
  type Ranking,
  type RankingComparison,
} from './comparison.ts';
