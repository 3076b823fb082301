import { sql, type SQL } from 'drizzle-orm';
import type { SearchType } from '../../core/search/facets.ts';

/**
 * What the search reads of one type.
 * - `rows`: a select in one shape: type, id, key, title, title_en, status, year, organiser (the
 *   facet values), date, visibility and owner_id (the visibility rule), doc (the German text
 *   vector), text (the text the vector is computed from, where it is computed per query) and
 *   body (the text a snippet is cut from).
 * - `inCountry`: whether the row `s` has a partner place or seat in a country.
 * - `countries`: the countries of the rows with the given ids (for the country facet).
 */
export interface SearchSource {
  rows: SQL;
  /** Computed per query (small tables); activities have a stored vector with a GIN index (migration 0004). */
  computed: boolean;
  /**
   * Where the vector holds more than the record's name (an activity's description, a document's
   * text): its name, so a match there ranks above a mere mention. Absent: the vector is the name.
   */
  heading?: SQL;
  inCountry?: (country: string) => SQL;
  countries?: (ids: number[]) => SQL;
}

const countryOf = (links: SQL, country: string) => sql`exists (select 1 from ${links} and pl.iso3166_1 = ${country})`;
const countriesOf = (type: SearchType, id: SQL, links: SQL, ids: number[]) =>
  sql`select distinct ${type}::text as type, ${id} as id, pl.iso3166_1::text as country
    from ${links} and ${id} = any(${sql.param(ids)}::int[]) and pl.iso3166_1 is not null`;

const activityPlaces = sql`activity_places ap join places pl on pl.id = ap.place_id where true`;
const partnershipPlaces = sql`partnership_places pp join places pl on pl.id = pp.place_id where true`;
const agreementPlaces = sql`agreements ag join partnership_places pp on pp.partnership_id = ag.partnership_id
  join places pl on pl.id = pp.place_id where true`;
const organisationPlaces = sql`organisations og join places pl on pl.id = og.place_id where true`;

const partnershipText = sql`p.name || ' ' || p.name_en || ' ' || coalesce((select string_agg(pl.name_de || ' ' || pl.name_en || ' ' || pl.name_local, ' ')
  from partnership_places pp join places pl on pl.id = pp.place_id where pp.partnership_id = p.id), '')`;
const agreementText = sql`g.title || ' ' || coalesce(p.name, '')`;
const measureText = sql`m.text || ' ' || coalesce(m.footnote, '')`;
const organisationText = sql`g.name || ' ' || coalesce(g.name_en, '') || ' ' || coalesce(g.abbreviation, '')`;

export const searchSources: Record<SearchType, SearchSource> = {
  activity: {
    computed: false,
    rows: sql`select 'activity'::text as type, a.id, a.id::text as key, a.title, null::text as title_en,
        a.status::text as status, left(a.starts_on, 4) as year, o.key as organiser,
        a.starts_on as date, a.visibility::text as visibility, a.organiser_id as owner_id,
        a.search as doc, null::text as text, a.description as body
      from activities a left join organisations o on o.id = a.organiser_id`,
    heading: sql`s.title`,
    inCountry: (c) => countryOf(sql`${activityPlaces} and ap.activity_id = s.id`, c),
    countries: (ids) => countriesOf('activity', sql`ap.activity_id`, activityPlaces, ids),
  },
  partnership: {
    computed: true,
    rows: sql`select 'partnership'::text as type, p.id, p.key, p.name as title, p.name_en as title_en,
        p.status::text as status, left(p.since, 4) as year, o.key as organiser,
        p.since as date, p.visibility::text as visibility, p.lead_organisation_id as owner_id,
        to_tsvector('german', ${partnershipText}) as doc, ${partnershipText} as text, null::text as body
      from partnerships p left join organisations o on o.id = p.lead_organisation_id`,
    inCountry: (c) => countryOf(sql`${partnershipPlaces} and pp.partnership_id = s.id`, c),
    countries: (ids) => countriesOf('partnership', sql`pp.partnership_id`, partnershipPlaces, ids),
  },
  agreement: {
    computed: true,
    rows: sql`select 'agreement'::text as type, g.id, g.key, g.title, null::text as title_en,
        null::text as status, left(g.signed_on, 4) as year, o.key as organiser,
        g.signed_on as date, coalesce(p.visibility::text, 'public') as visibility, p.lead_organisation_id as owner_id,
        to_tsvector('german', ${agreementText}) as doc, ${agreementText} as text, null::text as body
      from agreements g left join partnerships p on p.id = g.partnership_id
        left join organisations o on o.id = p.lead_organisation_id`,
    inCountry: (c) => countryOf(sql`${agreementPlaces} and ag.id = s.id`, c),
    countries: (ids) => countriesOf('agreement', sql`ag.id`, agreementPlaces, ids),
  },
  measure: {
    computed: true,
    rows: sql`select 'measure'::text as type, m.id, m.key, m.key as title, null::text as title_en,
        m.status::text as status, null::text as year, o.key as organiser,
        null::text as date, 'public'::text as visibility, m.lead_organisation_id as owner_id,
        to_tsvector('german', ${measureText}) as doc, ${measureText} as text, m.text as body
      from measures m left join organisations o on o.id = m.lead_organisation_id`,
  },
  organisation: {
    computed: true,
    rows: sql`select 'organisation'::text as type, g.id, g.key,
        coalesce(g.abbreviation || ' – ', '') || g.name as title,
        coalesce(g.abbreviation || ' – ', '') || g.name_en as title_en,
        null::text as status, null::text as year, null::text as organiser,
        null::text as date, 'public'::text as visibility, null::int as owner_id,
        to_tsvector('german', ${organisationText}) as doc, ${organisationText} as text, null::text as body
      from organisations g`,
    inCountry: (c) => countryOf(sql`${organisationPlaces} and og.id = s.id`, c),
    countries: (ids) => countriesOf('organisation', sql`og.id`, organisationPlaces, ids),
  },
  // A document of the source library: its stored vector (GIN index); its visibility and the
  // ministry that added it decide who finds it, as for every other record.
  source: {
    computed: false,
    rows: sql`select 'source'::text as type, d.id, d.key, d.title, null::text as title_en,
        null::text as status, left(d.published_on, 4) as year, null::text as organiser,
        d.published_on as date, d.visibility::text as visibility, d.organisation_id as owner_id,
        d.search as doc, null::text as text, d.content as body
      from source_documents d`,
    heading: sql`s.title`,
  },
};
