import { organisationOf, type Actor } from './actor.ts';
import { isInternal, isMinistryEditor } from './roles.ts';

/**
 * The overview of what needs attention is for staff; what it lists follows each record's own
 * policy (and the proposals waiting for review: `canSeeProposalsAwaitingReview`).
 */
export const canSeeOverview = (actor: Actor): boolean => isInternal(actor);

/**
 * Whose overview a viewer sees: a ministry editor their own ministry's (its measures, partnerships
 * and activities) unless they ask for the whole register; everyone else the whole register (null).
 */
export const overviewFocusOf = (actor: Actor, askedForAll: boolean): number | null =>
  isMinistryEditor(actor) && !askedForAll ? organisationOf(actor) : null;
