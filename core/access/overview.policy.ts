import type { Actor } from './actor.ts';
import { isInternal } from './roles.ts';

/**
 * The overview of what needs attention is for staff; what it lists follows each record's own
 * policy (and the proposals waiting for review: `canSeeProposalsAwaitingReview`).
 */
export const canSeeOverview = (actor: Actor): boolean => isInternal(actor);
