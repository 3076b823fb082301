import type { Visibility } from '../shared/vocabulary.ts';
import type { Actor } from './actor.ts';
import { isCoordinator } from './roles.ts';
import { canReadHistory, canSee } from './visibility.ts';

/** A partnership as far as who may see it goes: its lead ministry owns it. */
type OwnedPartnership = { visibility: Visibility; leadOrganisationId: number | null };

/**
 * Who sees a partnership: anyone once it is published; staff when it is internal; when it is
 * restricted, the coordinators and the lead ministry.
 */
export const canSeePartnership = (actor: Actor, partnership: OwnedPartnership): boolean =>
  canSee(actor, { visibility: partnership.visibility, ownerOrganisationId: partnership.leadOrganisationId });

/** `canSeePartnership` as a filter: `partnerships.filter(partnershipVisibleTo(actor))`. */
export const partnershipVisibleTo =
  (actor: Actor) =>
  (partnership: OwnedPartnership): boolean =>
    canSeePartnership(actor, partnership);

/** Staff who see a partnership may read its history from the audit log. */
export const canReadPartnershipHistory = (actor: Actor, partnership: OwnedPartnership): boolean =>
  canReadHistory(actor, { visibility: partnership.visibility, ownerOrganisationId: partnership.leadOrganisationId });

/** Only coordinators change a partnership's status. */
export const canChangePartnershipStatus = (actor: Actor): boolean => isCoordinator(actor);
