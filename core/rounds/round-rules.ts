import {
  ahpWeightsFromJudgements,
  equalWeights,
  MAX_PAIRWISE_CRITERIA,
  weightsFromRatings,
} from '../evaluation/index.ts';
import type { FieldIssue } from '../shared/errors.ts';
import type { PartnershipStatus, RoundRecommendation, WeightMethod } from '../shared/vocabulary.ts';
import { ROUND_ISSUES } from './round-input.ts';
import type { StoredJudgement } from './round.types.ts';

/** The middle of a scale: a score there needs no justification, any other does. */
export const scaleMiddle = (scale: { scaleMin: number; scaleMax: number }) => (scale.scaleMin + scale.scaleMax) / 2;

/** Whether a score needs a written justification: away from the middle of the scale, or "no basis". */
export const needsJustification = (value: number | null, scale: { scaleMin: number; scaleMax: number }) =>
  value === null || value !== scaleMiddle(scale);

/** The weights of a round's criteria under its method, with what is still missing to compute them. */
export interface ComputedWeights {
  /** Normalised weights by criterion key; equal while the method's input is incomplete. */
  weights: Record<string, number>;
  /** False while ratings or pairwise judgements are missing: scoring cannot start then. */
  complete: boolean;
  consistencyRatio: number | null;
  issues: FieldIssue[];
}

/**
 * Computes the weights of the criteria: equal; by direct rating (normalised); or by the AHP from
 * pairwise judgements (principal eigenvector, with its consistency ratio). Missing input leaves
 * the weights equal and says which field is missing.
 */
export function computeWeights(
  method: WeightMethod,
  criteria: readonly { key: string; rating: number | null }[],
  judgements: readonly StoredJudgement[],
): ComputedWeights {
  const keys = criteria.map((c) => c.key);
  const equal = keys.length === 0 ? {} : { ...equalWeights(keys) };
  const incomplete = (issues: FieldIssue[]) => ({ weights: equal, complete: false, consistencyRatio: null, issues });
  if (keys.length === 0) return incomplete([{ field: 'criteria', message: ROUND_ISSUES.noCriteria }]);
  if (method === 'equal') return { weights: equal, complete: true, consistencyRatio: null, issues: [] };
  if (method === 'direct') {
    const missing = criteria.filter((c) => c.rating === null);
    if (missing.length > 0)
      return incomplete(missing.map((c) => ({ field: `ratings.${c.key}`, message: ROUND_ISSUES.ratingsMissing })));
    const ratings = Object.fromEntries(criteria.map((c) => [c.key, c.rating!]));
    if (Object.values(ratings).every((r) => r === 0))
      return incomplete([{ field: 'ratings', message: ROUND_ISSUES.rating }]);
    return { weights: { ...weightsFromRatings(ratings) }, complete: true, consistencyRatio: null, issues: [] };
  }
  if (keys.length > MAX_PAIRWISE_CRITERIA)
    return incomplete([{ field: 'judgements', message: ROUND_ISSUES.tooManyForPairwise }]);
  if (keys.length === 1) return { weights: equal, complete: true, consistencyRatio: null, issues: [] };
  const missing = missingPairs(keys, judgements);
  if (missing.length > 0)
    return incomplete(
      missing.map(([a, b]) => ({ field: `judgements.${a}.${b}`, message: ROUND_ISSUES.judgementsMissing })),
    );
  const ahp = ahpWeightsFromJudgements(keys, relevantJudgements(keys, judgements));
  return {
    weights: { ...ahp.weights },
    complete: true,
    consistencyRatio: keys.length >= 3 ? ahp.consistencyRatio : null,
    issues: [],
  };
}

/** The pairs of criteria (in order of the list) that no judgement compares yet. */
export function missingPairs(keys: readonly string[], judgements: readonly StoredJudgement[]): [string, string][] {
  const judged = new Set(judgements.flatMap((j) => [`${j.first}|${j.second}`, `${j.second}|${j.first}`]));
  const missing: [string, string][] = [];
  keys.forEach((a, i) => keys.slice(i + 1).forEach((b) => judged.has(`${a}|${b}`) || missing.push([a, b])));
  return missing;
}

/** The judgements between criteria that still exist (a removed criterion takes its judgements with it). */
export const relevantJudgements = (keys: readonly string[], judgements: readonly StoredJudgement[]) => {
  const present = new Set(keys);
  return judgements.filter((j) => present.has(j.first) && present.has(j.second) && j.first !== j.second);
};

/** The options the strategy gives for a partnership, by its status when the round was set up. */
export function optionsFor(statusAtStart: PartnershipStatus): readonly RoundRecommendation[] {
  if (statusAtStart === 'under_examination') return ['establish', 'not_establish'];
  if (statusAtStart === 'dormant') return ['keep_dormant', 'examine_reactivation', 'convert_sectoral', 'end'];
  return ['continue', 'convert_sectoral', 'end'];
}

/** Why an option is refused for a partnership, or null when it is one of its options. */
export function optionIssue(statusAtStart: PartnershipStatus, option: RoundRecommendation): string | null {
  if (optionsFor(statusAtStart).includes(option)) return null;
  if (statusAtStart === 'under_examination') return ROUND_ISSUES.optionForCandidate;
  if (option === 'establish' || option === 'not_establish') return ROUND_ISSUES.optionForPartnership;
  return ROUND_ISSUES.optionForDormant;
}

/**
 * The status a decision moves a partnership to, or null when it leaves the status as it is:
 * ending ends it, a candidate established becomes active and one not established ends its
 * examination. Continuing, converting (a separate sectoral cooperation is set up on its own),
 * keeping dormant and examining reactivation change nothing by themselves.
 */
export function statusAfterDecision(
  current: PartnershipStatus,
  decision: RoundRecommendation,
): PartnershipStatus | null {
  const target: Partial<Record<RoundRecommendation, PartnershipStatus>> = {
    end: 'ended',
    establish: 'active',
    not_establish: 'ended',
  };
  const to = target[decision];
  return to && to !== current ? to : null;
}
