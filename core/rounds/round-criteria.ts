import type { Actor } from '../access/actor.ts';
import { notFound, type FieldIssue } from '../shared/errors.ts';
import { criterionSchema, parseRoundInput, ROUND_ISSUES, weightingSchema, type CriterionEntry } from './round-input.ts';
import { computeWeights, relevantJudgements } from './round-rules.ts';
import type { ScaleAnchor, StoredJudgement } from './round.types.ts';
import type { RoundState, RoundStore } from './round-store.types.ts';
import { managedRound, refuseIf } from './round-guards.ts';

function criterionIssues(round: RoundState, criterion: CriterionEntry, goals: Set<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const values = criterion.anchors.map((a) => a.value);
  criterion.anchors.forEach((a, i) => {
    if (a.value < round.scaleMin || a.value > round.scaleMax)
      issues.push({ field: `anchors.${i}.value`, message: ROUND_ISSUES.anchorValue });
  });
  if (!values.includes(round.scaleMin) || !values.includes(round.scaleMax))
    issues.push({ field: 'anchors', message: ROUND_ISSUES.anchors });
  if (criterion.goalKey && !goals.has(criterion.goalKey))
    issues.push({ field: 'goalKey', message: ROUND_ISSUES.unknown });
  return issues;
}

/** Adds a criterion while the round is a draft; the weights are computed anew. */
export async function addCriterion(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'criteria');
  const criterion = parseRoundInput(criterionSchema, args.input);
  const goals = await store.goals();
  const issues = criterionIssues(round, criterion, new Set(goals.map((g) => g.key)));
  if (round.criteria.some((c) => c.key === criterion.key))
    issues.push({ field: 'key', message: ROUND_ISSUES.keyTaken });
  refuseIf(issues);
  const goalId = goals.find((g) => g.key === criterion.goalKey)?.id ?? null;
  await store.insertCriteria(round.id, [
    {
      ...criterion,
      anchors: sortedAnchors(criterion.anchors),
      position: Math.max(0, ...round.criteria.map((c) => c.position)) + 1,
      rating: null,
      weight: 0,
      basis: null,
      goalId,
    },
  ]);
  await reweigh(store, round, [...round.criteria, { id: 0, key: criterion.key, position: 0, rating: null, weight: 0 }]);
  await store.audit(round.key, actor, { action: 'round.criterion.add', before: null, after: { ...criterion } });
}

const sortedAnchors = (anchors: ScaleAnchor[]) => [...anchors].sort((a, b) => a.value - b.value);

/** Changes a criterion's wording, guidance, anchors or goal while the round is a draft. */
export async function updateCriterion(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  criterion: string;
  input: unknown;
}) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'criteria');
  if (!round.criteria.some((c) => c.key === args.criterion)) throw notFound('Criterion', args.criterion);
  const criterion = parseRoundInput(criterionSchema, { ...(args.input as object), key: args.criterion });
  const goals = await store.goals();
  refuseIf(criterionIssues(round, criterion, new Set(goals.map((g) => g.key))));
  await store.updateCriterion(round.id, args.criterion, {
    ...criterion,
    anchors: sortedAnchors(criterion.anchors),
    goalId: goals.find((g) => g.key === criterion.goalKey)?.id ?? null,
  });
  await store.audit(round.key, actor, { action: 'round.criterion.update', before: null, after: { ...criterion } });
}

/** Removes a criterion while the round is a draft; its weight and pairwise judgements go with it. */
export async function removeCriterion(args: { store: RoundStore; actor: Actor; key: string; criterion: string }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'criteria');
  if (!round.criteria.some((c) => c.key === args.criterion)) throw notFound('Criterion', args.criterion);
  await store.deleteCriterion(round.id, args.criterion);
  const rest = round.criteria.filter((c) => c.key !== args.criterion);
  const judgements = relevantJudgements(
    rest.map((c) => c.key),
    round.judgements,
  );
  await store.updateRound(round.id, { judgements });
  await reweigh(store, { ...round, judgements }, rest);
  await store.audit(round.key, actor, { action: 'round.criterion.remove', before: { key: args.criterion }, after: {} });
}

async function reweigh(store: RoundStore, round: RoundState, criteria: RoundState['criteria']) {
  const computed = computeWeights(round.weightMethod, criteria, round.judgements);
  await store.setCriterionWeights(
    round.id,
    criteria.map((c) => ({ key: c.key, rating: c.rating, weight: computed.weights[c.key] ?? 0 })),
  );
  return computed;
}

/**
 * Sets how the criteria are weighted while the round is a draft: equally, by direct ratings, or by
 * pairwise comparison (AHP). Incomplete ratings or judgements are stored as they are; the weights
 * stay equal until they are complete, and scoring cannot start before. Returns the consistency ratio.
 */
export async function setRoundWeights(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'weights');
  const input = parseRoundInput(weightingSchema, args.input);
  const keys = new Set(round.criteria.map((c) => c.key));
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(input.ratings))
    if (!keys.has(key)) issues.push({ field: `ratings.${key}`, message: ROUND_ISSUES.unknown });
  input.judgements.forEach((j, i) => {
    if (!keys.has(j.first) || !keys.has(j.second) || j.first === j.second)
      issues.push({ field: `judgements.${i}`, message: ROUND_ISSUES.unknown });
  });
  refuseIf(issues);
  const criteria = round.criteria.map((c) => ({
    ...c,
    rating: input.method === 'direct' ? (input.ratings[c.key] ?? c.rating) : c.rating,
  }));
  const judgements = input.method === 'ahp' ? dedupeJudgements(input.judgements) : round.judgements;
  await store.updateRound(round.id, { weightMethod: input.method, judgements });
  const computed = await reweigh(store, { ...round, weightMethod: input.method, judgements }, criteria);
  await store.audit(round.key, actor, {
    action: 'round.weights',
    before: { method: round.weightMethod, weights: Object.fromEntries(round.criteria.map((c) => [c.key, c.weight])) },
    after: { method: input.method, weights: computed.weights, complete: computed.complete },
  });
  return computed;
}

/** The last judgement of each pair wins (a form may send a pair twice in either order). */
function dedupeJudgements(judgements: readonly StoredJudgement[]): StoredJudgement[] {
  const byPair = new Map<string, StoredJudgement>();
  for (const j of judgements) {
    const pair = j.first < j.second ? `${j.first}|${j.second}` : `${j.second}|${j.first}`;
    byPair.set(pair, j);
  }
  return [...byPair.values()];
}
