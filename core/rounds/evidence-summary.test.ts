import { describe, expect, it } from 'vitest';
import { summariseEvidence } from './evidence-summary.ts';
import type { PartnershipEvidence } from './round.types.ts';

const goal = (key: string, count: number) => ({ key, title: `Ziel ${key}`, count });

const lazio: PartnershipEvidence = {
  partnership: 'lazio',
  period: { from: '2024-01-01', to: '2025-12-31' },
  activities: {
    total: 12,
    byGoal: [goal('Z1', 0), goal('Z2', 1), goal('Z3', 0), goal('Z4', 7), goal('Z5', 3), goal('Z6', 1)],
    byInstrument: [],
    byMinistry: [],
    recent: [],
  },
  workingGroups: [{ name: 'Arbeitsgruppe Sachsen-Lazio', meetings: 2, lastMeeting: '2025-05-12' }],
  agreements: [
    {
      key: 'lazio-2016',
      title: 'Vereinbarung 2016',
      signedOn: '2016-10-18',
      expiresOn: null,
      validity: 'unknown',
      renewedBy: 'lazio-2021',
    },
    {
      key: 'lazio-2021',
      title: 'MoU 2021',
      signedOn: '2021-10-04',
      expiresOn: '2026-10-04',
      validity: 'valid',
      renewedBy: null,
    },
  ],
  sectors: [],
  stakeholders: [],
  spentCents: 1_840_000,
  activitiesWithAmount: 4,
  statusHistory: [],
};

describe('the one-line summary of the evidence', () => {
  it('names the activities with the goals served most, the last meeting, the agreement in force and the money', () => {
    expect(summariseEvidence(lazio)).toBe(
      '12 Aktivitäten (Z4: 7, Z5: 3, Z2: 1), Arbeitsgruppe zuletzt am 12.05.2025, ' +
        'Vereinbarung gültig bis 04.10.2026, 18.400,00\u00a0€ ausgegeben',
    );
    expect(summariseEvidence(lazio, 'en')).toBe(
      '12 activities (Z4: 7, Z5: 3, Z2: 1), working group last met on 12 May 2025, ' +
        'agreement valid until 4 October 2026, €18,400.00 spent',
    );
  });

  it('says plainly what the register does not know, and leaves out what the partnership does not have', () => {
    const dormant: PartnershipEvidence = {
      ...lazio,
      activities: { ...lazio.activities, total: 0, byGoal: [goal('Z1', 0)] },
      workingGroups: [],
      agreements: [],
      spentCents: 0,
      activitiesWithAmount: 0,
    };
    expect(summariseEvidence(dormant)).toBe(
      'Keine Aktivitäten im Zeitraum, keine Vereinbarung, keine Ausgaben angegeben',
    );
    expect(summariseEvidence(dormant, 'en')).toBe('No activities in the period, no agreement, no spending stated');
  });

  it('counts one activity in the singular and a group that never met as such', () => {
    const one: PartnershipEvidence = {
      ...lazio,
      activities: { ...lazio.activities, total: 1, byGoal: [goal('Z1', 0)] },
      workingGroups: [
        { name: 'AG 1', meetings: 0, lastMeeting: null },
        { name: 'AG 2', meetings: 0, lastMeeting: null },
      ],
    };
    expect(summariseEvidence(one)).toMatch(/^1 Aktivität, Arbeitsgruppen ohne Sitzung, /);
  });

  it('reports an expired agreement with its date at its precision, and one without a known end', () => {
    const expired = (expiresOn: string | null, validity: string): PartnershipEvidence => ({
      ...lazio,
      agreements: [{ key: 'a', title: 'A', signedOn: '2019', expiresOn, validity }],
    });
    expect(summariseEvidence(expired('2024-10', 'expired'))).toContain('Vereinbarung abgelaufen (Oktober 2024)');
    expect(summariseEvidence(expired('2024-10-04', 'expired'), 'en')).toContain('agreement expired (4 October 2024)');
    expect(summariseEvidence(expired(null, 'unknown'))).toContain('Vereinbarung ohne bekanntes Ablaufdatum');
  });

  it('takes the latest working-group meeting of several groups', () => {
    const groups: PartnershipEvidence = {
      ...lazio,
      workingGroups: [
        { name: 'AG 1', meetings: 1, lastMeeting: '2024-03-01' },
        { name: 'AG 2', meetings: 0, lastMeeting: null },
        { name: 'AG 3', meetings: 2, lastMeeting: '2025-11-30' },
      ],
    };
    expect(summariseEvidence(groups)).toContain('Arbeitsgruppen zuletzt am 30.11.2025');
  });
});
