import type { PartnershipEvidence } from '../../core/rounds/round.types.ts';
import type { FixturePartnership } from './fixture-partnerships.ts';

/** What the register knows about a fixture partnership: more for a stronger one, nothing new for a dormant one. */
export function fixtureEvidence(
  p: FixturePartnership,
  period: { from: string; to: string },
  random: () => number,
): PartnershipEvidence {
  const dormant = p.status === 'dormant';
  const scale = dormant ? 0 : Math.round(p.level * 6 + random() * 6);
  const goals = [
    ['Z1', 'Transformation des Grenzraums mit Polen und Tschechien zu einem europäischen Verflechtungsraum'],
    [
      'Z3',
      'Weitere Stärkung des Freistaates als attraktiver Standort für Investitionen, Ansiedlungen und Fachkräftezuwanderung',
    ],
    ['Z4', 'Weiterentwicklung Sachsens als weltweit vernetzter Wirtschafts-, Innovations- und Wissenschaftsstandort'],
    ['Z5', 'Ausbau des Status als weltweit attraktiver Kunst- und Kulturstandort'],
  ] as const;
  const byGoal = goals
    .map(([key, title], i) => ({ key, title, count: Math.round((scale * (4 - i)) / 6) }))
    .filter((g) => g.count > 0 && (g.key !== 'Z1' || p.kind === 'cross_border'));
  const total = byGoal.reduce((s, g) => s + g.count, 0);
  const withAmount = Math.round(total * 0.7);
  return {
    partnership: p.key,
    period,
    activities: {
      total,
      byGoal,
      byInstrument: total
        ? [
            { numeral: 'II', title: 'Regionale und sektorale Partnerschaften', count: Math.ceil(total / 2) },
            { numeral: 'IV', title: 'Außenwirtschaft', count: Math.floor(total / 2) },
          ]
        : [],
      byMinistry: total
        ? [
            { key: 'smwa', name: 'SMWA', count: Math.ceil(total / 2) },
            { key: 'smwk', name: 'SMWK', count: Math.floor(total / 3) },
            { key: 'sk', name: 'SK', count: total - Math.ceil(total / 2) - Math.floor(total / 3) },
          ].filter((m) => m.count > 0)
        : [],
      recent: total
        ? [
            {
              id: 9001,
              title: `Sitzung der Arbeitsgruppe ${p.name.split('– ').at(-1)}`,
              startsOn: '2025-11-12',
              kind: 'working_group_meeting',
            },
            {
              id: 9002,
              title: 'Delegationsreise mit Unternehmen der Mikroelektronik',
              startsOn: '2025-09',
              kind: 'delegation_trip',
            },
            { id: 9003, title: 'Gemeinsamer Stand auf der Hannover Messe', startsOn: '2025-03-31', kind: 'fair' },
          ]
        : [],
    },
    workingGroups: dormant
      ? [{ name: `Arbeitsgruppe ${p.name.split('– ').at(-1)}`, meetings: 0, lastMeeting: '2019-10' }]
      : p.status === 'active'
        ? [
            {
              name: `Arbeitsgruppe ${p.name.split('– ').at(-1)}`,
              meetings: Math.max(1, Math.round(p.level)),
              lastMeeting: '2025-11-12',
            },
          ]
        : [],
    agreements: agreementsOf(p),
    sectors: dormant
      ? []
      : [
          { key: 'mikroelektronik', name: 'Mikroelektronik', priority: true },
          { key: 'wasserstoff', name: 'Wasserstoff', priority: false },
          { key: 'kultur', name: 'Kultur und Kreativwirtschaft', priority: false },
        ].slice(0, Math.max(1, Math.round(p.level))),
    stakeholders: dormant
      ? []
      : [
          { key: 'ihk', name: 'Industrie- und Handelskammern', kind: 'chamber', activities: Math.ceil(total / 3) },
          {
            key: 'tu-dresden',
            name: 'Technische Universität Dresden',
            kind: 'university',
            activities: Math.ceil(total / 5),
          },
          { key: 'wfs', name: 'Wirtschaftsförderung Sachsen GmbH', kind: 'agency', activities: Math.ceil(total / 4) },
        ].slice(0, Math.max(1, Math.round(p.level))),
    spentCents: withAmount * Math.round(120_000 + random() * 380_000),
    activitiesWithAmount: withAmount,
    statusHistory: historyOf(p),
  };
}

function agreementsOf(p: FixturePartnership): PartnershipEvidence['agreements'] {
  if (p.key === 'lazio')
    return [
      {
        key: 'lazio-mou-2021',
        title: 'Memorandum of Understanding Sachsen – Latium (Erneuerung)',
        signedOn: '2021-10-04',
        expiresOn: '2026-10-04',
        validity: 'in_force',
      },
    ];
  if (p.key === 'charkiw')
    return [
      {
        key: 'charkiw-absichtserklaerung',
        title: 'Absichtserklärung über eine Regionalpartnerschaft',
        signedOn: '2024-03-27',
        expiresOn: null,
        validity: 'open_ended',
      },
    ];
  if (p.status === 'under_examination') return [];
  return [
    {
      key: `${p.key}-gemeinsame-erklaerung`,
      title: 'Gemeinsame Erklärung (Titel und Datum in den Quellen nicht genannt)',
      signedOn: null,
      expiresOn: null,
      validity: 'open_ended',
    },
  ];
}

function historyOf(p: FixturePartnership): PartnershipEvidence['statusHistory'] {
  if (p.status === 'dormant')
    return [
      { from: null, to: 'active', effectiveOn: null, reason: 'Partnerschaft bestand vor dem 24. Februar 2022' },
      {
        from: 'active',
        to: 'dormant',
        effectiveOn: '2022-02-24',
        reason:
          'Ruht seit Beginn des völkerrechtswidrigen russischen Angriffskrieges gegen die Ukraine am 24. Februar 2022',
      },
    ];
  if (p.status === 'under_examination')
    return [{ from: null, to: 'under_examination', effectiveOn: '2025-10', reason: 'In Prüfung nach den Leitlinien' }];
  return [
    {
      from: null,
      to: 'active',
      effectiveOn: p.key === 'lazio' ? '2016-10-18' : '1999',
      reason: 'Gemeinsame Erklärung',
    },
  ];
}
