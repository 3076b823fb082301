import { describe, expect, it } from 'vitest';
import { operator, PUBLIC, type Actor } from './actor.ts';
import { canReviewCandidate, canReviewCandidates, type ReviewedCandidate } from './review.policy.ts';

const user = (role: 'coordinator' | 'ministry_editor' | 'assessor' | 'reader' | 'stakeholder', org: number): Actor => ({
  kind: 'user',
  userId: 1,
  label: role,
  role,
  organisationId: org,
});
const SMWK = 7;
const SMI = 9;
const candidate = (over: Partial<ReviewedCandidate> = {}): ReviewedCandidate => ({
  type: 'activity',
  organisationId: SMWK,
  document: { visibility: 'public', organisationId: null },
  ...over,
});

describe('who reviews a candidate fact', () => {
  it('coordinators (and the operator) every one whose document they see', () => {
    for (const actor of [user('coordinator', 1), operator('test')]) {
      expect(canReviewCandidate(actor, candidate({ type: 'agreement_signed' }))).toBe(true);
      expect(
        canReviewCandidate(actor, candidate({ document: { visibility: 'restricted', organisationId: SMI } })),
      ).toBe(true);
    }
  });

  it('a ministry editor only its own ministry’s activities, from documents it may see', () => {
    const editor = user('ministry_editor', SMWK);
    expect(canReviewCandidate(editor, candidate())).toBe(true);
    expect(canReviewCandidate(editor, candidate({ organisationId: SMI }))).toBe(false);
    expect(canReviewCandidate(editor, candidate({ type: 'agreement_signed' }))).toBe(false);
    expect(canReviewCandidate(editor, candidate({ document: { visibility: 'restricted', organisationId: SMI } }))).toBe(
      false,
    );
    expect(
      canReviewCandidate(editor, candidate({ document: { visibility: 'restricted', organisationId: SMWK } })),
    ).toBe(true);
  });

  it('nobody else', () => {
    for (const actor of [PUBLIC, user('reader', SMWK), user('assessor', SMWK), user('stakeholder', SMWK)]) {
      expect(canReviewCandidates(actor)).toBe(false);
      expect(canReviewCandidate(actor, candidate())).toBe(false);
    }
  });
});
