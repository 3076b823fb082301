import { sql } from 'drizzle-orm';
import { char, check, doublePrecision, index, integer, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, ref } from './columns.schema.ts';
import { organisationKind, placeKind } from './enums.schema.ts';

/** Countries, subnational regions, cities and macro regions, with their codes and a map point. */
export const places = pgTable(
  'places',
  {
    id: id(),
    key: text('key').notNull().unique(),
    kind: placeKind('kind').notNull(),
    iso3166_1: char('iso3166_1', { length: 2 }),
    iso3166_2: text('iso3166_2').unique(),
    formerIsoCodes: text('former_iso_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nuts: text('nuts'),
    wikidata: text('wikidata').unique(),
    parentId: integer('parent_id').references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    nameDe: text('name_de').notNull(),
    nameEn: text('name_en').notNull(),
    nameLocal: text('name_local').notNull(),
    localLang: text('local_lang').notNull(),
    /** Further names a text may use: older names, other languages, adjectives ("tschechisch"). */
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
  },
  (t) => [
    check('places_iso3166_1_format', sql`${t.iso3166_1} ~ '^[A-Z]{2}$'`),
    check('places_iso3166_2_format', sql`${t.iso3166_2} ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$'`),
    check('places_iso3166_2_in_country', sql`${t.iso3166_2} is null or left(${t.iso3166_2}, 2) = ${t.iso3166_1}`),
    check('places_country_has_code', sql`${t.kind} <> 'country' or ${t.iso3166_1} is not null`),
    check('places_nuts_format', sql`${t.nuts} ~ '^[A-Z]{2}[0-9A-Z]{0,3}$'`),
    check('places_wikidata_format', sql`${t.wikidata} ~ '^Q[1-9][0-9]*$'`),
    check('places_lat_range', sql`${t.lat} between -90 and 90`),
    check('places_lon_range', sql`${t.lon} between -180 and 180`),
    check('places_point_complete', sql`(${t.lat} is null) = (${t.lon} is null)`),
    check('places_not_own_parent', sql`${t.parentId} <> ${t.id}`),
    index('places_parent_idx').on(t.parentId),
    index('places_iso3166_1_idx').on(t.iso3166_1),
    index('places_former_iso_codes_idx').using('gin', t.formerIsoCodes),
  ],
);

/** Ministries, authorities, agencies, chambers, universities, NGOs and partner-side bodies. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    key: text('key').notNull().unique(),
    kind: organisationKind('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    abbreviation: text('abbreviation'),
    parentId: integer('parent_id').references((): AnyPgColumn => organisations.id, { onDelete: 'restrict' }),
    placeId: ref('place_id', () => places.id),
  },
  (t) => [
    check('organisations_not_own_parent', sql`${t.parentId} <> ${t.id}`),
    index('organisations_kind_idx').on(t.kind),
    index('organisations_parent_idx').on(t.parentId),
    index('organisations_place_idx').on(t.placeId),
    index('organisations_abbreviation_idx').on(t.abbreviation),
  ],
);

/** The sector vocabulary shared by partnerships and activities. */
export const sectors = pgTable('sectors', {
  id: id(),
  key: text('key').notNull().unique(),
  nameDe: text('name_de').notNull(),
  nameEn: text('name_en').notNull(),
});
