import { sql, type SQL } from 'drizzle-orm';
import type { SearchType } from '../../core/search/facets.ts';

const countriesOf = (links: SQL) =>
  sql`array(select distinct pl.iso3166_1::text from ${links} and pl.iso3166_1 is not null order by 1)`;

const partnershipPlaces = (partnershipId: SQL) =>
  sql`partnership_places pp join places pl on pl.id = pp.place_id where pp.partnership_id = ${partnershipId}`;

const partnerNames = sql`coalesce((select string_agg(pl.name_de || ' ' || pl.name_en || ' ' || pl.name_local, ' ')
  from ${partnershipPlaces(sql`p.id`)}), '')`;

/**
 * What the search reads of each type, in one row shape: type, id, key, title, title_en, status,
 * year, organiser, countries (the facet values), visibility and owner_id (the visibility rule),
 * doc (the German text vector) and body (the text a snippet is cut from). Activities have a
 * stored vector with a GIN index (migration 0004); the other tables are small, and their vectors
 * are computed per query.
 */
export const searchSources: Record<SearchType, SQL> = {
  activity: sql`select 'activity'::text as type, a.id, a.id::text as key, a.title, null::text as title_en,
      a.status::text as status, left(a.starts_on, 4) as year, o.key as organiser,
      ${countriesOf(sql`activity_places ap join places pl on pl.id = ap.place_id where ap.activity_id = a.id`)} as countries,
      a.starts_on as date, a.visibility::text as visibility, a.organiser_id as owner_id,
      a.search as doc, a.description as body
    from activities a left join organisations o on o.id = a.organiser_id`,
  partnership: sql`select 'partnership'::text as type, p.id, p.key, p.name as title, p.name_en as title_en,
      p.status::text as status, left(p.since, 4) as year, o.key as organiser,
      ${countriesOf(partnershipPlaces(sql`p.id`))} as countries,
      p.since as date, p.visibility::text as visibility, p.lead_organisation_id as owner_id,
      to_tsvector('german', p.name || ' ' || p.name_en || ' ' || ${partnerNames}) as doc, null::text as body
    from partnerships p left join organisations o on o.id = p.lead_organisation_id`,
  agreement: sql`select 'agreement'::text as type, g.id, g.key, g.title, null::text as title_en,
      null::text as status, left(g.signed_on, 4) as year, o.key as organiser,
      ${countriesOf(partnershipPlaces(sql`g.partnership_id`))} as countries,
      g.signed_on as date, coalesce(p.visibility::text, 'public') as visibility, p.lead_organisation_id as owner_id,
      to_tsvector('german', g.title || ' ' || coalesce(p.name, '')) as doc, null::text as body
    from agreements g left join partnerships p on p.id = g.partnership_id
      left join organisations o on o.id = p.lead_organisation_id`,
  measure: sql`select 'measure'::text as type, m.id, m.key, m.key as title, null::text as title_en,
      m.status::text as status, null::text as year, o.key as organiser, '{}'::text[] as countries,
      null::text as date, 'public'::text as visibility, m.lead_organisation_id as owner_id,
      to_tsvector('german', m.text || ' ' || coalesce(m.footnote, '')) as doc, m.text as body
    from measures m left join organisations o on o.id = m.lead_organisation_id`,
  organisation: sql`select 'organisation'::text as type, g.id, g.key,
      coalesce(g.abbreviation || ' – ', '') || g.name as title, coalesce(g.abbreviation || ' – ', '') || g.name_en as title_en,
      null::text as status, null::text as year, null::text as organiser,
      array(select pl.iso3166_1::text from places pl where pl.id = g.place_id and pl.iso3166_1 is not null) as countries,
      null::text as date, 'public'::text as visibility, null::int as owner_id,
      to_tsvector('german', g.name || ' ' || coalesce(g.name_en, '') || ' ' || coalesce(g.abbreviation, '')) as doc,
      null::text as body
    from organisations g`,
};
