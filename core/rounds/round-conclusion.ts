import { type Actor, actorUserId } from '../access/actor.ts';
import { planStatusChange } from '../partnerships/status-lifecycle.ts';
import { berlinDay } from '../shared/clock.ts';
import { notFound, type FieldIssue } from '../shared/errors.ts';
import { decisionSchema, parseRoundInput, recommendationSchema, roundKeySchema, ROUND_ISSUES } from './round-input.ts';
import { optionIssue, statusAfterDecision } from './round-rules.ts';
import { mayChange } from './round-phases.ts';
import type { RoundStore } from './round-store.types.ts';
import { lockedRound, managedRound, mustManage, refuseIf, type SeedSource } from './round-guards.ts';

/** Writes the recommendation for a partnership, one of its options under the strategy, during review. */
export async function setRecommendation(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  partnership: string;
  input: unknown;
}) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'recommendations');
  const partnership = round.partnerships.find((p) => p.key === args.partnership);
  if (!partnership) throw notFound('Partnership in the round', args.partnership);
  const input = parseRoundInput(recommendationSchema, args.input);
  const issue = optionIssue(partnership.statusAtStart, input.recommendation);
  refuseIf(issue ? [{ field: 'recommendation', message: issue }] : []);
  await store.saveRecommendation(round.id, partnership.id, input, actorUserId(actor));
  await store.audit(round.key, actor, {
    action: 'round.recommend',
    before: null,
    after: { partnership: partnership.key, recommendation: input.recommendation },
  });
}

/** Closes the round: from now on it is immutable and its scores are visible to every ministry taking part. */
export async function closeRound(args: { store: RoundStore; actor: Actor; key: string; now: Date }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'close');
  const missing = round.partnerships.filter((p) => !round.recommended.includes(p.key));
  refuseIf(
    missing.map((p) => ({ field: `recommendations.${p.key}`, message: ROUND_ISSUES.recommendationsMissing })),
    'Every partnership of the round needs a recommendation before it closes.',
  );
  await store.updateRound(round.id, { status: 'closed', closedAt: args.now });
  await store.audit(round.key, actor, {
    action: 'round.close',
    before: { status: 'review' },
    after: { status: 'closed' },
  });
}

/**
 * Records the decision taken on a closed round for one partnership (once), with its date and
 * body. A decision that changes the partnership's status changes it through the lifecycle, with
 * the round as its source.
 */
export async function recordDecision(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  partnership: string;
  input: unknown;
  today: string;
}) {
  const { store, actor, today } = args;
  const round = await managedRound(store, actor, args.key, 'decisions');
  const partnership = round.partnerships.find((p) => p.key === args.partnership);
  if (!partnership) throw notFound('Partnership in the round', args.partnership);
  const input = parseRoundInput(decisionSchema, args.input);
  const issues: FieldIssue[] = [];
  if (round.decided.includes(partnership.key)) issues.push({ field: 'decision', message: ROUND_ISSUES.decidedAlready });
  const optionProblem = optionIssue(partnership.statusAtStart, input.decision);
  if (optionProblem) issues.push({ field: 'decision', message: optionProblem });
  if (input.decidedOn > today) issues.push({ field: 'decidedOn', message: ROUND_ISSUES.decisionFuture });
  if (round.closedAt && input.decidedOn < berlinDay(new Date(round.closedAt)))
    issues.push({ field: 'decidedOn', message: ROUND_ISSUES.decisionBeforeClose });
  refuseIf(issues);

  let statusChangeId: number | null = null;
  const to = statusAfterDecision(partnership.status, input.decision);
  if (to) {
    const found = await store.statusChanges.findPartnership(partnership.key);
    const planned = planStatusChange(
      found!.history,
      {
        to,
        effectiveOn: input.decidedOn,
        reason: `${input.body}, ${input.decidedOn}: ${input.decision} (${round.name})${input.note ? ` – ${input.note}` : ''}`,
        source: null,
        evaluationRound: round.key,
      },
      today,
    );
    statusChangeId = await store.statusChanges.recordStatusChange(found!.id, planned, actor);
  }
  await store.insertDecision({
    roundId: round.id,
    partnershipId: partnership.id,
    decision: input.decision,
    decidedOn: input.decidedOn,
    body: input.body,
    note: input.note,
    statusChangeId,
    recordedByUserId: actorUserId(actor),
  });
  await store.audit(round.key, actor, {
    action: 'round.decide',
    before: null,
    after: {
      partnership: partnership.key,
      decision: input.decision,
      decidedOn: input.decidedOn,
      body: input.body,
      status: to,
    },
  });
  return { statusChangedTo: to };
}

/**
 * Opens a correction of a closed round: a new draft round linked to it, with its settings,
 * criteria, weights, scope and participants, and its submitted scores as drafts for the
 * assessors to correct and submit again. The closed round itself stays as it is.
 */
export async function correctRound(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  newKey: string;
  today: string;
  seed: SeedSource;
}) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  const issues: FieldIssue[] = [];
  if (!mayChange(round, 'correction')) issues.push({ field: 'status', message: ROUND_ISSUES.notClosed });
  if (round.correctedBy) issues.push({ field: 'status', message: ROUND_ISSUES.correctedAlready });
  const newKey = parseRoundInput(roundKeySchema, { key: args.newKey }).key;
  if (await store.roundExists(newKey)) issues.push({ field: 'key', message: ROUND_ISSUES.keyTaken });
  refuseIf(issues);
  const settings = await store.roundSettings(round.id);
  const id = await store.insertRound({
    key: newKey,
    settings: { ...settings, name: `${settings.name} (Korrektur)` },
    scaleMin: round.scaleMin,
    scaleMax: round.scaleMax,
    smaaSeed: args.seed(),
    previousRoundId: settings.previousRoundId,
    correctsRoundId: round.id,
    weightMethod: round.weightMethod,
    judgements: round.judgements,
    createdByUserId: actorUserId(actor),
  });
  await store.insertCriteria(id, await store.criteriaOf(round.id));
  await store.replaceScope(
    id,
    round.partnerships.map((p) => ({ id: p.id, status: p.statusAtStart })),
  );
  await store.replaceParticipants(
    id,
    round.ministries.map((m) => m.id),
    round.assessors,
  );
  const copied = await store.copyScoresAsDrafts(round.id, id);
  await store.audit(newKey, actor, {
    action: 'round.correct',
    before: null,
    after: { corrects: round.key, scores: copied },
  });
  return newKey;
}
