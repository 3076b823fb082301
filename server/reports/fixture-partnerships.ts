import type { PartnershipKind, PartnershipStatus, RoundRecommendation } from '../../core/shared/vocabulary.ts';

/**
 * The partnerships of the report fixture (tests and bench): the regional and cross-border
 * partnerships of the register, the three dormant Russian ones and two candidates under examination.
 * `level` is how strongly the assessors rate the partnership on the whole (0–4 scale).
 */
export interface FixturePartnership {
  key: string;
  name: string;
  nameEn: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
  level: number;
  /** In the ranking of the previous round, if it was ranked there. */
  previousRank: number | null;
  recommendation: { option: RoundRecommendation; justification: string } | null;
}

const regional = (key: string, place: string, placeEn: string) => ({
  key,
  name: `Regionalpartnerschaft Sachsen – ${place}`,
  nameEn: `Regional partnership Saxony – ${placeEn}`,
});

export const fixturePartnerships: FixturePartnership[] = [
  {
    ...regional('lazio', 'Latium', 'Lazio'),
    kind: 'regional',
    status: 'active',
    level: 3.3,
    previousRank: 2,
    recommendation: {
      option: 'continue',
      justification:
        'Die Arbeitsgruppe tagt regelmäßig, beide Seiten tragen Initiativen; das Memorandum of Understanding ' +
        'läuft am 04.10.2026 aus und sollte um fünf Jahre erneuert werden.',
    },
  },
  {
    ...regional('niederschlesien', 'Niederschlesien', 'Lower Silesia'),
    kind: 'cross_border',
    status: 'active',
    level: 3.4,
    previousRank: 1,
    recommendation: {
      option: 'continue',
      justification: 'Kern der grenzüberschreitenden Zusammenarbeit (Ziel Z1) mit breiter Beteiligung von Akteuren.',
    },
  },
  {
    ...regional('tschechien', 'Tschechische Republik', 'Czech Republic'),
    kind: 'cross_border',
    status: 'active',
    level: 3.2,
    previousRank: 3,
    recommendation: { option: 'continue', justification: 'Unverzichtbar für den gemeinsamen Grenzraum (Ziel Z1).' },
  },
  {
    ...regional('lebuser-land', 'Lebuser Land', 'Lubusz'),
    kind: 'cross_border',
    status: 'active',
    level: 2.4,
    previousRank: 5,
    recommendation: {
      option: 'continue',
      justification: 'Fortführen; die Arbeitsgruppe sollte wieder jährlich tagen.',
    },
  },
  {
    ...regional('niederoesterreich', 'Niederösterreich', 'Lower Austria'),
    kind: 'regional',
    status: 'active',
    level: 2.3,
    previousRank: 4,
    recommendation: {
      option: 'convert_sectoral',
      justification:
        'Die Zusammenarbeit konzentriert sich auf Mikroelektronik und Wasserstoff; eine sektorale Kooperation ' +
        'bildet sie besser ab als die förmliche Regionalpartnerschaft.',
    },
  },
  {
    ...regional('oberoesterreich', 'Oberösterreich', 'Upper Austria'),
    kind: 'regional',
    status: 'active',
    level: 2.1,
    previousRank: 6,
    recommendation: {
      option: 'convert_sectoral',
      justification: 'Schwerpunkt Automotive und Kunststofftechnik: als sektorale Kooperation fortführen.',
    },
  },
  {
    ...regional('charkiw', 'Charkiw', 'Kharkiv'),
    kind: 'regional',
    status: 'active',
    level: 2.8,
    previousRank: null,
    recommendation: {
      option: 'continue',
      justification: 'Solidarität und Wiederaufbau; die Absichtserklärung vom 27.03.2024 mit Leben füllen.',
    },
  },
  {
    ...regional('quebec', 'Québec', 'Quebec'),
    kind: 'regional',
    status: 'active',
    level: 2.2,
    previousRank: 7,
    recommendation: null,
  },
  {
    ...regional('st-petersburg', 'St. Petersburg', 'Saint Petersburg'),
    kind: 'regional',
    status: 'dormant',
    level: 0.6,
    previousRank: 8,
    recommendation: {
      option: 'keep_dormant',
      justification:
        'Die Rahmenbedingungen lassen eine Zusammenarbeit derzeit nicht zu (Angriffskrieg seit 24.02.2022).',
    },
  },
  {
    ...regional('tatarstan', 'Tatarstan', 'Tatarstan'),
    kind: 'regional',
    status: 'dormant',
    level: 0.5,
    previousRank: 9,
    recommendation: {
      option: 'keep_dormant',
      justification:
        'Die Rahmenbedingungen lassen eine Zusammenarbeit derzeit nicht zu (Angriffskrieg seit 24.02.2022).',
    },
  },
  {
    ...regional('baschkortostan', 'Baschkortostan', 'Bashkortostan'),
    kind: 'regional',
    status: 'dormant',
    level: 0.3,
    previousRank: 10,
    recommendation: {
      option: 'end',
      justification: 'Seit 2014 ohne Aktivitäten; auch bei besseren Rahmenbedingungen kein erkennbarer Ertrag.',
    },
  },
  {
    key: 'flandern',
    name: 'Regionalpartnerschaft Sachsen – Flandern (Prüfung)',
    nameEn: 'Regional partnership Saxony – Flanders (under examination)',
    kind: 'regional',
    status: 'under_examination',
    level: 2.6,
    previousRank: null,
    recommendation: {
      option: 'establish',
      justification: 'Gemeinsame Schwerpunkte Mikroelektronik und Logistik; Interesse der Partnerseite belegt.',
    },
  },
  {
    key: 'frankreich-pruefung',
    name: 'Regionalpartnerschaft mit einer französischen Region (Prüfung)',
    nameEn: 'Regional partnership with a French region (under examination)',
    kind: 'regional',
    status: 'under_examination',
    level: 1.7,
    previousRank: null,
    recommendation: {
      option: 'not_establish',
      justification: 'Die Partnerregion ist noch nicht bestimmt; zunächst sektorale Kontakte prüfen.',
    },
  },
];

/** The partnership whose assessors could not score cost efficiency: it stays without a rank. */
export const incompletePartnership = 'quebec';

/** Further partnerships for larger generated rounds (the bench's 30 partnerships). */
export function generatedPartnership(index: number): FixturePartnership {
  return {
    key: `partnerschaft-${index}`,
    name: `Sektorale Partnerschaft Nr. ${index}`,
    nameEn: `Sectoral partnership no. ${index}`,
    kind: 'sectoral',
    status: 'active',
    level: 1 + ((index * 7) % 25) / 10,
    previousRank: null,
    recommendation: { option: 'continue', justification: 'Fortführen.' },
  };
}
