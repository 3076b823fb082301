/**
 * The use-cases of an evaluation round (Leitlinien-Check), by phase: setting it up, its criteria and
 * weights, scoring, and concluding it (recommendations, close, decisions, correction). Each checks
 * the rules and writes the change with its audit entry through a RoundStore in one transaction.
 */
export type { CriterionRow, RoundAuditNote, RoundState, RoundStore, ScoreRow } from './round-store.types.ts';
export type { SeedSource } from './round-guards.ts';
export { createRound, setRoundParticipants, setRoundScope, updateRoundSettings } from './round-setup.ts';
export { addCriterion, removeCriterion, setRoundWeights, updateCriterion } from './round-criteria.ts';
export { moveRound, saveScores, sendReminder, startScoring } from './round-scoring.ts';
export { closeRound, correctRound, recordDecision, setRecommendation } from './round-conclusion.ts';
