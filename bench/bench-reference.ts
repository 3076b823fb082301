import type { SingleBar } from 'cli-progress';
import type { Random } from './rng.ts';
import type { SqlClient } from './sql.ts';
import type { Scale, scales } from './bench-data-set.ts';

export interface Place {
  id: number;
  key: string;
  kind: string;
  name: string;
  country: string | null;
}
export interface Org {
  id: number;
  name: string;
  kind: string;
  saxon: boolean;
}
export interface Partnership {
  id: number;
  name: string;
  places: number[];
}
export interface Measure {
  id: number;
  instrumentId: number;
  text: string;
}

/** What the generator builds on: the seeded register and the current strategy. */
export async function readReference(sql: SqlClient) {
  const places = await sql.query<Place>(
    `select id, key, kind::text as kind, name_de as name, iso3166_1 as country from places order by id`,
  );
  const saxony = places.find((p) => p.key === 'DE-SN');
  if (!saxony) throw new Error('the seeded register has no place DE-SN');
  const foreignPlaces = places.filter((p) => p.country !== 'DE' && p.kind !== 'macro_region');
  const orgRows = await sql.query<{ id: number; name: string; kind: string; place: string | null }>(
    `select o.id, o.name, o.kind::text as kind, p.iso3166_1 as place from organisations o left join places p on p.id = o.place_id order by o.id`,
  );
  const saxonKinds = new Set(['state_chancellery', 'ministry', 'state_authority', 'agency', 'interministerial_body']);
  const orgs: Org[] = orgRows.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    saxon: saxonKinds.has(o.kind) || o.place === 'DE',
  }));
  const pRows = await sql.query<{ id: number; name: string }>(
    `select id, name from partnerships order by (status = 'active') desc, id`,
  );
  const pp = await sql.query<{ partnership_id: number; place_id: number }>(
    `select partnership_id, place_id from partnership_places order by partnership_id, position`,
  );
  const partnerships: Partnership[] = pRows.map((p) => ({
    ...p,
    places: pp.filter((x) => x.partnership_id === p.id).map((x) => x.place_id),
  }));
  const sectors = await sql.query<{ id: number; name: string }>(`select id, name_de as name from sectors order by id`);
  const version = `(select id from strategy_versions order by id desc limit 1)`;
  const goals = await sql.query<{ id: number; title: string }>(
    `select id, title from goals where strategy_version_id = ${version} order by position`,
  );
  const instruments = await sql.query<{ id: number; title: string }>(
    `select id, title from instruments where strategy_version_id = ${version} order by position`,
  );
  const measures = await sql.query<Measure>(
    `select id, instrument_id as "instrumentId", text from measures where strategy_version_id = ${version} order by id`,
  );
  if (goals.length === 0 || measures.length === 0) throw new Error('the seeded register has no strategy');
  const measuresByInstrument = new Map<number, Measure[]>();
  for (const m of measures)
    measuresByInstrument.set(m.instrumentId, [...(measuresByInstrument.get(m.instrumentId) ?? []), m]);
  const [maxIds] = await sql.query<Record<string, number>>(
    `select ${[
      'organisations',
      'partnerships',
      'partnership_status_changes',
      'activities',
      'source_documents',
      'citations',
    ]
      .map((t) => `(select coalesce(max(id), 0)::int from ${t}) as ${t}`)
      .join(', ')}`,
  );
  return {
    saxony,
    foreignPlaces,
    partnerPlaces: foreignPlaces.filter((p) => p.kind === 'region' || p.kind === 'country'),
    placeName: new Map(places.map((p) => [p.id, p.name])),
    orgs,
    partnerships,
    sectors,
    sectorNames: sectors.map((s) => s.name),
    goals,
    instruments,
    measures,
    measuresByInstrument,
    maxIds: maxIds as Record<
      'organisations' | 'partnerships' | 'partnership_status_changes' | 'activities' | 'source_documents' | 'citations',
      number
    >,
  };
}

export type Reference = Awaited<ReturnType<typeof readReference>>;

/** What each step of the generator works with. */
export interface GenerationStep {
  tx: SqlClient;
  random: Random;
  ref: Reference;
  size: (typeof scales)[Scale];
  rows: Record<string, number>;
  bar: SingleBar;
}
