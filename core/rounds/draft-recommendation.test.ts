import { describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '../shared/vocabulary.ts';
import { draftRecommendation, draftRecommendations, type DraftRecommendation } from './draft-recommendation.ts';
import { computeRoundResults } from './round-results.ts';
import type { PartnershipEvidence, RoundDossier, StoredScore } from './round.types.ts';

/** Scores 0–4 per criterion, given by each listed ministry (one assessor each). */
type Given = Record<string, Record<string, (number | null)[]>>;

const CRITERIA = ['ziel-z4', 'schwerpunktsektoren', 'politischer-rahmen', 'kosteneffizienz'];
const NAMES: Record<string, string> = {
  'ziel-z4': 'Wirtschaft',
  schwerpunktsektoren: 'Schwerpunktsektoren',
  'politischer-rahmen': 'Politischer Rahmen',
  kosteneffizienz: 'Kosteneffizienz',
};

function dossierOf(
  statuses: Record<string, PartnershipStatus>,
  given: Given,
  options: { criteria?: string[]; evidence?: Record<string, PartnershipEvidence> } = {},
): RoundDossier {
  const criteria = options.criteria ?? CRITERIA;
  const ministries = ['smwa', 'smwk'];
  const scores: StoredScore[] = Object.entries(given).flatMap(([partnership, byCriterion]) =>
    Object.entries(byCriterion).flatMap(([criterion, values]) =>
      values.flatMap((value, i) =>
        value === null
          ? []
          : [
              {
                partnership,
                criterion,
                assessorUserId: i + 1,
                assessorName: `Person ${i}`,
                ministry: ministries[i]!,
                value,
                scored: true,
                justification: 'Begründung',
                state: 'submitted' as const,
              },
            ],
      ),
    ),
  );
  const keys = Object.keys(statuses);
  const results = computeRoundResults({
    scaleMin: 0,
    scaleMax: 4,
    criteria: criteria.map((key) => ({ key, weight: 1 / criteria.length })),
    partnerships: keys,
    scores,
    assessors: 2,
    smaa: { seed: 7, samples: 2000, concentration: 100 },
    previousRanking: null,
  });
  return {
    round: { name: 'Leitlinien-Check 2026' } as RoundDossier['round'],
    criteria: criteria.map((key, position) => ({
      key,
      name: NAMES[key] ?? key,
      nameEn: null,
      guidance: '',
      guidanceEn: null,
      anchors: [],
      goalKey: null,
      position,
      rating: null,
      weight: 1 / criteria.length,
      basis: null,
    })),
    partnerships: keys.map((key) => ({
      key,
      name: key,
      nameEn: key,
      kind: 'regional',
      statusAtStart: statuses[key]!,
      candidate: statuses[key] === 'under_examination',
    })),
    ministries: [
      { key: 'smwa', name: 'Wirtschaftsministerium', abbreviation: 'SMWA', assessors: [] },
      { key: 'smwk', name: 'Wissenschaftsministerium', abbreviation: 'SMWK', assessors: [] },
    ],
    results,
    evidence: options.evidence ?? {},
    scores,
    recommendations: {},
    decisions: {},
  };
}

/** Every criterion scored the same by both ministries, unless named otherwise. */
const flat = (value: number, overrides: Record<string, (number | null)[]> = {}, criteria = CRITERIA) =>
  Object.fromEntries(criteria.map((c) => [c, overrides[c] ?? [value, value]]));

/** The draft with the narrow and no-break spaces of Intl's formats as plain spaces, for comparing. */
const plain = (draft: DraftRecommendation) => ({
  ...draft,
  justification: { de: draft.justification.de.replace(/\s/g, ' '), en: draft.justification.en.replace(/\s/g, ' ') },
});

describe('drafting a recommendation', () => {
  it('suggests continuing a strong partnership and names its strengths, rank and robustness', () => {
    const dossier = dossierOf(
      { lazio: 'active', quebec: 'active' },
      { lazio: flat(3, { 'ziel-z4': [4, 4], kosteneffizienz: [1, 1] }), quebec: flat(1) },
    );
    const draft = plain(draftRecommendation(dossier, 'lazio')!);
    expect(draft).toMatchObject({ suggestion: 'continue', rule: 'continue' });
    expect(draft.justification.de).toContain('Rang 1 von 2 mit 68,8 von 100 Punkten (Abdeckung 100 %)');
    expect(draft.justification.de).toContain('Stärken: Wirtschaft; Schwerpunktsektoren; Politischer Rahmen.');
    expect(draft.justification.de).toContain('Schwächen: Kosteneffizienz.');
    expect(draft.justification.de).toMatch(/behält die Partnerschaft Rang 1 mit einer Wahrscheinlichkeit von 100 %/);
    expect(draft.justification.en).toContain('Rank 1 of 2 with 68.8 out of 100 points');
    expect(draft.justification.en).toContain('Suggested: continue and deepen');
  });

  it('suggests conversion below 0.5 when the priority sectors score well, otherwise ending', () => {
    const dossier = dossierOf(
      { a: 'active', b: 'active' },
      { a: flat(1, { schwerpunktsektoren: [3, 3] }), b: flat(1) },
    );
    expect(draftRecommendation(dossier, 'a')).toMatchObject({ suggestion: 'convert_sectoral' });
    expect(draftRecommendation(dossier, 'b')).toMatchObject({ suggestion: 'end', rule: 'end' });
  });

  it('decides a dormant partnership by the political framework, and keeps it dormant without that criterion', () => {
    const dossier = dossierOf(
      { tatarstan: 'dormant', perm: 'dormant' },
      { tatarstan: flat(0, { 'politischer-rahmen': [2, 3] }), perm: flat(4, { 'politischer-rahmen': [1, 0] }) },
    );
    expect(draftRecommendation(dossier, 'tatarstan')).toMatchObject({ suggestion: 'examine_reactivation' });
    // A high score overall never reactivates without a political framework for it.
    expect(draftRecommendation(dossier, 'perm')).toMatchObject({ suggestion: 'keep_dormant', rule: 'keep-dormant' });
    const other = ['ziel-z4', 'kosteneffizienz'];
    const without = dossierOf(
      { tatarstan: 'dormant', perm: 'dormant' },
      { tatarstan: flat(4, {}, other), perm: flat(1, {}, other) },
      { criteria: other },
    );
    const draft = draftRecommendation(without, 'tatarstan')!;
    expect(draft).toMatchObject({ suggestion: 'keep_dormant', rule: 'keep-dormant-no-criterion' });
    expect(draft.justification.de).toContain('kein Kriterium zum politischen Rahmen');
  });

  it('falls back to ending below 0.5 when the round has no criterion on the priority sectors, and says so', () => {
    const other = ['ziel-z4', 'kosteneffizienz'];
    const dossier = dossierOf(
      { a: 'active', b: 'active' },
      { a: flat(1, {}, other), b: flat(3, {}, other) },
      { criteria: other },
    );
    const draft = draftRecommendation(dossier, 'a')!;
    expect(draft).toMatchObject({ suggestion: 'end', rule: 'end-no-criterion' });
    expect(draft.justification.en).toContain('no criterion on the priority sectors');
  });

  it('suggests establishing a candidate from 0.6 only', () => {
    const dossier = dossierOf(
      { charkiw: 'under_examination', kandidat: 'under_examination' },
      { charkiw: flat(3), kandidat: flat(2, { 'ziel-z4': [3, 3] }) },
    );
    expect(draftRecommendation(dossier, 'charkiw')).toMatchObject({ suggestion: 'establish' });
    // 0.5625 lies above the threshold for continuing but below the one for establishing.
    expect(draftRecommendation(dossier, 'kandidat')).toMatchObject({ suggestion: 'not_establish' });
  });

  it('makes no suggestion without a complete score and names the missing criteria', () => {
    const dossier = dossierOf(
      { lazio: 'active', quebec: 'active', hubei: 'active' },
      { lazio: flat(3), quebec: flat(2), hubei: flat(2, { kosteneffizienz: [null, null] }) },
    );
    const draft = draftRecommendation(dossier, 'hubei')!;
    expect(draft).toMatchObject({ suggestion: null, rule: 'no-score' });
    expect(draft.justification.de).toContain('es fehlen Punkte für Kosteneffizienz');
    expect(draft.justification.de).not.toMatch(/Rang \d/);
    expect(Object.keys(draftRecommendations(dossier))).toEqual(['lazio', 'quebec', 'hubei']);
    expect(draftRecommendation(dossier, 'atlantis')).toBeNull();
  });

  it('names a large spread between the ministries, with decimal commas in German', () => {
    const dossier = dossierOf(
      { lazio: 'active', quebec: 'active' },
      { lazio: flat(0, Object.fromEntries(CRITERIA.map((c) => [c, [1, 4]]))), quebec: flat(1) },
    );
    const draft = plain(draftRecommendation(dossier, 'lazio')!);
    expect(draft.justification.de).toContain('von 25 (SMWA) bis 100 Punkten (SMWK)');
    expect(draft.justification.de).toContain('62,5 von 100');
  });

  it('states the evidence of the register in one sentence', () => {
    const evidence: PartnershipEvidence = {
      partnership: 'lazio',
      period: { from: '2022-01-01', to: '2025-12-31' },
      activities: { total: 12, byGoal: [], byInstrument: [], byMinistry: [], recent: [] },
      workingGroups: [{ name: 'Gemischte Arbeitsgruppe', meetings: 3, lastMeeting: '2025-05-03' }],
      agreements: [
        {
          key: 'lazio-2021',
          title: 'MoU Sachsen–Latium',
          signedOn: '2021-10-04',
          expiresOn: '2026-10-04',
          validity: 'valid',
        },
        {
          key: 'lazio-2016',
          title: 'Erklärung 2016',
          signedOn: '2016-10-18',
          expiresOn: '2021-10-18',
          validity: 'expired',
        },
      ],
      sectors: [],
      stakeholders: [],
      spentCents: 4_500_000,
      activitiesWithAmount: 4,
      statusHistory: [],
    };
    const dossier = dossierOf(
      { lazio: 'active', quebec: 'active' },
      { lazio: flat(3), quebec: flat(1) },
      { evidence: { lazio: evidence } },
    );
    const { de, en } = plain(draftRecommendation(dossier, 'lazio')!).justification;
    expect(de).toContain(
      '12 Aktivitäten im Zeitraum; letzte Sitzung der Arbeitsgruppe 3. Mai 2025; Vereinbarung „MoU Sachsen–Latium“ befristet bis 4. Oktober 2026; 45.000 € ausgegeben (laut 4 Aktivitäten mit Angabe).',
    );
    expect(en).toContain('12 activities in the period; last working-group meeting');
  });
});
