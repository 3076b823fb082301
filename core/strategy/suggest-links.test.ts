import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suggestStrategyLinks, type SuggestionActivity, type SuggestionStrategy } from './suggest-links.ts';

interface StrategyFile {
  goals: { key: string; title: string }[];
  instruments: { numeral: string; title: string; measures: { key: string; text: string }[] }[];
  focusDesignations: { field: SuggestionStrategy['focus'][number]['field']; items: { label: string; place?: string }[] }[];
}
const file = parse(readFileSync(new URL('../../strategy/sachsen-2025.yaml', import.meta.url), 'utf8')) as StrategyFile;
const strategy: SuggestionStrategy = {
  goals: file.goals,
  instruments: file.instruments,
  measures: file.instruments.flatMap((i) => i.measures.map((m) => ({ ...m, instrument: i.numeral }))),
  focus: file.focusDesignations.flatMap((f) =>
    f.items.filter((i) => i.place).map((i) => ({ field: f.field, iso: i.place!, label: i.label })),
  ),
};
const seeded = parse(readFileSync(new URL('../../db/seed/activities.yaml', import.meta.url), 'utf8')) as {
  key: string;
  kind: SuggestionActivity['kind'];
  title: string;
  description?: string;
}[];
const press = (name: string) =>
  readFileSync(new URL(`../../../shared/extraction-dev/documents/${name}.txt`, import.meta.url), 'utf8');

const suggest = (a: Partial<SuggestionActivity>) =>
  suggestStrategyLinks({ kind: null, title: '', description: '', partnership: null, sectors: [], ...a }, strategy);
const keys = (s: { key: string }[]) => s.map((x) => x.key);
const seed = (key: string) => {
  const a = seeded.find((s) => s.key === key)!;
  return { kind: a.kind, title: a.title, description: a.description ?? '' };
};

describe('suggesting what an activity serves', () => {
  it('suggests the delegation-travel measure for a delegation trip, because the text and the kind say so', () => {
    const s = suggest({
      kind: 'delegation_trip',
      title: 'Wirtschaftsminister Martin Dulig vernetzt kanadische und sächsische Akteure der Wasserstoffindustrie',
      description: press('kanada-2022-dulig-wasserstoff'),
      partnership: null,
    });
    expect(keys(s.measures)).toContain('III-03');
    expect(s.measures.find((m) => m.key === 'III-03')!.reasons).toContainEqual({ type: 'kind', kind: 'delegation_trip' });
    expect(keys(s.instruments)).toContain('III');
    expect(keys(s.goals)).toContain('Z4');
  });

  it('suggests receiving foreign delegations for the Hubei delegation received in Dresden', () => {
    const s = suggest({
      kind: 'delegation_received',
      title: 'Staatsminister Schmidt trifft Delegation aus Partnerregion Hubei',
      description: press('hubei-2023-delegation-dresden'),
      partnership: { kind: 'regional', places: [{ iso: 'CN-HB', name: 'Hubei', country: 'China' }] },
    });
    expect(keys(s.measures)).toContain('III-04');
    expect(keys(s.instruments)).toEqual(expect.arrayContaining(['II', 'III']));
    expect(s.instruments.find((i) => i.key === 'II')!.reasons).toContainEqual({ type: 'partnership', kind: 'regional' });
  });

  it('suggests the border goal and instrument for the Saxon-Czech working group', () => {
    const s = suggest({
      kind: 'working_group_meeting',
      title: 'Sächsisch-Tschechische Sitzung in Prag',
      description: press('cz-arbeitsgruppe-2025-32-sitzung'),
      partnership: { kind: 'cross_border', places: [{ iso: 'CZ', name: 'Tschechien', country: null }] },
    });
    expect(keys(s.goals)).toContain('Z1');
    expect(s.goals.find((g) => g.key === 'Z1')!.reasons).toContainEqual({ type: 'place', place: 'Tschechien' });
    expect(keys(s.instruments)).toContain('I');
  });

  it('suggests the conference instrument and the science goal for the trilateral science platform', () => {
    const s = suggest({
      kind: 'conference',
      title: 'Ministerpräsident nimmt an Wissenschaftsplattform teil',
      description: press('konferenz-2021-wissenschaftsplattform'),
    });
    expect(keys(s.instruments)).toContain('VII');
    expect(s.instruments.find((i) => i.key === 'VII')!.reasons).toContainEqual({ type: 'kind', kind: 'conference' });
    expect(keys(s.goals)).toContain('Z4');
  });

  it('suggests delegation travel and the science conference for the seeded Warsaw trip', () => {
    const s = suggest(seed('reise-schenk-warschau-2024'));
    expect(keys(s.measures)).toEqual(expect.arrayContaining(['III-03', 'VII-01']));
    expect(s.measures.find((m) => m.key === 'VII-01')!.reasons).toContainEqual({
      type: 'word',
      word: 'Wissenschaftskonferenz',
    });
  });

  it('suggests the goals of the fields the seeded Lazio memorandum names', () => {
    const s = suggest({
      ...seed('unterzeichnung-lazio-2021'),
      partnership: { kind: 'regional', places: [{ iso: 'IT-62', name: 'Latium', country: 'Italien' }] },
      sectors: ['Wirtschaft', 'Bildung', 'Wissenschaft', 'Kunst und Kultur'],
    });
    expect(keys(s.goals)).toEqual(expect.arrayContaining(['Z4', 'Z5']));
    expect(keys(s.instruments)).toEqual(expect.arrayContaining(['II', 'IV', 'V']));
  });

  it('names the hydrogen conference when the text names hydrogen and a conference', () => {
    const s = suggest({ kind: 'conference', title: 'Internationale Wasserstoffkonferenz in Leipzig' });
    expect(keys(s.measures)[0]).toBe('VII-03');
    expect(s.measures[0]!.reasons).toContainEqual({ type: 'word', word: 'Wasserstoffkonferenz' });
  });

  it('suggests the border goal for a partner in Poland, naming the country', () => {
    const s = suggest({
      kind: 'delegation_trip',
      title: 'Delegationsreise nach Breslau',
      partnership: { kind: 'cross_border', places: [{ iso: 'PL-02', name: 'Niederschlesien', country: 'Polen' }] },
    });
    expect(s.goals.find((g) => g.key === 'Z1')!.reasons).toEqual([{ type: 'place', place: 'Polen' }]);
    expect(keys(s.measures)).toEqual(expect.arrayContaining(['III-03', 'III-15']));
  });

  it('suggests nothing for a text that names nothing of the strategy', () => {
    const s = suggest({ kind: 'signing', title: 'Termin', description: 'Ein Treffen.' });
    expect(s).toEqual({ goals: [], instruments: [], measures: [] });
  });

  it('suggests development cooperation for a partner the strategy names as its focus', () => {
    const s = suggest({
      kind: 'project',
      title: 'Schulbau',
      partnership: { kind: 'regional', places: [{ iso: 'UG', name: 'Uganda', country: null }] },
    });
    expect(s.instruments.find((i) => i.key === 'VI')!.reasons).toContainEqual({
      type: 'focus',
      field: 'development_cooperation',
      place: 'Uganda',
    });
    expect(keys(s.measures)).toContain('VI-03');
  });
});
