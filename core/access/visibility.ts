import type { Visibility } from '../shared/vocabulary.ts';
import { actorUserId, organisationOf, type Actor } from './actor.ts';
import { belongsTo, isCoordinator, isInternal } from './roles.ts';

/**
 * The one visibility rule every kind of record follows; each `<record>.policy.ts` says who owns
 * a record of its kind and hands it to `canSee`.
 */

/** A record as far as visibility is concerned. */
export interface Visible {
  visibility: Visibility;
  /** The lead or organising ministry. */
  ownerOrganisationId: number | null;
  /** For restricted records: the organisations that may see it besides the coordinators and the owner. */
  restrictedTo?: readonly number[];
  /** The user who submitted it (a stakeholder's own proposal). */
  submittedByUserId?: number | null;
}

/**
 * Anyone sees what is published; the one who submitted a record sees it; staff see what is
 * internal; what is restricted is seen by the coordinators, the owning ministry and the
 * organisations named on the record.
 */
export function canSee(actor: Actor, record: Visible): boolean {
  if (record.visibility === 'public') return true;
  if (record.submittedByUserId != null && record.submittedByUserId === actorUserId(actor)) return true;
  if (record.visibility === 'internal') return isInternal(actor);
  if (isCoordinator(actor)) return true;
  if (!isInternal(actor)) return false;
  const organisation = organisationOf(actor);
  return (
    belongsTo(actor, record.ownerOrganisationId) ||
    (organisation !== null && (record.restrictedTo ?? []).includes(organisation))
  );
}

/** The audience a reader belongs to: the public sees published records only. */
export const seesInternalRecords = (actor: Actor): boolean => isInternal(actor);

/** A record's history (who changed what) is internal, and only for those who see the record. */
export const canReadHistory = (actor: Actor, record: Visible): boolean => isInternal(actor) && canSee(actor, record);

/**
 * `canSee` stated so a query can apply it before it counts and cuts: the public sees what is
 * published; staff also what is internal, and what is restricted when their ministry owns it;
 * coordinators everything. For records without named organisations or a submitter it gives
 * the same answer as `canSee`; tests/integration/overview.test.ts and search.test.ts hold it there.
 */
export type Audience =
  { kind: 'public' } | { kind: 'internal'; ownOrganisationId: number | null } | { kind: 'everything' };

/** The audience the actor belongs to. */
export function audienceOf(actor: Actor): Audience {
  if (!isInternal(actor)) return { kind: 'public' };
  if (isCoordinator(actor)) return { kind: 'everything' };
  return { kind: 'internal', ownOrganisationId: organisationOf(actor) };
}

/** Whether a query may leave out everything unpublished before the record-level check runs. */
export const publicOnlyFor = (actor: Actor): boolean => audienceOf(actor).kind === 'public';
