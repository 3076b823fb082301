import { describe, expect, it } from 'vitest';
import type { Role, Visibility } from '../shared/vocabulary.ts';
import { PUBLIC, operator, type Actor } from './actor.ts';
import { canEditActivity, canRecordActivities } from './activity.policy.ts';
import { canKeepAgreements } from './agreement.policy.ts';
import { canAssignMeasure, canKeepMeasure } from './measure.policy.ts';
import { canSeeOverview } from './overview.policy.ts';
import { canChangePartnershipStatus } from './partnership.policy.ts';
import {
  canReadProposal,
  canReviewProposals,
  canSeeProposalsAwaitingReview,
  canSubmitProposal,
} from './proposal.policy.ts';
import { canSeeRoundResults, canSeeScoresOf, isAssessorOf } from './round.policy.ts';
import { canSee } from './visibility.ts';

const OWN = 10;
const OTHER = 20;
const user = (role: Role, organisationId: number | null = OWN, userId = 1): Actor => ({
  kind: 'user',
  userId,
  label: role,
  role,
  organisationId,
});

/** Expected visibility per viewer, written out by hand (not derived from the policy). */
const SEES: Record<string, Record<Visibility, [own: boolean, other: boolean]>> = {
  public: { public: [true, true], internal: [false, false], restricted: [false, false] },
  coordinator: { public: [true, true], internal: [true, true], restricted: [true, true] },
  ministry_editor: { public: [true, true], internal: [true, true], restricted: [true, false] },
  assessor: { public: [true, true], internal: [true, true], restricted: [true, false] },
  reader: { public: [true, true], internal: [true, true], restricted: [true, false] },
  stakeholder: { public: [true, true], internal: [false, false], restricted: [false, false] },
};

describe('who sees what', () => {
  for (const [viewer, byVisibility] of Object.entries(SEES)) {
    for (const [visibility, [own, other]] of Object.entries(byVisibility) as [Visibility, [boolean, boolean]][]) {
      it(`${viewer} / ${visibility}: own ministry ${own}, other ministry ${other}`, () => {
        const actor = viewer === 'public' ? PUBLIC : user(viewer as Role);
        expect(canSee(actor, { visibility, ownerOrganisationId: OWN })).toBe(own);
        expect(canSee(actor, { visibility, ownerOrganisationId: OTHER })).toBe(other);
      });
    }
  }

  it('lets a stakeholder see their own submission and a named organisation a restricted record', () => {
    expect(
      canSee(user('stakeholder', 99, 7), { visibility: 'internal', ownerOrganisationId: OTHER, submittedByUserId: 7 }),
    ).toBe(true);
    expect(
      canSee(user('stakeholder', 99, 8), { visibility: 'internal', ownerOrganisationId: OTHER, submittedByUserId: 7 }),
    ).toBe(false);
    expect(
      canSee(user('reader', 30), { visibility: 'restricted', ownerOrganisationId: OTHER, restrictedTo: [30] }),
    ).toBe(true);
  });
});

describe('who changes what', () => {
  it('leaves partnership status changes to coordinators and the operator', () => {
    expect(canChangePartnershipStatus(user('coordinator'))).toBe(true);
    expect(canChangePartnershipStatus(operator('admin'))).toBe(true);
    for (const role of ['ministry_editor', 'assessor', 'reader', 'stakeholder'] as const)
      expect(canChangePartnershipStatus(user(role))).toBe(false);
    expect(canChangePartnershipStatus(PUBLIC)).toBe(false);
  });

  it('lets a ministry editor change only its own ministry’s activities and measures', () => {
    expect(canEditActivity(user('ministry_editor'), { organiserId: OWN })).toBe(true);
    expect(canEditActivity(user('ministry_editor'), { organiserId: OTHER })).toBe(false);
    expect(canEditActivity(user('reader'), { organiserId: OWN })).toBe(false);
    expect(canEditActivity(user('coordinator', null), { organiserId: OTHER })).toBe(true);
    expect(canKeepMeasure(user('ministry_editor'), { leadOrganisationId: OWN })).toBe(true);
    expect(canKeepMeasure(user('ministry_editor'), { leadOrganisationId: null })).toBe(false);
    expect(canKeepMeasure(user('assessor'), { leadOrganisationId: OWN })).toBe(false);
  });

  it('leaves agreements (record, renew, attach the document) to coordinators and the operator', () => {
    expect(canKeepAgreements(user('coordinator'))).toBe(true);
    expect(canKeepAgreements(operator('admin'))).toBe(true);
    for (const role of ['ministry_editor', 'assessor', 'reader', 'stakeholder'] as const)
      expect(canKeepAgreements(user(role))).toBe(false);
    expect(canKeepAgreements(PUBLIC)).toBe(false);
  });

  it('lets every logged-in user propose, coordinators review, and nobody else read a proposal', () => {
    expect(canSubmitProposal(user('stakeholder'))).toBe(true);
    expect(canSubmitProposal(PUBLIC)).toBe(false);
    expect(canReviewProposals(user('coordinator'))).toBe(true);
    for (const role of ['ministry_editor', 'assessor', 'reader', 'stakeholder'] as const)
      expect(canReviewProposals(user(role))).toBe(false);
    expect(canReadProposal(user('stakeholder', 99, 7), { submittedByUserId: 7 })).toBe(true);
    expect(canReadProposal(user('stakeholder', 99, 8), { submittedByUserId: 7 })).toBe(false);
    expect(canReadProposal(user('reader', OWN, 8), { submittedByUserId: 7 })).toBe(false);
    expect(canReadProposal(user('coordinator', null, 9), { submittedByUserId: 7 })).toBe(true);
    expect(canReadProposal(PUBLIC, { submittedByUserId: 7 })).toBe(false);
  });

  it('leaves the lead ministry and goals of a measure to coordinators, and the review queue too', () => {
    expect(canAssignMeasure(user('coordinator'))).toBe(true);
    expect(canAssignMeasure(operator('admin'))).toBe(true);
    for (const role of ['ministry_editor', 'assessor', 'reader', 'stakeholder'] as const) {
      expect(canAssignMeasure(user(role))).toBe(false);
      expect(canSeeProposalsAwaitingReview(user(role))).toBe(false);
    }
    expect(canSeeProposalsAwaitingReview(user('coordinator'))).toBe(true);
    expect(canAssignMeasure(PUBLIC)).toBe(false);
  });

  it('shows the overview to internal users only', () => {
    for (const role of ['coordinator', 'ministry_editor', 'assessor', 'reader'] as const)
      expect(canSeeOverview(user(role))).toBe(true);
    expect(canSeeOverview(user('stakeholder'))).toBe(false);
    expect(canSeeOverview(PUBLIC)).toBe(false);
  });

  it('lets coordinators record activities for any ministry, editors for their own, nobody else', () => {
    expect(canRecordActivities(user('coordinator', null))).toBe(true);
    expect(canRecordActivities(operator('import'))).toBe(true);
    expect(canRecordActivities(user('ministry_editor'))).toBe(true);
    expect(canRecordActivities(user('ministry_editor', null))).toBe(false);
    for (const role of ['assessor', 'reader', 'stakeholder'] as const)
      expect(canRecordActivities(user(role))).toBe(false);
    expect(canRecordActivities(PUBLIC)).toBe(false);
  });
});

describe('who takes part in a round and sees what of it', () => {
  const flat = { assessors: [{ userId: 7 }] };
  const perMinistry = { ministries: [{ assessors: [] }, { assessors: [{ userId: 7 }] }] };

  it('knows the assessors of a round however the round is held', () => {
    expect(isAssessorOf(user('assessor', OWN, 7), flat)).toBe(true);
    expect(isAssessorOf(user('assessor', OWN, 7), perMinistry)).toBe(true);
    expect(isAssessorOf(user('assessor', OWN, 8), perMinistry)).toBe(false);
    expect(isAssessorOf(operator('admin'), flat)).toBe(false);
  });

  it('shows other ministries’ scores and the results to staff once the round is closed', () => {
    const other = { organisationId: OTHER };
    expect(canSeeScoresOf(user('assessor'), { status: 'review' }, { organisationId: OWN })).toBe(true);
    expect(canSeeScoresOf(user('assessor'), { status: 'review' }, other)).toBe(false);
    expect(canSeeScoresOf(user('assessor'), { status: 'closed' }, other)).toBe(true);
    expect(canSeeScoresOf(user('coordinator'), { status: 'scoring' }, other)).toBe(true);
    expect(canSeeScoresOf(user('stakeholder'), { status: 'closed' }, other)).toBe(false);
    expect(canSeeRoundResults(user('reader'), { status: 'review' })).toBe(false);
    expect(canSeeRoundResults(user('reader'), { status: 'closed' })).toBe(true);
    expect(canSeeRoundResults(user('coordinator'), { status: 'draft' })).toBe(true);
  });
});
