import { organisationOf, type Actor } from '../accounts/actor.ts';
import { canSee, isCoordinator, seesInternalRecords } from '../accounts/policy.ts';
import type { Visibility } from '../shared/vocabulary.ts';

/**
 * What a reader may find, stated so a query can apply it before it counts and cuts (the same
 * rule as `canSee`: the public sees what is published; internal readers also what is internal,
 * and what is restricted when their ministry owns it; coordinators everything).
 */
export type SearchAudience =
  { kind: 'public' } | { kind: 'internal'; ownOrganisationId: number | null } | { kind: 'everything' };

export function searchAudience(actor: Actor): SearchAudience {
  if (!seesInternalRecords(actor)) return { kind: 'public' };
  if (isCoordinator(actor)) return { kind: 'everything' };
  return { kind: 'internal', ownOrganisationId: organisationOf(actor) };
}

/** The record-level check every match passes as well (the query's filter must never let more through). */
export const matchVisibleTo =
  (actor: Actor) =>
  (m: { visibility: Visibility; ownerOrganisationId: number | null }): boolean =>
    canSee(actor, { visibility: m.visibility, ownerOrganisationId: m.ownerOrganisationId });
