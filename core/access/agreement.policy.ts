import type { Visibility } from '../shared/vocabulary.ts';
import type { Actor } from './actor.ts';
import { canSeePartnership } from './partnership.policy.ts';
import { isCoordinator } from './roles.ts';
import { canSee } from './visibility.ts';

/** An agreement as far as who may see it goes: the partnership it belongs to, if any. */
type OwnedAgreement = { partnership: { visibility: Visibility; leadOrganisationId: number | null } | null };

/**
 * Who sees an agreement: whoever sees its partnership (the partnership's lead ministry owns
 * it); one without a partnership is internal.
 */
export const canSeeAgreement = (actor: Actor, agreement: OwnedAgreement): boolean =>
  agreement.partnership
    ? canSeePartnership(actor, agreement.partnership)
    : canSee(actor, { visibility: 'internal', ownerOrganisationId: null });

/** `canSeeAgreement` as a filter: `agreements.filter(agreementVisibleTo(actor))`. */
export const agreementVisibleTo =
  (actor: Actor) =>
  (agreement: OwnedAgreement): boolean =>
    canSeeAgreement(actor, agreement);

/**
 * Coordinators keep the register of partnerships and their agreements: they record an agreement,
 * renew it and attach its signed document (as only they change a partnership's status).
 */
export const canKeepAgreements = (actor: Actor): boolean => isCoordinator(actor);
