import { actorUserId, type Actor } from './actor.ts';
import { isCoordinator } from './roles.ts';

/** Stakeholders (and internal users) may submit a proposal; it waits for review. */
export const canSubmitProposal = (actor: Actor): boolean => actor.kind === 'user';

/** Coordinators review the proposals (accept or reject them, with a note). */
export const canReviewProposals = (actor: Actor): boolean => isCoordinator(actor);

/** The proposals waiting for review are shown (on the overview) to coordinators only. */
export const canSeeProposalsAwaitingReview = (actor: Actor): boolean => isCoordinator(actor);

/** A proposal is read by the one who submitted it and by the coordinators; by nobody else. */
export const canReadProposal = (actor: Actor, proposal: { submittedByUserId: number }): boolean =>
  isCoordinator(actor) || (actorUserId(actor) !== null && actorUserId(actor) === proposal.submittedByUserId);
