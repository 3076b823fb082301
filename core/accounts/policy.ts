import type { Visibility } from '../shared/vocabulary.ts';
import { actorUserId, organisationOf, roleOf, type Actor } from './actor.ts';

/**
 * Who may see and change what. Each rule reads as a sentence; every route and form action
 * names the rule it is checked against (see server/policies.ts), and a test derived from the
 * route table checks each against its expected outcome for every role.
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

const isInternal = (actor: Actor) => !['public', 'stakeholder'].includes(roleOf(actor));
export const isCoordinator = (actor: Actor) => roleOf(actor) === 'coordinator';
const isEditor = (actor: Actor) => roleOf(actor) === 'ministry_editor';
const ownsIt = (actor: Actor, owner: number | null) => owner !== null && organisationOf(actor) === owner;

/** Anyone may see what is published. */
export function canSee(actor: Actor, record: Visible): boolean {
  if (record.visibility === 'public') return true;
  if (record.submittedByUserId != null && record.submittedByUserId === actorUserId(actor)) return true;
  if (record.visibility === 'internal') return isInternal(actor);
  // restricted: the coordinators, the owning ministry and the organisations named on the record
  if (isCoordinator(actor)) return true;
  if (!isInternal(actor)) return false;
  const organisation = organisationOf(actor);
  return (
    ownsIt(actor, record.ownerOrganisationId) ||
    (organisation !== null && (record.restrictedTo ?? []).includes(organisation))
  );
}

/** The audience a reader belongs to: the public sees published records only. */
export const seesInternalRecords = (actor: Actor): boolean => isInternal(actor);

/** Only coordinators change a partnership's status. */
export const canChangePartnershipStatus = (actor: Actor): boolean => isCoordinator(actor);

/** Coordinators edit every activity; a ministry editor edits those its own ministry organises. */
export const canEditActivity = (actor: Actor, activity: { organiserId: number | null }): boolean =>
  isCoordinator(actor) || (isEditor(actor) && ownsIt(actor, activity.organiserId));

/** Coordinators keep every measure; a ministry editor keeps the measures its ministry leads. */
export const canKeepMeasure = (actor: Actor, measure: { leadOrganisationId: number | null }): boolean =>
  isCoordinator(actor) || (isEditor(actor) && ownsIt(actor, measure.leadOrganisationId));

/** Only coordinators assign a measure's lead ministry and the goals it serves. */
export const canAssignMeasure = (actor: Actor): boolean => isCoordinator(actor);

/** The overview of what needs attention is for internal users; proposals waiting for review only for coordinators. */
export const canSeeOverview = (actor: Actor): boolean => isInternal(actor);
export const canSeeProposalsAwaitingReview = (actor: Actor): boolean => isCoordinator(actor);

/** Stakeholders (and internal users) may submit a proposal; it waits for review. */
export const canSubmitProposal = (actor: Actor): boolean => actor.kind === 'user';

/**
 * Coordinators keep the register of partnerships and their agreements: they record an agreement,
 * renew it and attach its signed document (as only they change a partnership's status).
 */
export const canKeepAgreements = (actor: Actor): boolean => isCoordinator(actor);

/** Coordinators review the proposals (accept or reject them, with a note). */
export const canReviewProposals = (actor: Actor): boolean => isCoordinator(actor);

/** A proposal is read by the one who submitted it and by the coordinators; by nobody else. */
export const canReadProposal = (actor: Actor, proposal: { submittedByUserId: number }): boolean =>
  isCoordinator(actor) || (actorUserId(actor) !== null && actorUserId(actor) === proposal.submittedByUserId);

/** Only coordinators administer users and read the audit log. */
export const canAdministerUsers = (actor: Actor): boolean => isCoordinator(actor);
export const canReadAuditLog = (actor: Actor): boolean => isCoordinator(actor);

/** A record's history (who changed what) is internal. */
export const canReadHistory = (actor: Actor, record: Visible): boolean => isInternal(actor) && canSee(actor, record);

/** Coordinators and ministry editors keep contact persons. */
export const canKeepContacts = (actor: Actor): boolean => isCoordinator(actor) || isEditor(actor);

/** Requests for access, retention and anonymisation of personal data are handled by coordinators. */
export const canHandlePersonalData = (actor: Actor): boolean => isCoordinator(actor);

/** Coordinators set up, steer, close and correct evaluation rounds and record the decisions. */
export const canManageRounds = (actor: Actor): boolean => isCoordinator(actor);

/** Staff of the government see the evaluation rounds (what of them depends on the rules below). */
export const canSeeRounds = (actor: Actor): boolean => isInternal(actor);

/**
 * Who sees which scores of a round: coordinators all of them; the other staff the scores of their
 * own ministry, and those of the other ministries only once the round has closed.
 */
export const canSeeScoresOf = (
  actor: Actor,
  round: { status: string },
  ministry: { organisationId: number },
): boolean =>
  isCoordinator(actor) ||
  (isInternal(actor) && (round.status === 'closed' || organisationOf(actor) === ministry.organisationId));

/** The results (ranking, robustness, report) of a round: coordinators always, other staff once it has closed. */
export const canSeeRoundResults = (actor: Actor, round: { status: string }): boolean =>
  isCoordinator(actor) || (isInternal(actor) && round.status === 'closed');
