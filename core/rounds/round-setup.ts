import { type Actor, actorUserId } from '../access/actor.ts';
import { type FieldIssue } from '../shared/errors.ts';
import { defaultCriteria, DEFAULT_SCALE } from './criteria-catalogue.ts';
import {
  newRoundSchema,
  parseRoundInput,
  participantsSchema,
  ROUND_ISSUES,
  roundSettingsSchema,
  scopeSchema,
} from './round-input.ts';
import { mayChange } from './round-phases.ts';
import type { RoundStore } from './round-store.types.ts';
import { managedRound, MINISTRY_KINDS, mustManage, refuseIf, type SeedSource } from './round-guards.ts';
import { ASSESSOR_ROLES } from '../access/round.policy.ts';

/**
 * Opens a round in the draft phase: settings, the default criteria of the strategy with equal
 * weights, the partnerships in scope (by default every regional and cross-border partnership that
 * has not ended, dormant ones included; candidates on request) and the participating ministries.
 */
export async function createRound(args: {
  store: RoundStore;
  actor: Actor;
  input: unknown;
  today: string;
  seed: SeedSource;
}): Promise<string> {
  const { store, actor, today } = args;
  mustManage(actor);
  const input = parseRoundInput(newRoundSchema, args.input);
  const issues: FieldIssue[] = [];
  if (await store.roundExists(input.key)) issues.push({ field: 'key', message: ROUND_ISSUES.keyTaken });
  if (input.scoringDeadline < today)
    issues.push({ field: 'scoringDeadline', message: ROUND_ISSUES.deadlineBeforeToday });
  const scope = input.partnerships
    ? await knownPartnerships(store, input.partnerships, 'partnerships', issues)
    : await store.defaultScope(input.includeCandidates);
  if (scope.length === 0) issues.push({ field: 'partnerships', message: ROUND_ISSUES.noPartnerships });
  const ministries = await knownMinistries(store, input.ministries, issues);
  let previous: { id: number } | null = null;
  if (input.previousRound) {
    previous = await store.closedRound(input.previousRound);
    if (!previous) issues.push({ field: 'previousRound', message: ROUND_ISSUES.previousNotClosed });
  } else previous = await store.latestClosedRound();
  refuseIf(issues);

  const goals = await store.goals();
  const goalIds = new Map(goals.map((g) => [g.key, g.id]));
  const catalogue = defaultCriteria(goals);
  const id = await store.insertRound({
    key: input.key,
    settings: input,
    scaleMin: DEFAULT_SCALE.min,
    scaleMax: DEFAULT_SCALE.max,
    smaaSeed: args.seed(),
    previousRoundId: previous?.id ?? null,
    correctsRoundId: null,
    weightMethod: 'equal',
    judgements: [],
    createdByUserId: actorUserId(actor),
  });
  await store.insertCriteria(
    id,
    catalogue.map((c, i) => ({
      ...c,
      position: i + 1,
      rating: null,
      weight: 1 / catalogue.length,
      goalId: c.goalKey ? (goalIds.get(c.goalKey) ?? null) : null,
    })),
  );
  await store.replaceScope(id, scope);
  await store.replaceParticipants(
    id,
    ministries.map((m) => m.id),
    [],
  );
  await store.audit(input.key, actor, {
    action: 'round.create',
    before: null,
    after: {
      name: input.name,
      occasion: input.occasion,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      scoringDeadline: input.scoringDeadline,
      partnerships: scope.map((p) => p.key),
      ministries: ministries.map((m) => m.key),
    },
  });
  return input.key;
}

async function knownPartnerships(store: RoundStore, keys: readonly string[], field: string, issues: FieldIssue[]) {
  const found = await store.partnerships(keys);
  const known = new Set(found.map((p) => p.key));
  keys.forEach((k, i) => known.has(k) || issues.push({ field: `${field}.${i}`, message: ROUND_ISSUES.unknown }));
  return found;
}

async function knownMinistries(store: RoundStore, keys: readonly string[], issues: FieldIssue[]) {
  const found = await store.organisations(keys);
  const byKey = new Map(found.map((o) => [o.key, o]));
  keys.forEach((k, i) => {
    const organisation = byKey.get(k);
    if (!organisation) issues.push({ field: `ministries.${i}`, message: ROUND_ISSUES.unknown });
    else if (!MINISTRY_KINDS.includes(organisation.kind))
      issues.push({ field: `ministries.${i}`, message: ROUND_ISSUES.notAMinistry });
  });
  return found.filter((o) => MINISTRY_KINDS.includes(o.kind));
}

/** Changes name, occasion, period and deadlines while the round is a draft (deadlines also while scoring). */
export async function updateRoundSettings(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'deadlines');
  const input = parseRoundInput(roundSettingsSchema, args.input);
  if (!mayChange(round, 'settings')) {
    await store.updateRound(round.id, { scoringDeadline: input.scoringDeadline, reportDeadline: input.reportDeadline });
  } else await store.updateRound(round.id, input);
  await store.audit(round.key, actor, { action: 'round.settings', before: null, after: { ...input } });
}

/** Sets the partnerships in scope while the round is a draft. */
export async function setRoundScope(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'scope');
  const input = parseRoundInput(scopeSchema, args.input);
  const issues: FieldIssue[] = [];
  const found = await knownPartnerships(store, input.partnerships, 'partnerships', issues);
  if (input.partnerships.length === 0) issues.push({ field: 'partnerships', message: ROUND_ISSUES.noPartnerships });
  refuseIf(issues);
  await store.replaceScope(round.id, found);
  await store.audit(round.key, actor, {
    action: 'round.scope',
    before: { partnerships: round.partnerships.map((p) => p.key) },
    after: { partnerships: found.map((p) => p.key) },
  });
}

/**
 * Sets the participating ministries and their assessors (in the draft and while scoring, so a
 * replacement can step in). An assessor must be an assessor or editor of a participating ministry;
 * one who has given scores stays.
 */
export async function setRoundParticipants(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'participants');
  const input = parseRoundInput(participantsSchema, args.input);
  const issues: FieldIssue[] = [];
  const ministries = await knownMinistries(store, input.ministries, issues);
  const ministryIds = new Set(ministries.map((m) => m.id));
  const users = new Map((await store.users(input.assessors)).map((u) => [u.id, u]));
  const assessors = input.assessors.flatMap((userId, i) => {
    const user = users.get(userId);
    if (
      !user ||
      user.disabled ||
      !ASSESSOR_ROLES.includes(user.role) ||
      user.organisationId === null ||
      !ministryIds.has(user.organisationId)
    ) {
      issues.push({ field: `assessors.${i}`, message: ROUND_ISSUES.notAnAssessor });
      return [];
    }
    return [{ userId, organisationId: user.organisationId }];
  });
  const kept = new Set(assessors.map((a) => a.userId));
  for (const userId of await store.assessorsWithScores(round.id))
    if (!kept.has(userId)) issues.push({ field: `assessors`, message: `${userId} ${ROUND_ISSUES.withScores}` });
  refuseIf(issues);
  await store.replaceParticipants(round.id, [...ministryIds], assessors);
  await store.audit(round.key, actor, {
    action: 'round.participants',
    before: { ministries: round.ministries.map((m) => m.key), assessors: round.assessors.map((a) => a.userId) },
    after: { ministries: ministries.map((m) => m.key), assessors: assessors.map((a) => a.userId) },
  });
}
