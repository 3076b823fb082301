import { isLocked } from '../rounds/round-phases.ts';
import type { Role, RoundStatus } from '../shared/vocabulary.ts';
import { actorUserId, organisationOf, type Actor } from './actor.ts';
import { isCoordinator, isInternal } from './roles.ts';

/** Coordinators set up, steer, close and correct evaluation rounds and record the decisions. */
export const canManageRounds = (actor: Actor): boolean => isCoordinator(actor);

/** Staff of the government see the evaluation rounds (what of them depends on the rules below). */
export const canSeeRounds = (actor: Actor): boolean => isInternal(actor);

/** The roles that may be named assessors of a round, for their own ministry. */
export const ASSESSOR_ROLES: readonly Role[] = ['assessor', 'ministry_editor'];

/** A round's assessors, as the use-cases (flat) or the pages (per ministry) hold them. */
type WithAssessors =
  | { assessors: readonly { userId: number }[] }
  | { ministries: readonly { assessors: readonly { userId: number }[] }[] };

/** Whether the actor is one of the round's assessors (and so scores in it). */
export const isAssessorOf = (actor: Actor, round: WithAssessors): boolean => {
  const me = actorUserId(actor);
  const assessors = 'assessors' in round ? round.assessors : round.ministries.flatMap((m) => m.assessors);
  return me !== null && assessors.some((a) => a.userId === me);
};

/**
 * Who sees which scores of a round: coordinators all of them; the other staff the scores of their
 * own ministry, and those of the other ministries only once the round is closed and locked.
 */
export const canSeeScoresOf = (
  actor: Actor,
  round: { status: RoundStatus },
  ministry: { organisationId: number },
): boolean =>
  isCoordinator(actor) || (isInternal(actor) && (isLocked(round) || organisationOf(actor) === ministry.organisationId));

/** The results (ranking, robustness, report) of a round: coordinators always, other staff once it is closed. */
export const canSeeRoundResults = (actor: Actor, round: { status: RoundStatus }): boolean =>
  isCoordinator(actor) || (isInternal(actor) && isLocked(round));
