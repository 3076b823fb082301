import { describe, expect, it } from 'vitest';
import { engines } from '../setup/test-database.ts';
import { useApi } from '../support/api.ts';

/** Counts read off the strategy text: every bullet under a measure-introducing sentence. */
const MEASURES_PER_INSTRUMENT = { I: 12, II: 9, III: 15, IV: 11, V: 11, VI: 3, VII: 5 };

describe.each(engines)('the strategy API on %s', (engine) => {
  const api = useApi(engine);
  const get = async (url: string) => (await api.get(url)).body;

  it('holds six goals and seven instruments with every measure of the document', async () => {
    const s = await get('/api/v1/strategy');
    expect(s.goals).toHaveLength(6);
    expect(s.goals[0].title).toBe(
      'Transformation des Grenzraums mit Polen und Tschechien zu einem europäischen Verflechtungsraum',
    );
    expect(s.instruments.map((i: { numeral: string }) => i.numeral)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
    ]);
    expect(
      Object.fromEntries(
        s.instruments.map((i: { numeral: string; measures: unknown[] }) => [i.numeral, i.measures.length]),
      ),
    ).toEqual(MEASURES_PER_INSTRUMENT);
    expect(s.measureCount).toBe(66);
    expect(s.adoptedOn).toBe('2025-10');
  });

  it('takes the commitment level from the sentence that introduces each list', async () => {
    const s = await get('/api/v1/strategy');
    const iii = s.instruments.find((i: { numeral: string }) => i.numeral === 'III');
    expect(iii.subAreas.map((a: { title: string }) => a.title)).toEqual([
      'Außenwirtschaft',
      'Internationale Ansiedlungen in Sachsen',
      'Fachkräfte',
    ]);
    const bySubArea = (key: string) =>
      iii.measures
        .filter((m: { subArea: string }) => m.subArea === key)
        .map((m: { commitment: string }) => m.commitment);
    expect(new Set(bySubArea('III-A'))).toEqual(new Set(['sollen']));
    expect(new Set(bySubArea('III-B'))).toEqual(new Set(['sollen']));
    expect(new Set(bySubArea('III-C'))).toEqual(new Set(['werden']));
    const others = s.instruments
      .filter((i: { numeral: string }) => i.numeral !== 'III')
      .flatMap((i: { measures: { commitment: string }[] }) => i.measures.map((m) => m.commitment));
    expect(new Set(others)).toEqual(new Set(['koennten']));
  });

  it('cites the source passage of every measure, in correct German', async () => {
    const { data } = await get('/api/v1/measures');
    expect(data).toHaveLength(66);
    for (const m of data) {
      expect(m.citation).toMatchObject({ source: 'strategie-2025' });
      expect(m.text).not.toMatch(
        /\b(fiir|flir|AuRen|Starkung|MaBnahme|Malnahme|Neilke|Prifung|Fortflhrung|Férderung)\b/,
      );
    }
    expect(data.map((m: { text: string }) => m.text)).toEqual(
      expect.arrayContaining([expect.stringContaining('Neiße-Film-Festival')]),
    );
    const smwk = data.filter(
      (m: { leadOrganisation: { abbreviation: string } | null }) => m.leadOrganisation?.abbreviation === 'SMWK',
    );
    expect(smwk.length).toBeGreaterThanOrEqual(1);
  });

  it('filters measures by instrument and commitment', async () => {
    expect((await get('/api/v1/measures?instrument=VII')).data).toHaveLength(5);
    expect((await get('/api/v1/measures?commitment=sollen')).data).toHaveLength(8);
  });

  it('records the focus designations the text makes', async () => {
    const s = await get('/api/v1/strategy');
    const field = (f: string) => s.focusDesignations.filter((d: { field: string }) => d.field === f);
    expect(
      field('skilled_worker_countries')
        .map((d: { place: { iso: string } | null }) => d.place?.iso)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['EG', 'IN', 'MX', 'VN', 'KG', 'UZ']));
    expect(
      field('trade_partners')
        .map((d: { place: { iso: string } | null }) => d.place?.iso)
        .sort(),
    ).toEqual(['AE', 'CA', 'CN', 'JP', 'KR', 'SG', 'TW', 'US']);
    expect(field('dialogue_formats')).toHaveLength(5);
    expect(field('sectoral_partnership_sectors').length).toBeGreaterThanOrEqual(9);
  });
});
