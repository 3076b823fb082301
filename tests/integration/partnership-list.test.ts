import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, PUBLIC } from '../../core/access/actor.ts';
import {
  filterPartnerships,
  isCountryCode,
  listOptions,
  parseListQuery,
  sortPartnerships,
} from '../../core/partnerships/partnership-list.ts';
import type { PartnershipRecord } from '../../core/partnerships/partnership.types.ts';
import { renewalChains } from '../../core/partnerships/renewal-chain.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import {
  findVisiblePartnerships,
  getVisiblePartnership,
  partnerCountries,
} from '../../db/partnerships/visible-partnerships.queries.ts';
import { createTestDatabase } from '../setup/test-database.ts';

let handle: DatabaseHandle;
let all: PartnershipRecord[];
let countries: Map<number, string[]>;
const countriesOf = (p: { id: number }) => countries.get(p.id) ?? [];
const reader: Actor = { kind: 'user', userId: 1, label: 'reader', role: 'reader', organisationId: null };

beforeAll(async () => {
  handle = await createTestDatabase('pglite');
  await handle.db.update(t.partnerships).set({ visibility: 'internal' }).where(eq(t.partnerships.key, 'abu-dhabi'));
  all = await findVisiblePartnerships(handle.db, PUBLIC);
  countries = await partnerCountries(
    handle.db,
    all.map((p) => p.id),
  );
});
afterAll(async () => handle?.close());

const list = (query: string) => {
  const options = listOptions(all, countriesOf);
  const parsed = parseListQuery(new URLSearchParams(query), {
    sectors: options.sectors.map((s) => s.key),
    leads: options.leads.map((l) => l.key),
  });
  const rows = sortPartnerships(filterPartnerships(all, parsed.query, countriesOf), parsed.query.sort, (p) => p.name);
  return { keys: rows.map((p) => p.key), issues: parsed.issues };
};

describe('the partnership list', () => {
  it('shares the visibility rule with the API: the public does not see internal records, internal users do', async () => {
    expect(all.map((p) => p.key)).not.toContain('abu-dhabi');
    expect((await findVisiblePartnerships(handle.db, reader)).map((p) => p.key)).toContain('abu-dhabi');
    await expect(getVisiblePartnership(handle.db, PUBLIC, 'abu-dhabi')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getVisiblePartnership(handle.db, reader, 'AE-AZ')).key).toBe('abu-dhabi');
  });

  it('filters by kind and status: the dormant regional partnerships are exactly the Russian regions', () => {
    expect(list('kind=regional&status=dormant')).toEqual({
      keys: ['baschkortostan', 'st-petersburg', 'tatarstan'],
      issues: [],
    });
  });

  it('filters by the country of a region, by sector and by lead ministry', () => {
    expect(list('country=it').keys).toEqual(['lazio']);
    expect(list('country=GB').keys).toEqual(['greater-manchester']);
    expect(list('sector=wiederaufbau').keys).toEqual(['charkiw']);
    expect(list('lead=sk&sector=kunst-und-kultur').keys).toEqual(['lazio']);
  });

  it('refuses values that do not exist, names the field and applies the other filters', () => {
    const { keys, issues } = list('status=schlafend&kind=regional&country=XX&sector=raumfahrt&lead=nasa&sort=zufall');
    expect(issues.map((i) => [i.field, i.value])).toEqual([
      ['status', 'schlafend'],
      ['country', 'XX'],
      ['sector', 'raumfahrt'],
      ['lead', 'nasa'],
      ['sort', 'zufall'],
    ]);
    expect(keys).toContain('lazio');
    expect(keys.every((k) => all.find((p) => p.key === k)!.kind === 'regional')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('EU')).toBe(false);
  });

  it('sorts in German order, by start (undated last) and by status (active first)', () => {
    const byName = list('').keys.map((k) => all.find((p) => p.key === k)!.name);
    expect(byName).toEqual([...byName].sort(new Intl.Collator('de').compare));
    const since = list('sort=since').keys.map((k) => all.find((p) => p.key === k)!.since);
    expect(since[0]).toBe('1992');
    expect(since.at(-1)).toBeNull();
    expect(since.indexOf(null)).toBeGreaterThan(since.lastIndexOf('2024-03-27'));
    const statuses = list('sort=status').keys.map((k) => all.find((p) => p.key === k)!.status);
    expect(statuses.indexOf('dormant')).toBeGreaterThan(statuses.lastIndexOf('active'));
    expect(statuses.indexOf('under_examination')).toBeGreaterThan(statuses.lastIndexOf('dormant'));
  });
});

describe('renewal chains', () => {
  it('runs from the Lazio agreement of 2016 to the MoU of 2021 that renews it', () => {
    const lazio = all.find((p) => p.key === 'lazio')!;
    expect(renewalChains(lazio.agreements).map((c) => c.map((a) => a.key))).toEqual([['lazio-2016', 'lazio-2021']]);
  });

  it('keeps separate agreements apart and survives a broken circular record', () => {
    const a = (key: string, renews: string | null, renewedBy: string | null) => ({ key, renews, renewedBy });
    expect(
      renewalChains([
        a('x', null, null),
        a('y1', null, 'y2'),
        a('y2', 'y1', null),
        a('c1', 'c2', 'c2'),
        a('c2', 'c1', 'c1'),
      ]).map((c) => c.map((x) => x.key)),
    ).toEqual([['x'], ['y1', 'y2'], ['c1', 'c2']]);
  });
});
