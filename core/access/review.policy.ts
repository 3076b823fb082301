import type { Visibility } from '../shared/vocabulary.ts';
import type { FactType } from '../shared/vocabulary.ts';
import type { Actor } from './actor.ts';
import { belongsTo, isCoordinator, isMinistryEditor } from './roles.ts';
import { canSee } from './visibility.ts';

/** A candidate as far as who may see and decide it goes: its kind, its ministry and its document. */
export interface ReviewedCandidate {
  type: FactType;
  /** The Saxon organiser the candidate names, or the ministry that added its document. */
  organisationId: number | null;
  document: { visibility: Visibility; organisationId: number | null };
}

/** Coordinators review every candidate; a ministry editor those of its own ministry's activities. */
export const canReviewCandidates = (actor: Actor): boolean => isCoordinator(actor) || isMinistryEditor(actor);

/** Whether the actor may see the candidate's document (restricted documents: coordinators and the adding ministry). */
export const canSeeCandidateDocument = (actor: Actor, candidate: ReviewedCandidate): boolean =>
  canSee(actor, { visibility: candidate.document.visibility, ownerOrganisationId: candidate.document.organisationId });

/**
 * Who sees and decides a candidate: a coordinator any whose document they see; a ministry editor
 * the activities its own ministry organises, from documents it may see. Nobody else.
 */
export function canReviewCandidate(actor: Actor, candidate: ReviewedCandidate): boolean {
  if (!canSeeCandidateDocument(actor, candidate)) return false;
  if (isCoordinator(actor)) return true;
  return isMinistryEditor(actor) && candidate.type === 'activity' && belongsTo(actor, candidate.organisationId);
}

/** `canReviewCandidate` as a filter. */
export const candidateReviewableBy =
  (actor: Actor) =>
  (candidate: ReviewedCandidate): boolean =>
    canReviewCandidate(actor, candidate);
