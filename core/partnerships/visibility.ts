import type { Actor } from '../accounts/actor.ts';
import { canReadHistory, canSee, seesInternalRecords } from '../accounts/policy.ts';
import type { PartnershipRecord } from './partnership.types.ts';

type Owned = Pick<PartnershipRecord, 'visibility' | 'leadOrganisationId'>;

/** The one visibility rule for partnerships, used by the API and the pages: the lead ministry owns it. */
export const partnershipVisibleTo =
  (actor: Actor) =>
  (p: Owned): boolean =>
    canSee(actor, { visibility: p.visibility, ownerOrganisationId: p.leadOrganisationId });

/** Whether the query may leave out everything unpublished before the record-level check runs. */
export const publicOnlyFor = (actor: Actor): boolean => !seesInternalRecords(actor);

/** Whether the actor may read a partnership's history from the audit log (internal users who can see it). */
export const canReadPartnershipHistory = (actor: Actor, p: Owned): boolean =>
  canReadHistory(actor, { visibility: p.visibility, ownerOrganisationId: p.leadOrganisationId });
