import type { Actor } from '../access/actor.ts';
import { canEditActivity } from '../access/activity.policy.ts';
import { canKeepAgreements } from '../access/agreement.policy.ts';
import { canReviewCandidate, canReviewCandidates, canSeeCandidateDocument } from '../access/review.policy.ts';
import { isCoordinator } from '../access/roles.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import { formatPartialDate } from '../shared/partial-date.ts';
import type { FactType } from '../shared/vocabulary.ts';
import { compareWithRegister } from './candidate-comparison.ts';
import { invalidReview, locatorOf, parseReason, REVIEW_ISSUES } from './candidate-input.ts';
import type { CandidateCitation, ConflictDraft, ReviewStore, StoredCandidate } from './candidate.types.ts';
import { recordNewFact } from './record-new-fact.ts';

const forbidden = () =>
  new AppError('FORBIDDEN', 'Coordinators review every candidate; a ministry editor those of its own activities.');

/** The open candidate the actor may decide; NOT_FOUND when they may not see it, FORBIDDEN or INVALID_TRANSITION otherwise. */
export async function reviewableCandidate(store: ReviewStore, actor: Actor, id: number): Promise<StoredCandidate> {
  if (!canReviewCandidates(actor)) throw forbidden();
  const candidate = await store.find(id);
  if (!candidate || !canSeeCandidateDocument(actor, candidate)) throw notFound('Candidate', String(id));
  if (!canReviewCandidate(actor, candidate)) throw forbidden();
  if (candidate.status !== 'open')
    throw new AppError('INVALID_TRANSITION', `Candidate ${id} has been decided already.`, [
      { field: 'status', message: REVIEW_ISSUES.decided, code: 'decided' },
    ]);
  return candidate;
}

/** What a citation of each kind of fact supports (citations.claim). */
const CLAIM: Record<FactType, string> = {
  partnership_established: 'since',
  agreement_signed: 'signedOn',
  status_changed: 'status',
  activity: 'activity',
  office_opened: 'office',
};

const citationOf = (c: StoredCandidate): CandidateCitation => ({
  locator: locatorOf(c.document.content, c.quoteAt),
  quote: c.quote,
  claim: CLAIM[c.type],
});

const TOPIC: Record<FactType, string> = {
  partnership_established: 'Beginn der Partnerschaft',
  agreement_signed: 'Datum der Unterzeichnung',
  status_changed: 'Datum der Statusänderung',
  activity: 'Datum der Aktivität',
  office_opened: 'Eröffnung eines Büros',
};

const shown = (date: string | null) => (date ? formatPartialDate(date) : 'ohne Datum');

/** The conflict a `conflict` candidate opens: what the register says against what the document says. */
function conflictOf(c: StoredCandidate, registerSays: string | null): ConflictDraft {
  const topic = TOPIC[c.type];
  return {
    partnership: c.partnership,
    topic,
    summary: `Das Register nennt ${shown(registerSays)}; »${c.document.title}« nennt ${shown(c.fact.date)}.`,
    registerStatement: `${topic}: ${shown(registerSays)} (Register)`,
    documentStatement: `${topic}: ${shown(c.fact.date)} (${c.document.title})`,
    registerRef: c.matchRef,
  };
}

/** A coordinator merges into any record; a ministry editor only into an activity its own ministry organises. */
async function mergeTarget(store: ReviewStore, actor: Actor, ref: string | null) {
  if (!ref) throw invalidReview([{ field: 'into', message: REVIEW_ISSUES.nothingToMerge }]);
  const record = await store.resolve(ref);
  if (!record) throw invalidReview([{ field: 'into', message: REVIEW_ISSUES.unknown }]);
  const allowed =
    'activityId' in record.subject
      ? canEditActivity(actor, { organiserId: record.organiserId })
      : canKeepAgreements(actor);
  if (!allowed) throw forbidden();
  return record;
}

/**
 * Merges a candidate into a fact the register already holds: the document becomes a further
 * citation of it (by default of the fact the comparison found; `into` names another, as
 * "agreement:lazio-2021"). Audited with the decision.
 */
export async function mergeCandidate(args: { store: ReviewStore; actor: Actor; id: number; into?: string | null }) {
  const { store, actor, id } = args;
  const c = await reviewableCandidate(store, actor, id);
  const into = args.into?.trim() || c.matchRef;
  const record = await mergeTarget(store, actor, into);
  const citation = citationOf(c);
  await store.cite(record.subject, c.document.id, citation);
  await store.decide(
    id,
    { status: 'merged', result: into, reason: null },
    {
      action: 'review.merge',
      before: { status: 'open' },
      after: { status: 'merged', result: into, source: c.document.key, ...citation },
    },
  );
  return { id, status: 'merged' as const, result: into! };
}

/**
 * Accepts a candidate. A new fact is written through the use-case a hand-made entry goes through
 * (same rules, same audit) and cites its document; a fact the register already holds is merged
 * (a further citation); one the register contradicts opens a conflict with both claims, each cited.
 */
export async function acceptCandidate(args: { store: ReviewStore; actor: Actor; id: number; today: string }) {
  const { store, actor, id, today } = args;
  const c = await reviewableCandidate(store, actor, id);
  if (c.match === 'recorded') return mergeCandidate({ store, actor, id });
  const citation = citationOf(c);
  let result: string;
  if (c.match === 'conflict') {
    if (!isCoordinator(actor)) throw forbidden();
    const comparison = compareWithRegister(c.fact, await store.register([c.fact]));
    result = `conflict:${await store.openConflict(conflictOf(c, comparison.registerSays), c.document.id, citation, c.id)}`;
  } else {
    result = await recordNewFact({ store, actor, candidate: c, citation, today });
  }
  await store.decide(
    id,
    { status: 'accepted', result, reason: null },
    {
      action: 'review.accept',
      before: { status: 'open' },
      after: { status: 'accepted', result, source: c.document.key, fact: { ...c.fact }, ...citation },
    },
  );
  return { id, status: 'accepted' as const, result };
}

/** Rejects a candidate with a reason (required: the queue says why nothing was recorded). */
export async function rejectCandidate(args: {
  store: ReviewStore;
  actor: Actor;
  id: number;
  reason: string | null | undefined;
}) {
  const { store, actor, id } = args;
  let reason: string;
  const issues: FieldIssue[] = [];
  try {
    reason = parseReason(args.reason);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    issues.push(...error.issues);
    reason = '';
  }
  await reviewableCandidate(store, actor, id);
  if (issues.length) throw invalidReview(issues);
  await store.decide(
    id,
    { status: 'rejected', result: null, reason },
    { action: 'review.reject', before: { status: 'open' }, after: { status: 'rejected', reason } },
  );
  return { id, status: 'rejected' as const, reason };
}
