import { type Actor, actorUserId } from '../access/actor.ts';
import { isAssessorOf } from '../access/round.policy.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import { parseRoundInput, reminderSchema, ROUND_ISSUES, scoreSheetSchema } from './round-input.ts';
import { computeWeights, needsJustification } from './round-rules.ts';
import type { RoundStore, ScoreRow } from './round-store.types.ts';
import { invalid, lockedRound, managedRound, mustAllow, refuseIf } from './round-guards.ts';

/**
 * Fixes the round and opens it for scoring: from now on criteria, weights and scope stay as they
 * are. It needs partnerships, criteria with complete weights, and an assessor for every ministry.
 */
export async function startScoring(args: { store: RoundStore; actor: Actor; key: string; now: Date }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'start-scoring');
  const issues: FieldIssue[] = [];
  if (round.partnerships.length === 0) issues.push({ field: 'partnerships', message: ROUND_ISSUES.noPartnerships });
  issues.push(...computeWeights(round.weightMethod, round.criteria, round.judgements).issues);
  if (round.assessors.length === 0) issues.push({ field: 'assessors', message: ROUND_ISSUES.noAssessors });
  for (const ministry of round.ministries)
    if (!round.assessors.some((a) => a.organisationId === ministry.id))
      issues.push({ field: `ministries.${ministry.key}`, message: ROUND_ISSUES.ministryWithoutAssessor });
  refuseIf(issues, 'The round is not ready for scoring.');
  await store.updateRound(round.id, { status: 'scoring', scoringStartedAt: args.now });
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
  if (!isAssessorOf(actor, round)) throw new AppError('FORBIDDEN', 'Only the assessors of the round score in it.');
  const assessor = round.assessors.find((a) => a.userId === actorUserId(actor))!;
  mustAllow(round, 'scores');
  const partnership = round.partnerships.find((p) => p.key === args.partnership);
  if (!partnership) throw notFound('Partnership in the round', args.partnership);
  const sheet = parseSheet(args.input);
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
    // No point in the entry keeps the one the draft has (if any): only the justification changes.
    const before = existing.get(criterion.id);
    const value = entry.value !== undefined ? entry.value : (before?.value ?? null);
    const scored = entry.value !== undefined || (before?.scored ?? false);
    if (!scored && !entry.justification && !before) continue;
    if (entry.value != null && (entry.value < round.scaleMin || entry.value > round.scaleMax))
      issues.push({ field: `scores.${entry.criterion}.value`, message: ROUND_ISSUES.score });
    given.set(criterion.id, {
      criterionId: criterion.id,
      value,
      scored,
      justification: entry.justification,
      submitted: false,
    });
  }
  if (sheet.submit) {
    for (const criterion of round.criteria) {
      const score = given.get(criterion.id) ?? existing.get(criterion.id);
      if (!score?.scored) issues.push({ field: `scores.${criterion.key}.value`, message: ROUND_ISSUES.unscored });
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
        [...given.values()]
          .filter((s) => s.scored)
          .map((s) => [round.criteria.find((c) => c.id === s.criterionId)!.key, s.value]),
      ),
    },
  });
}

/**
 * Parses a score sheet; a refused entry is named by its criterion ("scores.ziel-z4.justification"),
 * not by its place in the list, so the page puts the error at that criterion's field.
 */
function parseSheet(input: unknown) {
  try {
    return parseRoundInput(scoreSheetSchema, input);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const entries = (input as { scores?: unknown } | null)?.scores;
    const criterionAt = (i: string) => {
      const entry = Array.isArray(entries) ? (entries[Number(i)] as { criterion?: unknown } | undefined) : undefined;
      return typeof entry?.criterion === 'string' && /^[a-z0-9-]{1,40}$/.test(entry.criterion) ? entry.criterion : i;
    };
    throw new AppError(
      error.code,
      error.message,
      error.issues.map((issue) => ({
        ...issue,
        field: issue.field.replace(/^scores\.(\d+)(?=\.|$)/, (_, i: string) => `scores.${criterionAt(i)}`),
      })),
    );
  }
}

/** Sends a reminder to a participating ministry's assessors while the round is being scored. */
export async function sendReminder(args: { store: RoundStore; actor: Actor; key: string; input: unknown }) {
  const { store, actor } = args;
  const round = await managedRound(store, actor, args.key, 'reminders');
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
  const round = await managedRound(store, actor, args.key, to === 'review' ? 'end-scoring' : 'reopen-scoring');
  await store.updateRound(round.id, { status: to });
  await store.audit(round.key, actor, {
    action: `round.${to}`,
    before: { status: round.status },
    after: { status: to },
  });
}
