import { join } from 'node:path';
import type { Gazetteer } from '../../core/sources/fact.ts';
import { buildGazetteer, type PlaceRecord } from '../../core/sources/extraction/gazetteer.ts';
import type { Executor } from '../client.ts';
import { readDataFile } from '../seed/data-file.ts';
import { organisationsFileSchema, placesFileSchema } from '../seed/files.schemas.ts';
import { organisations, places } from '../schema.ts';

/**
 * The gazetteer the extraction reads documents with: every place of the register with its names
 * and aliases, and every organisation by name and abbreviation (two queries).
 */
export async function loadGazetteer(db: Executor): Promise<Gazetteer> {
  const placeRows = await db
    .select({
      id: places.id,
      parentId: places.parentId,
      key: places.key,
      kind: places.kind,
      iso3166_1: places.iso3166_1,
      iso3166_2: places.iso3166_2,
      nameDe: places.nameDe,
      nameEn: places.nameEn,
      nameLocal: places.nameLocal,
      aliases: places.aliases,
      lat: places.lat,
      lon: places.lon,
    })
    .from(places)
    .orderBy(places.key);
  const keyOf = new Map(placeRows.map((p) => [p.id, p.key]));
  const orgRows = await db
    .select({
      key: organisations.key,
      kind: organisations.kind,
      name: organisations.name,
      nameEn: organisations.nameEn,
      abbreviation: organisations.abbreviation,
    })
    .from(organisations)
    .orderBy(organisations.key);
  const records: PlaceRecord[] = placeRows.map((p) => ({
    key: p.key,
    kind: p.kind,
    iso3166_1: p.iso3166_1,
    iso3166_2: p.iso3166_2,
    parentKey: p.parentId === null ? null : (keyOf.get(p.parentId) ?? null),
    names: { de: p.nameDe, en: p.nameEn, local: p.nameLocal },
    aliases: p.aliases,
    point: p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null,
  }));
  return buildGazetteer(records, orgRows);
}

/**
 * The same gazetteer read from the seed files (db/seed/places.yaml, organisations.yaml), for the
 * extraction's tests and the benchmark, which run without a database.
 */
export function gazetteerFromSeedFiles(seedDir: string): Gazetteer {
  const placeFile = readDataFile(join(seedDir, 'places.yaml'), placesFileSchema);
  const orgFile = readDataFile(join(seedDir, 'organisations.yaml'), organisationsFileSchema);
  return buildGazetteer(
    placeFile.data.map((p) => ({
      key: p.key,
      kind: p.kind,
      iso3166_1: p.iso3166_1 ?? null,
      iso3166_2: p.iso3166_2 ?? null,
      parentKey: p.parent ?? null,
      names: p.names,
      aliases: p.aliases ?? [],
      point: p.point ?? null,
    })),
    orgFile.data.map((o) => ({
      key: o.key,
      kind: o.kind,
      name: o.name,
      nameEn: o.nameEn ?? null,
      abbreviation: o.abbreviation ?? null,
    })),
  );
}
