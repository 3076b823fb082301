import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PlaceRef } from '../../core/partnerships/partnership.types.ts';
import type { PlaceKind } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import { places } from '../schema.ts';

export const placeRefColumns = {
  id: places.id,
  key: places.key,
  kind: places.kind,
  iso: sql<
    string | null
  >`coalesce(${places.iso3166_2}, case when ${places.kind} = 'country' then ${places.iso3166_1} end)`,
  name: places.nameDe,
  nameEn: places.nameEn,
};

export async function placeRefsById(db: Executor, ids: number[]): Promise<Map<number, PlaceRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select(placeRefColumns).from(places).where(inArray(places.id, ids));
  return new Map(rows.map(({ id, ...ref }) => [id, ref]));
}

export interface PlaceFilter {
  kind?: PlaceKind | undefined;
  country?: string | undefined;
  key?: string;
}

/** Places with codes, names and map point; ordered by German name. */
export async function findPlaces(db: Executor, filter: PlaceFilter = {}) {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(places.kind, filter.kind));
  if (filter.country) where.push(eq(places.iso3166_1, filter.country));
  if (filter.key) where.push(eq(places.key, filter.key));
  const parent = db.select({ id: places.id, key: places.key }).from(places).as('parent');
  const rows = await db
    .select({
      key: places.key,
      kind: places.kind,
      iso3166_1: places.iso3166_1,
      iso3166_2: places.iso3166_2,
      formerIsoCodes: places.formerIsoCodes,
      nuts: places.nuts,
      wikidata: places.wikidata,
      parent: parent.key,
      nameDe: places.nameDe,
      nameEn: places.nameEn,
      nameLocal: places.nameLocal,
      localLang: places.localLang,
      lat: places.lat,
      lon: places.lon,
    })
    .from(places)
    .leftJoin(parent, eq(parent.id, places.parentId))
    .where(and(...where))
    .orderBy(asc(places.nameDe));
  return rows.map(({ lat, lon, ...p }) => ({ ...p, point: lat !== null && lon !== null ? { lat, lon } : null }));
}

/** A place by key, current ISO code or a withdrawn one (PL-DS finds Lower Silesia). */
export async function findPlaceByRef(db: Executor, ref: string) {
  const code = ref.toUpperCase();
  const [row] = await db
    .select({ id: places.id, key: places.key })
    .from(places)
    .where(
      or(
        eq(places.key, ref),
        eq(places.iso3166_2, code),
        sql`${code} = any(${places.formerIsoCodes})`,
        and(eq(places.kind, 'country'), eq(places.iso3166_1, code)),
      ),
    )
    .limit(1);
  return row ?? null;
}
