import { type Actor, actorUserId } from '../access/actor.ts';
import { canReviewProposals } from '../access/proposal.policy.ts';
import type { ActivityInput } from '../activities/activity-input.ts';
import { createActivity } from '../activities/activity-use-cases.ts';
import type { ActivityStore } from '../activities/activity.types.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { PROPOSAL_ISSUES } from './proposal-use-cases.ts';
import type { ProposalStore } from './proposal.types.ts';

/** What a proposal of a new activity offers the activity form: its title, its text, the partnership it names. */
export function activityDraftOf(proposal: { title: string; body: string; subjectRef: string | null }): ActivityInput {
  const partnership = proposal.subjectRef?.startsWith('partnership:') ? proposal.subjectRef.slice(12) : '';
  return { title: proposal.title, description: proposal.body, partnership };
}

/**
 * Accepts a stakeholder's proposal of a new activity by recording the activity, as the
 * coordinator completed it in the activity form: written through `createActivity` (the same
 * rules and audit as any activity), and the proposal marked accepted with its note and the
 * activity it became, in one transaction. A proposal is reviewed once.
 */
export async function acceptProposalAsActivity(args: {
  proposals: ProposalStore;
  activities: ActivityStore;
  actor: Actor;
  id: number;
  input: ActivityInput;
  note: string;
}) {
  const { proposals, activities, actor, id, input } = args;
  if (!canReviewProposals(actor)) throw new AppError('FORBIDDEN', 'Coordinators review the proposals.');
  const proposal = await proposals.find(id);
  if (!proposal) throw notFound('Proposal', String(id));
  if (proposal.kind !== 'new_activity')
    throw new AppError('INVALID_INPUT', `Proposal ${id} is not a proposal of an activity.`, [
      { field: 'kind', message: PROPOSAL_ISSUES.vocabulary, code: 'vocabulary' },
    ]);
  if (proposal.status !== 'submitted')
    throw new AppError('INVALID_TRANSITION', `Proposal ${id} has been reviewed already.`, [
      { field: 'decision', message: PROPOSAL_ISSUES.reviewed, code: 'reviewed' },
    ]);
  const note = args.note.trim().slice(0, 5000) || null;
  const activity = await createActivity({ store: activities, actor, input });
  await proposals.review(
    id,
    { status: 'accepted', note, reviewedByUserId: actorUserId(actor) },
    {
      action: 'proposal.accept',
      before: { status: proposal.status },
      after: { status: 'accepted', note, activity: activity.id },
    },
  );
  return { id, status: 'accepted' as const, activity: activity.id };
}
