import type { Actor } from '../accounts/actor.ts';
import { actorUserId } from '../accounts/actor.ts';
import { canManageRounds } from '../accounts/policy.ts';
import type { StatusChangeStore } from '../partnerships/change-partnership-status.ts';
import { planStatusChange } from '../partnerships/status-lifecycle.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import type {
  OrganisationKind,
  PartnershipStatus,
  RoundRecommendation,
  RoundStatus,
  Role,
  WeightMethod,
} from '../shared/vocabulary.ts';
import { defaultCriteria, DEFAULT_SCALE, type GoalTitle } from './criteria-catalogue.ts';
import {
  criterionSchema,
  decisionSchema,
  newRoundSchema,
  parseRoundInput,
  participantsSchema,
  recommendationSchema,
  reminderSchema,
  roundKeySchema,
  ROUND_ISSUES,
  roundSettingsSchema,
  scopeSchema,
  scoreSheetSchema,
  weightingSchema,
  type CriterionEntry,
  type RoundSettingsInput,
} from './round-input.ts';
import {
  computeWeights,
  needsJustification,
  optionIssue,
  relevantJudgements,
  statusAfterDecision,
} from './round-rules.ts';
import type { CriterionBasis, ScaleAnchor, StoredJudgement } from './round.types.ts';

/** A round as the use-cases check it, read and locked inside the writing transaction. */
export interface RoundState {
  id: number;
  key: string;
  name: string;
  status: RoundStatus;
  scaleMin: number;
  scaleMax: number;
  weightMethod: WeightMethod;
  judgements: StoredJudgement[];
  closedAt: string | null;
  correctedBy: string | null;
  criteria: { id: number; key: string; position: number; rating: number | null; weight: number }[];
  partnerships: { id: number; key: string; statusAtStart: PartnershipStatus; status: PartnershipStatus }[];
  ministries: { id: number; key: string }[];
  assessors: { userId: number; organisationId: number }[];
  /** Partnership keys with a recommendation. */
  recommended: string[];
  /** Partnership keys with a recorded decision. */
  decided: string[];
}

export interface CriterionRow extends CriterionEntry {
  position: number;
  rating: number | null;
  weight: number;
  basis: CriterionBasis | null;
}

export interface ScoreRow {
  criterionId: number;
  value: number | null;
  justification: string;
  submitted: boolean;
}

/** The audit entry of a change to a round. */
export interface RoundAuditNote {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** What the round use-cases need from storage; the db layer implements it inside one transaction. */
export interface RoundStore {
  lockRound(key: string): Promise<RoundState | null>;
  roundExists(key: string): Promise<boolean>;
  latestClosedRound(): Promise<{ id: number; key: string } | null>;
  closedRound(key: string): Promise<{ id: number; key: string } | null>;
  roundSettings(id: number): Promise<RoundSettingsInput & { previousRoundId: number | null }>;
  /** Regional and cross-border partnerships that have not ended (candidates under examination if asked). */
  defaultScope(includeCandidates: boolean): Promise<{ id: number; key: string; status: PartnershipStatus }[]>;
  partnerships(keys: readonly string[]): Promise<{ id: number; key: string; status: PartnershipStatus }[]>;
  organisations(keys: readonly string[]): Promise<{ id: number; key: string; kind: OrganisationKind }[]>;
  users(
    ids: readonly number[],
  ): Promise<{ id: number; role: Role; organisationId: number | null; disabled: boolean }[]>;
  goals(): Promise<(GoalTitle & { id: number })[]>;
  insertRound(round: {
    key: string;
    settings: RoundSettingsInput;
    scaleMin: number;
    scaleMax: number;
    smaaSeed: number;
    previousRoundId: number | null;
    correctsRoundId: number | null;
    weightMethod: WeightMethod;
    judgements: StoredJudgement[];
    createdByUserId: number | null;
  }): Promise<number>;
  updateRound(
    id: number,
    patch: Partial<RoundSettingsInput> & {
      status?: RoundStatus;
      weightMethod?: WeightMethod;
      judgements?: StoredJudgement[];
      scoringStartedAt?: Date;
      closedAt?: Date;
    },
  ): Promise<void>;
  replaceScope(roundId: number, partnerships: { id: number; status: PartnershipStatus }[]): Promise<void>;
  replaceParticipants(
    roundId: number,
    ministryIds: number[],
    assessors: { userId: number; organisationId: number }[],
  ): Promise<void>;
  insertCriteria(roundId: number, criteria: (CriterionRow & { goalId: number | null })[]): Promise<void>;
  updateCriterion(roundId: number, key: string, criterion: CriterionEntry & { goalId: number | null }): Promise<void>;
  deleteCriterion(roundId: number, key: string): Promise<void>;
  setCriterionWeights(
    roundId: number,
    weights: { key: string; rating: number | null; weight: number }[],
  ): Promise<void>;
  /** The roundʼs criteria in full (for copying into a correction). */
  criteriaOf(roundId: number): Promise<(CriterionRow & { goalId: number | null })[]>;
  scoresOf(roundId: number, assessorUserId: number, partnershipId: number): Promise<ScoreRow[]>;
  /** Assessors (by user id) who have given any score in the round. */
  assessorsWithScores(roundId: number): Promise<number[]>;
  saveScores(
    roundId: number,
    partnershipId: number,
    assessor: { userId: number; organisationId: number },
    scores: ScoreRow[],
  ): Promise<void>;
  /** Copies every submitted score of one round into another as drafts, criteria matched by key. */
  copyScoresAsDrafts(fromRoundId: number, toRoundId: number): Promise<number>;
  insertReminder(roundId: number, organisationId: number, message: string, sentByUserId: number | null): Promise<void>;
  saveRecommendation(
    roundId: number,
    partnershipId: number,
    recommendation: { recommendation: RoundRecommendation; justification: string },
    userId: number | null,
  ): Promise<void>;
  insertDecision(decision: {
    roundId: number;
    partnershipId: number;
    decision: RoundRecommendation;
    decidedOn: string;
    body: string;
    note: string;
    statusChangeId: number | null;
    recordedByUserId: number | null;
  }): Promise<void>;
  statusChanges: StatusChangeStore;
  audit(roundKey: string, actor: Actor, note: RoundAuditNote): Promise<void>;
}

/** The organisation kinds that take part in a round as a "ministry". */
const MINISTRY_KINDS: readonly OrganisationKind[] = ['ministry', 'state_chancellery'];
/** The roles that may score for their ministry. */
const ASSESSOR_ROLES: readonly Role[] = ['assessor', 'ministry_editor'];

const invalid = (message: string, issues: FieldIssue[]) => new AppError('INVALID_INPUT', message, issues);
const refuseIf = (issues: FieldIssue[], message = 'The input for the evaluation round is incomplete or wrong.') => {
  if (issues.length > 0) throw invalid(message, issues);
};

function mustManage(actor: Actor) {
  if (!canManageRounds(actor)) throw new AppError('FORBIDDEN', 'Only coordinators manage evaluation rounds.');
}

async function lockedRound(store: RoundStore, key: string): Promise<RoundState> {
  const round = await store.lockRound(key);
  if (!round) throw notFound('Evaluation round', key);
  return round;
}

function mustBeIn(round: RoundState, ...statuses: RoundStatus[]) {
  if (!statuses.includes(round.status))
    throw new AppError('INVALID_TRANSITION', `The round is ${round.status}; this needs it ${statuses.join(' or ')}.`, [
      { field: 'status', message: ROUND_ISSUES.status },
    ]);
}

/** Random 32-bit seed for the robustness analysis; stored with the round so its figures can be reproduced. */
export type SeedSource = () => number;

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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft', 'scoring');
  const input = parseRoundInput(roundSettingsSchema, args.input);
  if (round.status === 'scoring') {
    await store.updateRound(round.id, { scoringDeadline: input.scoringDeadline, reportDeadline: input.reportDeadline });
  } else await store.updateRound(round.id, input);
  await store.audit(round.key, actor, { action: 'round.settings', before: null, after: { ...input } });
}

/** Sets the partnerships in scope while the round is a draft. */
export async function setRoundScope(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft', 'scoring');
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
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

/**
 * Fixes the round and opens it for scoring: from now on criteria, weights and scope stay as they
 * are. It needs partnerships, criteria with complete weights, and an assessor for every ministry.
 */
export async function startScoring(args: { store: RoundStore; actor: Actor; key: string }) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'draft');
  const issues: FieldIssue[] = [];
  if (round.partnerships.length === 0) issues.push({ field: 'partnerships', message: ROUND_ISSUES.noPartnerships });
  issues.push(...computeWeights(round.weightMethod, round.criteria, round.judgements).issues);
  if (round.assessors.length === 0) issues.push({ field: 'assessors', message: ROUND_ISSUES.noAssessors });
  for (const ministry of round.ministries)
    if (!round.assessors.some((a) => a.organisationId === ministry.id))
      issues.push({ field: `ministries.${ministry.key}`, message: ROUND_ISSUES.ministryWithoutAssessor });
  refuseIf(issues, 'The round is not ready for scoring.');
  await store.updateRound(round.id, { status: 'scoring', scoringStartedAt: new Date() });
  await store.audit(round.key, actor, {
    action: 'round.start-scoring',
    before: { status: 'draft' },
    after: { status: 'scoring' },
  });
}

/**
 * Saves an assessor's scores of one partnership: as a draft (anything may be missing) or submitted
 * (every criterion scored or marked "no basis", every score away from the middle justified). A
 * submitted score is final for the round.
 */
export async function saveScores(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  partnership: string;
  input: unknown;
}) {
  const { store, actor } = args;
  const round = await lockedRound(store, args.key);
  const userId = actorUserId(actor);
  const assessor = round.assessors.find((a) => a.userId === userId);
  if (!assessor) throw new AppError('FORBIDDEN', 'Only the assessors of the round score in it.');
  mustBeIn(round, 'scoring');
  const partnership = round.partnerships.find((p) => p.key === args.partnership);
  if (!partnership) throw notFound('Partnership in the round', args.partnership);
  const sheet = parseRoundInput(scoreSheetSchema, args.input);
  const existing = new Map(
    (await store.scoresOf(round.id, assessor.userId, partnership.id)).map((s) => [s.criterionId, s]),
  );
  const criteria = new Map(round.criteria.map((c) => [c.key, c]));
  const issues: FieldIssue[] = [];
  const given = new Map<number, ScoreRow>();
  for (const entry of sheet.scores) {
    const criterion = criteria.get(entry.criterion);
    if (!criterion) {
      issues.push({ field: `scores.${entry.criterion}`, message: ROUND_ISSUES.unknown });
      continue;
    }
    if (existing.get(criterion.id)?.submitted) {
      issues.push({ field: `scores.${entry.criterion}`, message: ROUND_ISSUES.submittedAlready });
      continue;
    }
    if (entry.value !== null && (entry.value < round.scaleMin || entry.value > round.scaleMax))
      issues.push({ field: `scores.${entry.criterion}.value`, message: ROUND_ISSUES.score });
    given.set(criterion.id, {
      criterionId: criterion.id,
      value: entry.value,
      justification: entry.justification,
      submitted: false,
    });
  }
  if (sheet.submit) {
    for (const criterion of round.criteria) {
      const score = given.get(criterion.id) ?? existing.get(criterion.id);
      if (!score) issues.push({ field: `scores.${criterion.key}.value`, message: ROUND_ISSUES.unscored });
      else if (existing.get(criterion.id)?.submitted) continue;
      else if (needsJustification(score.value, round) && !score.justification.trim())
        issues.push({ field: `scores.${criterion.key}.justification`, message: ROUND_ISSUES.justification });
      else given.set(criterion.id, { ...score, submitted: true });
    }
  }
  refuseIf(issues, sheet.submit ? 'The scores cannot be submitted yet.' : 'Some scores are wrong.');
  await store.saveScores(round.id, partnership.id, assessor, [...given.values()]);
  await store.audit(round.key, actor, {
    action: sheet.submit ? 'round.scores.submit' : 'round.scores.draft',
    before: null,
    after: {
      partnership: partnership.key,
      scores: Object.fromEntries(
        [...given.values()].map((s) => [round.criteria.find((c) => c.id === s.criterionId)!.key, s.value]),
      ),
    },
  });
}

/** Sends a reminder to a participating ministry's assessors while the round is being scored. */
export async function sendReminder(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'scoring');
  const input = parseRoundInput(reminderSchema, args.input);
  const [organisation] = await store.organisations([input.ministry]);
  const ministry = organisation && round.ministries.find((m) => m.id === organisation.id);
  if (!ministry)
    throw invalid('The ministry does not take part in the round.', [
      { field: 'ministry', message: ROUND_ISSUES.unknown },
    ]);
  await store.insertReminder(round.id, ministry.id, input.message, actorUserId(actor));
  await store.audit(round.key, actor, { action: 'round.remind', before: null, after: { ministry: ministry.key } });
}

/** Ends scoring (scores freeze, recommendations can be written) or reopens it from review. */
export async function moveRound(args: { store: RoundStore; actor: Actor; key: string; to: 'review' | 'scoring' }) {
  const { store, actor, to } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, to === 'review' ? 'scoring' : 'review');
  await store.updateRound(round.id, { status: to });
  await store.audit(round.key, actor, {
    action: `round.${to}`,
    before: { status: round.status },
    after: { status: to },
  });
}

/** Writes the recommendation for a partnership, one of its options under the strategy, during review. */
export async function setRecommendation(args: {
  store: RoundStore;
  actor: Actor;
  key: string;
  partnership: string;
  input: unknown;
}) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'review');
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
export async function closeRound(args: { store: RoundStore; actor: Actor; key: string }) {
  const { store, actor } = args;
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'review');
  const missing = round.partnerships.filter((p) => !round.recommended.includes(p.key));
  refuseIf(
    missing.map((p) => ({ field: `recommendations.${p.key}`, message: ROUND_ISSUES.recommendationsMissing })),
    'Every partnership of the round needs a recommendation before it closes.',
  );
  await store.updateRound(round.id, { status: 'closed', closedAt: new Date() });
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
  mustManage(actor);
  const round = await lockedRound(store, args.key);
  mustBeIn(round, 'closed');
  const partnership = round.partnerships.find((p) => p.key === args.partnership);
  if (!partnership) throw notFound('Partnership in the round', args.partnership);
  const input = parseRoundInput(decisionSchema, args.input);
  const issues: FieldIssue[] = [];
  if (round.decided.includes(partnership.key)) issues.push({ field: 'decision', message: ROUND_ISSUES.decidedAlready });
  const optionProblem = optionIssue(partnership.statusAtStart, input.decision);
  if (optionProblem) issues.push({ field: 'decision', message: optionProblem });
  if (input.decidedOn > today) issues.push({ field: 'decidedOn', message: ROUND_ISSUES.decisionFuture });
  if (round.closedAt && input.decidedOn < round.closedAt.slice(0, 10))
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
  if (round.status !== 'closed') issues.push({ field: 'status', message: ROUND_ISSUES.notClosed });
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
