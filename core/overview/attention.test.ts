import { describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '../shared/vocabulary.ts';
import {
  agreementHorizon,
  agreementsNeedingAttention,
  workingGroupsNeedingAttention,
  type AgreementCandidate,
  type WorkingGroupCandidate,
} from './attention.ts';
import { meetingCutoff } from '../partnerships/working-group-meetings.ts';

const TODAY = '2026-11-21';
const partnership = (status: PartnershipStatus = 'active') => ({ key: 'p', name: 'P', nameEn: 'P', status });
const agreement = (key: string, expiresOn: string | null, extra: Partial<AgreementCandidate> = {}) => ({
  key,
  kind: 'memorandum_of_understanding' as const,
  title: key,
  expiresOn,
  renewed: false,
  partnership: partnership(),
  ...extra,
});
const group = (
  key: string,
  lastMeeting: string | null,
  status: PartnershipStatus = 'active',
): WorkingGroupCandidate => ({
  key,
  name: key,
  partnership: partnership(status),
  lastMeeting,
  nextMeeting: null,
});

describe('agreements needing attention', () => {
  it('lists the expired and those running out within six months, earliest first', () => {
    expect(agreementHorizon(TODAY)).toBe('2027-05-21');
    const list = [
      agreement('later', '2027-05-22'),
      agreement('soon', '2027-05-21'),
      agreement('lazio-2021', '2026-10-04'),
      agreement('today', '2026-11-21'),
      agreement('open', null),
      agreement('month', '2026-11'),
      agreement('next-year-month', '2027-02'),
    ];
    expect(agreementsNeedingAttention(list, TODAY).map((a) => [a.key, a.attention])).toEqual([
      ['lazio-2021', 'expired'],
      ['month', 'expires_within_period'],
      ['today', 'expired'],
      ['next-year-month', 'expiring'],
      ['soon', 'expiring'],
    ]);
  });

  it('leaves out renewed agreements and those of dormant or ended partnerships', () => {
    const list = [
      agreement('renewed', '2021-10-04', { renewed: true }),
      agreement('dormant', '2022-01-01', { partnership: partnership('dormant') }),
      agreement('ended', '2022-01-01', { partnership: partnership('ended') }),
      agreement('examined', '2022-01-01', { partnership: partnership('under_examination') }),
    ];
    expect(agreementsNeedingAttention(list, TODAY).map((a) => a.key)).toEqual(['examined']);
  });
});

describe('working groups needing attention', () => {
  it('lists groups without a meeting in twelve months, and those that never met', () => {
    expect(meetingCutoff(TODAY)).toBe('2025-11-21');
    const list = [
      group('last-month', '2026-10-15'),
      group('thirteen-months', '2025-10-20'),
      group('never', null),
      group('just-inside', '2025-11-21'),
      group('month-reaching-in', '2025-11'),
      group('year-only', '2025'),
    ];
    expect(workingGroupsNeedingAttention(list, TODAY).map((w) => w.key)).toEqual(['never', 'thirteen-months']);
  });

  it('ignores groups of dormant and ended partnerships', () => {
    expect(
      workingGroupsNeedingAttention([group('dormant', null, 'dormant'), group('ended', null, 'ended')], TODAY),
    ).toEqual([]);
  });
});
