import type { Visibility } from '../shared/vocabulary.ts';
import type { Actor } from './actor.ts';
import { canSee } from './visibility.ts';

/**
 * Who finds a search match: whoever may see the record it stands for (its owner is the lead or
 * organising ministry). The search query first narrows by `audienceOf(actor)`; every match passes
 * this record-level check as well, so the query's filter can never let more through.
 */
export const matchVisibleTo =
  (actor: Actor) =>
  (match: { visibility: Visibility; ownerOrganisationId: number | null }): boolean =>
    canSee(actor, { visibility: match.visibility, ownerOrganisationId: match.ownerOrganisationId });
