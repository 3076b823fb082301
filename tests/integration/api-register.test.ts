import { describe, expect, it } from 'vitest';
import { engines } from '../setup/test-database.ts';
import { useApi } from '../support/api.ts';

describe.each(engines)('the register API on %s', (engine) => {
  const { get } = useApi(engine);

  it('reports the Lazio MoU of 4 Oct 2021 as expired on 4 Oct 2026, renewing the 2016 agreement', async () => {
    const { status, body } = await get('/api/v1/partnerships/IT-62');
    expect(status).toBe(200);
    expect(body.key).toBe('lazio');
    expect(body.since).toBe('2016-10-18');
    const mou = body.agreements.find((a: { kind: string }) => a.kind === 'memorandum_of_understanding');
    expect(mou).toMatchObject({ signedOn: '2021-10-04', termMonths: 60, expiresOn: '2026-10-04', validity: 'expired' });
    expect(mou.renews).toBeTruthy();
    const original = body.agreements.find((a: { key: string }) => a.key === mou.renews);
    expect(original).toMatchObject({ signedOn: '2016-10-18', renewedBy: mou.key });
    expect(mou.citations.map((c: { source: string }) => c.source)).toContain('pm-2021-10-04-lazio');
    expect(body.workingGroups.map((w: { name: string }) => w.name)).toContain('Arbeitsgruppe Sachsen-Lazio');
  });

  it('keeps the Kharkiv declaration of intent: signed 27 Mar 2024 in Kyiv by Schenk and Iwanow', async () => {
    const { body } = await get('/api/v1/partnerships/UA-63');
    const doi = body.agreements.find((a: { kind: string }) => a.kind === 'declaration_of_intent');
    expect(doi).toMatchObject({ signedOn: '2024-03-27', signedAt: { iso: 'UA-30' } });
    const names = doi.signatories.map((s: { name: string }) => s.name).join(' ');
    expect(names).toMatch(/Oliver Schenk/);
    expect(names).toMatch(/Iwanow/);
  });

  it('has the Russian regions dormant since 24 Feb 2022 and never counts them as active', async () => {
    const { body } = await get('/api/v1/partnerships?status=dormant');
    expect(body.data.map((p: { places: { iso: string }[] }) => p.places[0]!.iso).sort()).toEqual([
      'RU-BA',
      'RU-SPE',
      'RU-TA',
    ]);
    for (const p of body.data) expect(p.active).toBe(false);
    const all = (await get('/api/v1/partnerships')).body;
    const activeKeys = all.data.filter((p: { active: boolean }) => p.active).map((p: { status: string }) => p.status);
    expect(new Set(activeKeys)).toEqual(new Set(['active']));
    expect(all.counts.active).toBe(all.counts.byStatus.active);
    expect(all.counts.byStatus.dormant).toBe(3);
    const detail = (await get('/api/v1/partnerships/RU-TA')).body;
    expect(detail.statusHistory.at(-1)).toMatchObject({ to: 'dormant', effectiveOn: '2022-02-24' });
    expect(detail.statusHistory.at(-1).citations[0].source).toBe('strategie-2025');
  });

  it('lists every partnership the strategy names, with kind and status', async () => {
    const { body } = await get('/api/v1/partnerships');
    const by = (kind: string, status?: string) =>
      body.data
        .filter((p: { kind: string; status: string }) => p.kind === kind && (!status || p.status === status))
        .flatMap((p: { places: { iso: string | null; key: string }[] }) => p.places.map((pl) => pl.iso ?? pl.key));
    expect(by('cross_border', 'active').sort()).toEqual(['CZ', 'PL-02', 'PL-08']);
    expect(by('regional', 'active').sort()).toEqual(['AE-AZ', 'AT-3', 'AT-4', 'CA-QC', 'CN-HB', 'IT-62', 'UA-63']);
    expect(by('regional', 'under_examination').sort()).toEqual([
      'BE-VLG',
      'ES-AN',
      'FR',
      'IN-TN',
      'greater-manchester',
    ]);
    expect(by('administrative_cooperation').sort()).toEqual(['CZ-41', 'CZ-42', 'CZ-51']);
    expect(by('liaison_office')).toHaveLength(2);
    for (const p of body.data) expect(p.citations.length).toBeGreaterThan(0);
  });

  it('finds a partnership by the withdrawn ISO code too (Poland before 2018)', async () => {
    expect((await get('/api/v1/partnerships/PL-DS')).body.places[0].iso).toBe('PL-02');
    expect((await get('/api/v1/places/PL-LB')).body).toMatchObject({ iso3166_2: 'PL-08', formerIsoCodes: ['PL-LB'] });
  });

  it('keeps both claims where the sources disagree on the French region', async () => {
    const { body } = await get('/api/v1/partnerships?country=FR');
    expect(body.data).toHaveLength(1);
    expect(body.data[0].openConflicts).toBeGreaterThan(0);
    const detail = (await get(`/api/v1/partnerships/${body.data[0].key}`)).body;
    const claims = detail.conflicts.flatMap(
      (c: { claims: { citations: { source: string }[]; place: { iso: string } | null }[] }) => c.claims,
    );
    expect(claims.map((c: { place: { iso: string } | null }) => c.place?.iso)).toEqual(
      expect.arrayContaining(['FR', 'FR-OCC']),
    );
    expect(claims.flatMap((c: { citations: { source: string }[] }) => c.citations.map((x) => x.source))).toEqual(
      expect.arrayContaining(['strategie-2025', 'zeitung-2026-02-12-leitlinien']),
    );
  });

  it('gives Greater Manchester no ISO code and every place names in de, en and the local language', async () => {
    const { body } = await get('/api/v1/places');
    const gm = body.data.find((p: { key: string }) => p.key === 'greater-manchester');
    expect(gm).toMatchObject({ iso3166_2: null, iso3166_1: 'GB' });
    for (const p of body.data) expect(p.nameDe && p.nameEn && p.nameLocal).toBeTruthy();
  });

  it('lists the ministries with their abbreviations', async () => {
    const { body } = await get('/api/v1/organisations?kind=ministry');
    expect(body.data.length).toBeGreaterThanOrEqual(8);
    expect(body.data.map((o: { abbreviation: string }) => o.abbreviation)).toEqual(
      expect.arrayContaining(['SMWK', 'SMI']),
    );
  });

  it('answers unknown ids with 404 problem+json', async () => {
    const res = await get('/api/v1/partnerships/atlantis');
    expect(res.status).toBe(404);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found', detail: expect.stringContaining('atlantis') });
    expect((await get('/api/v1/organisations/nobody')).status).toBe(404);
    expect((await get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('answers bad query parameters with 400 naming the parameter', async () => {
    const res = await get('/api/v1/partnerships?status=sleeping');
    expect(res.status).toBe(400);
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(res.body.errors[0].pointer).toBe('status');
    expect(res.body.detail).toMatch(/status/);
    const country = await get('/api/v1/partnerships?country=Poland');
    expect(country.body.errors[0].pointer).toBe('country');
    const unknown = await get('/api/v1/partnerships?colour=red');
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/colour/);
    expect((await get('/api/v1/measures?instrument=VIII1')).body.errors[0].pointer).toBe('instrument');
  });

  it('serves an OpenAPI 3.1 document describing the endpoints', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/strategy',
        '/api/v1/measures',
        '/api/v1/partnerships',
        '/api/v1/partnerships/{ref}',
        '/api/v1/places',
        '/api/v1/organisations',
      ]),
    );
  });
});
