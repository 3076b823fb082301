import type { Actor } from '../access/actor.ts';
import { isCoordinator } from '../access/roles.ts';
import type { FieldIssue } from '../shared/errors.ts';
import { compareWithRegister } from './candidate-comparison.ts';
import type { CANDIDATE_FIELDS } from './candidate-input.ts';
import { invalidReview, parseCandidateEdit, REVIEW_ISSUES, type CandidateEdit } from './candidate-input.ts';
import type { ReviewStore } from './candidate.types.ts';
import type { ReviewedFact } from './record-new-fact.ts';
import { reviewableCandidate } from './review-use-cases.ts';

/**
 * Corrects an open candidate before it is decided: its title, dates (with their precision),
 * partnership, kind, status, organiser and the agreement a renewal renews. A field left out of
 * the input keeps its value; a field given empty is cleared. The candidate is compared with the
 * register again. A ministry editor cannot hand a candidate to another ministry.
 */
export async function editCandidate(args: { store: ReviewStore; actor: Actor; id: number; input: CandidateEdit }) {
  const { store, actor, id, input } = args;
  const c = await reviewableCandidate(store, actor, id);
  const edit = parseCandidateEdit(input);
  const given = (field: (typeof CANDIDATE_FIELDS)[number]) => typeof input[field] === 'string';
  const issues: FieldIssue[] = [];
  const before = c.fact as ReviewedFact;
  const fact: ReviewedFact = { ...before };
  if (given('title')) fact.title = edit.title ?? undefined;
  if (given('date')) fact.date = edit.date;
  if (given('endDate')) fact.endDate = edit.endDate;
  if (given('activityKind') && c.type === 'activity') fact.activityKind = edit.activityKind ?? undefined;
  if (given('agreementKind') && c.type === 'agreement_signed') fact.agreementKind = edit.agreementKind ?? undefined;
  if (given('status') && c.type === 'status_changed') fact.status = edit.status ?? undefined;
  if (given('renews') && c.type === 'agreement_signed') fact.renews = edit.renews;
  let partnership = c.partnership;
  if (given('partnership')) {
    const found = edit.partnership ? await store.partnership(edit.partnership) : null;
    if (edit.partnership && !found) issues.push({ field: 'partnership', message: REVIEW_ISSUES.unknown });
    else {
      partnership = found?.key ?? null;
      if (found?.partner) fact.partner = found.partner;
    }
  }
  let organisationId = c.organisationId;
  if (given('organiser')) {
    const found = edit.organiser ? await store.organisation(edit.organiser) : null;
    if (edit.organiser && !found) issues.push({ field: 'organiser', message: REVIEW_ISSUES.unknown });
    else if (!isCoordinator(actor) && found?.id !== c.organisationId)
      issues.push({ field: 'organiser', message: REVIEW_ISSUES.notOwnMinistry });
    else {
      fact.organiser = found ? { key: found.key, name: before.organiser?.name ?? found.key } : null;
      organisationId = found?.id ?? c.document.organisationId;
    }
  }
  if (issues.length) throw invalidReview(issues);
  const comparison = compareWithRegister(fact, await store.register([fact]));
  // A partnership the reviewer names stands, even where the partner place alone would not find it.
  const change = {
    fact,
    match: comparison.match,
    matchRef: comparison.matchRef,
    partnership: partnership ?? comparison.partnership,
    organisationId,
  };
  await store.update(id, change, {
    action: 'review.edit',
    before: { fact: { ...before }, partnership: c.partnership },
    after: { fact: { ...fact }, partnership: change.partnership, match: change.match },
  });
  return { id, ...change };
}
