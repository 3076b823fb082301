import { ahpWeightsFromJudgements, type Ranking } from '../../core/evaluation/index.ts';
import { defaultCriteria, DEFAULT_SCALE, type GoalTitle } from '../../core/rounds/criteria-catalogue.ts';
import { computeRoundResults, type RoundResultsInput } from '../../core/rounds/round-results.ts';
import type {
  RoundCriterion,
  RoundDecisionEntry,
  RoundDossier,
  RoundMinistry,
  RoundRecommendationEntry,
  StoredJudgement,
  StoredScore,
} from '../../core/rounds/round.types.ts';
import { fixtureEvidence } from './fixture-evidence.ts';
import {
  fixturePartnerships,
  generatedPartnership,
  incompletePartnership,
  type FixturePartnership,
} from './fixture-partnerships.ts';

/**
 * A realistic closed Leitlinien-Check round for the report's tests and the bench: the regional
 * partnerships of the register (three dormant, two candidates), the default criteria weighted by
 * AHP, three ministries with one or two assessors each, scores with justifications, one partnership
 * without a complete score, and a previous round's ranking. Deterministic: the same options give
 * the same dossier.
 */
export interface FixtureOptions {
  /** 13 by default; more are generated sectoral partnerships. */
  partnerships?: number;
  /** Assessors of SMWA, SMWK and SK. */
  assessorsPerMinistry?: [number, number, number];
  seed?: number;
}

export const fixtureGoals: GoalTitle[] = [
  {
    key: 'Z1',
    title: 'Transformation des Grenzraums mit Polen und Tschechien zu einem europäischen Verflechtungsraum',
    titleEn: 'Transformation of the border area with Poland and Czechia into an interconnected European area',
  },
  {
    key: 'Z2',
    title: 'Positionierung Sachsens als Brückenbauer zwischen den MOE-Staaten und Westeuropa',
    titleEn:
      'Positioning Saxony as a bridge-builder between the Central and Eastern European (CEE) states and Western Europe',
  },
  {
    key: 'Z3',
    title:
      'Weitere Stärkung des Freistaates als attraktiver Standort für Investitionen, Ansiedlungen und Fachkräftezuwanderung',
    titleEn:
      'Further strengthening of the Free State as an attractive location for investment, business settlement and the immigration of skilled workers',
  },
  {
    key: 'Z4',
    title: 'Weiterentwicklung Sachsens als weltweit vernetzter Wirtschafts-, Innovations- und Wissenschaftsstandort',
    titleEn: 'Further development of Saxony as a globally networked location for business, innovation and science',
  },
  {
    key: 'Z5',
    title: 'Ausbau des Status als weltweit attraktiver Kunst- und Kulturstandort',
    titleEn: 'Expansion of its status as a globally attractive location for the arts and culture',
  },
  {
    key: 'Z6',
    title: 'Verstärkte Fokussierung der Beziehungen zum Globalen Süden',
    titleEn: 'Stronger focus on relations with the Global South',
  },
];

/** How much more the coordinators value one criterion than another, as the basis of the AHP judgements. */
const priorities: Record<string, number> = {
  'ziel-z1': 3,
  'ziel-z2': 2,
  'ziel-z3': 3,
  'ziel-z4': 3,
  'ziel-z5': 2,
  'ziel-z6': 1,
  schwerpunktsektoren: 2,
  intensitaet: 3,
  akteure: 2,
  kosteneffizienz: 2,
  'politischer-rahmen': 3,
  sichtbarkeit: 1,
};

/** A criterion the coordinators added for this round (without a passage of the strategy behind it). */
const visibility: Omit<RoundCriterion, 'position' | 'weight'> = {
  key: 'sichtbarkeit',
  name: 'Sichtbarkeit in der Öffentlichkeit',
  nameEn: 'Public visibility',
  guidance: 'Wie sichtbar ist die Partnerschaft in Sachsen und in der Partnerregion (Presse, Veranstaltungen)?',
  guidanceEn: 'How visible is the partnership in Saxony and in the partner region (press, events)?',
  anchors: ['nicht sichtbar', 'kaum sichtbar', 'gelegentlich sichtbar', 'regelmäßig sichtbar', 'prägend sichtbar'].map(
    (label, value) => ({ value, label, labelEn: null }),
  ),
  goalKey: null,
  rating: null,
  basis: null,
};

const ministryTemplates = [
  {
    key: 'smwa',
    name: 'Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz',
    abbreviation: 'SMWA',
  },
  { key: 'smwk', name: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus', abbreviation: 'SMWK' },
  { key: 'sk', name: 'Sächsische Staatskanzlei', abbreviation: 'SK' },
];

const period = { from: '2021-01-01', to: '2025-12-31' };

/** A small seeded generator (mulberry32): the fixture must not change from run to run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The AHP judgements from the priorities, rounded to Saaty's integers as people enter them. */
function judgementsOf(keys: string[]): StoredJudgement[] {
  const judgements: StoredJudgement[] = [];
  keys.forEach((a, i) =>
    keys.slice(i + 1).forEach((b) => {
      const ratio = (priorities[a] ?? 2) / (priorities[b] ?? 2);
      judgements.push({ first: a, second: b, value: ratio >= 1 ? Math.round(ratio) : 1 / Math.round(1 / ratio) });
    }),
  );
  return judgements;
}

export interface FixtureRound {
  dossier: RoundDossier;
  /** What `computeRoundResults` was given, for the bench. */
  input: RoundResultsInput;
}

/** Builds the fixture round with its results computed by `computeRoundResults`. */
export function fixtureRound(options: FixtureOptions = {}): FixtureRound {
  const { partnerships: count = 13, assessorsPerMinistry = [2, 2, 1], seed = 2026 } = options;
  const random = seeded(seed);
  const partnerships = [
    ...fixturePartnerships.slice(0, count),
    ...Array.from({ length: Math.max(0, count - fixturePartnerships.length) }, (_, i) =>
      generatedPartnership(fixturePartnerships.length + i + 1),
    ),
  ];
  const catalogue = [...defaultCriteria(fixtureGoals), visibility];
  const keys = catalogue.map((c) => c.key);
  const judgements = judgementsOf(keys);
  const ahp = ahpWeightsFromJudgements(keys, judgements);
  const criteria: RoundCriterion[] = catalogue.map((c, i) => ({
    ...c,
    position: i + 1,
    rating: null,
    weight: ahp.weights[c.key]!,
  }));
  let userId = 100;
  const ministries: RoundMinistry[] = ministryTemplates.map((m, i) => ({
    ...m,
    assessors: Array.from({ length: assessorsPerMinistry[i]! }, (_, k) => ({
      userId: ++userId,
      displayName: `Bewertende Person ${k + 1} (${m.abbreviation})`,
    })),
  }));
  const scores = partnerships.flatMap((p) => scoresOf(p, criteria, ministries, random));
  const previousRanking: Ranking = Object.fromEntries(
    partnerships.flatMap((p) => (p.previousRank === null ? [] : [[p.key, p.previousRank]])),
  );
  const smaa = { seed: 20260211, samples: 10_000, concentration: 100 };
  const input: RoundResultsInput = {
    scaleMin: DEFAULT_SCALE.min,
    scaleMax: DEFAULT_SCALE.max,
    criteria: criteria.map((c) => ({ key: c.key, weight: c.weight })),
    partnerships: partnerships.map((p) => p.key),
    scores,
    assessors: ministries.reduce((n, m) => n + m.assessors.length, 0),
    smaa,
    previousRanking,
  };
  const dossier: RoundDossier = {
    round: {
      key: 'leitlinien-check-2026',
      name: 'Leitlinien-Check 2026',
      occasion: 'cabinet_decision',
      periodFrom: period.from,
      periodTo: period.to,
      scoringDeadline: '2026-04-30',
      reportDeadline: '2026-06-30',
      status: 'closed',
      scaleMin: DEFAULT_SCALE.min,
      scaleMax: DEFAULT_SCALE.max,
      weightMethod: 'ahp',
      judgements,
      consistencyRatio: ahp.consistencyRatio,
      smaa,
      previousRound: { key: 'partnerschaftsbilanz-2021', name: 'Partnerschaftsbilanz 2021' },
      correctsRound: null,
      correctedBy: null,
      scoringStartedAt: '2026-03-02T08:00:00.000Z',
      closedAt: '2026-06-15T12:30:00.000Z',
    },
    criteria,
    partnerships: partnerships.map((p) => ({
      key: p.key,
      name: p.name,
      nameEn: p.nameEn,
      kind: p.kind,
      statusAtStart: p.status,
      candidate: p.status === 'under_examination',
    })),
    ministries,
    results: computeRoundResults(input),
    evidence: Object.fromEntries(partnerships.map((p) => [p.key, fixtureEvidence(p, period, random)])),
    scores,
    recommendations: Object.fromEntries(
      partnerships.flatMap((p): [string, RoundRecommendationEntry][] =>
        p.recommendation
          ? [
              [
                p.key,
                {
                  partnership: p.key,
                  recommendation: p.recommendation.option,
                  justification: p.recommendation.justification,
                },
              ],
            ]
          : [],
      ),
    ),
    decisions: Object.fromEntries(fixtureDecisions(partnerships).map((d) => [d.partnership, d])),
  };
  return { dossier, input };
}

/** The fixture dossier alone (see {@link fixtureRound}). */
export const fixtureDossier = (options: FixtureOptions = {}): RoundDossier => fixtureRound(options).dossier;

function fixtureDecisions(partnerships: FixturePartnership[]): RoundDecisionEntry[] {
  const cabinet = { decidedOn: '2026-07-07', body: 'Kabinett' };
  const present = new Set(partnerships.map((p) => p.key));
  const decisions: RoundDecisionEntry[] = [
    { partnership: 'lazio', decision: 'continue', ...cabinet, note: 'MoU wird erneuert.', statusChangedTo: null },
    {
      partnership: 'flandern',
      decision: 'establish',
      ...cabinet,
      note: 'Gemeinsame Erklärung vorbereiten.',
      statusChangedTo: 'active',
    },
    { partnership: 'baschkortostan', decision: 'end', ...cabinet, note: '', statusChangedTo: 'ended' },
  ];
  return decisions.filter((d) => present.has(d.partnership));
}

/** What each assessor gives one partnership: its level, the criterion's fit, the ministry's view, some noise. */
function scoresOf(
  p: FixturePartnership,
  criteria: RoundCriterion[],
  ministries: RoundMinistry[],
  random: () => number,
): StoredScore[] {
  const fit = Object.fromEntries(criteria.map((c) => [c.key, criterionFit(p, c.key) + (random() - 0.5) * 1.4]));
  return ministries.flatMap((m) =>
    m.assessors.flatMap((a) =>
      criteria.map((c): StoredScore => {
        const noisy = c.key === 'kosteneffizienz' ? 1.2 : 0.6;
        const raw =
          p.level + fit[c.key]! + (m.key === 'smwa' && c.goalKey === 'Z3' ? 0.5 : 0) + (random() - 0.5) * 2 * noisy;
        const value =
          p.key === incompletePartnership && c.key === 'kosteneffizienz'
            ? null
            : Math.max(0, Math.min(4, Math.round(raw)));
        return {
          partnership: p.key,
          criterion: c.key,
          assessorUserId: a.userId,
          assessorName: a.displayName,
          ministry: m.key,
          value,
          justification: justificationOf(p, c, value),
          state: 'submitted',
        };
      }),
    ),
  );
}

/** Where a partnership is stronger or weaker than its level: the border goal for the neighbours, the political framework for the dormant ones. */
function criterionFit(p: FixturePartnership, criterion: string): number {
  if (p.status === 'dormant' && (criterion === 'intensitaet' || criterion === 'politischer-rahmen')) return -4;
  if (criterion === 'ziel-z1') return p.kind === 'cross_border' ? 0.8 : -1.5;
  if (criterion === 'ziel-z6') return p.key === 'charkiw' ? 0 : -1.2;
  if (criterion === 'politischer-rahmen') return 0.6;
  return 0;
}

function justificationOf(p: FixturePartnership, c: RoundCriterion, value: number | null): string {
  if (value === null) return 'Keine belastbaren Angaben zu Kosten und Personalaufwand im Bewertungszeitraum.';
  if (value === 2 && c.key !== 'kosteneffizienz') return '';
  const anchor = c.anchors.find((a) => a.value === value)?.label ?? '';
  const reasons: Record<string, string> = {
    intensitaet:
      p.status === 'dormant'
        ? 'Keine Kontakte seit Februar 2022.'
        : 'Die Arbeitsgruppe tagte im Bewertungszeitraum mehrfach.',
    akteure: 'Beteiligt waren u. a. Kammern, die TU Dresden und die Wirtschaftsförderung Sachsen.',
    kosteneffizienz: 'Aufwand < 50.000 € je Jahr & Ertrag in Projekten sichtbar.',
    'politischer-rahmen':
      p.status === 'dormant'
        ? 'Völkerrechtswidriger Angriffskrieg gegen die Ukraine seit 24.02.2022.'
        : 'Stabile Rahmenbedingungen, Interesse der Partnerseite.',
    schwerpunktsektoren: 'Zusammenarbeit vor allem in der Mikroelektronik.',
  };
  return `${anchor}. ${reasons[c.key] ?? 'Siehe die Aktivitäten des Bewertungszeitraums im Register.'}`;
}
