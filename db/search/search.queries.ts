import { sql, type SQL } from 'drizzle-orm';
import { typesFor, type FacetSelection, type SearchType } from '../../core/search/facets.ts';
import {
  PREFIX_MIN_LENGTH,
  termAlternatives,
  type SearchQuery,
  type SearchTerm,
} from '../../core/search/search-query.ts';
import { MATCH_CAP, type SearchMatch } from '../../core/search/search-results.ts';
import type { Audience } from '../../core/access/visibility.ts';
import type { Visibility } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import { prefilterSql } from './search-prefilter.queries.ts';
import { audienceSql } from '../shared/visible-records.queries.ts';
import { rowsOf } from '../shared/raw-rows.queries.ts';
import { searchSources } from './search-sources.queries.ts';

/**
 * A word's tsquery that also matches the words it begins: each of its lexemes of at least
 * PREFIX_MIN_LENGTH letters becomes a prefix ('fachkraft' → 'fachkraft':*). German writes
 * compounds as one word, so "Fachkräfte" finds "Fachkräfteallianz" and "Wasserstoff" finds
 * "Wasserstoffkonferenz"; and a word being typed ("Lazi") finds the word it will be ("Lazio").
 * The stemmer only removes endings, so a stem is always a prefix of the words it came from.
 * Shorter lexemes ("eu") stay exact: as prefixes they would match far too many words.
 */
const prefixTsquery = (form: string) =>
  sql`regexp_replace(plainto_tsquery('german', ${form})::text, '''((?:[^'']|''''){${sql.raw(String(PREFIX_MIN_LENGTH))},})''', '''\\1'':*', 'g')::tsquery`;

/**
 * The German tsquery of a query: every term in each of its spellings (joined by OR), the user's
 * ORs and exclusions, all terms required. Each term goes to the database as a parameter and is
 * parsed by plainto_tsquery or phraseto_tsquery, which accept any text without error. A word
 * also matches the compounds and the longer words it begins (see `prefixTsquery`); a phrase
 * matches as written.
 */
export function tsqueryOf(query: SearchQuery): SQL {
  const term = (t: SearchTerm) => {
    const forms = sql.join(
      [
        ...t.forms.map((f) => (t.kind === 'phrase' ? sql`phraseto_tsquery('german', ${f})` : prefixTsquery(f))),
        ...(t.parts ?? []).map((p) => sql`plainto_tsquery('german', ${p})`),
      ],
      sql` || `,
    );
    return t.negated ? sql`(!!(${forms}))` : sql`(${forms})`;
  };
  return sql.join(
    query.clauses.map((clause) => sql`(${sql.join(clause.map(term), sql` || `)})`),
    sql` && `,
  );
}

/** A query as the database reads it. */
export interface ResolvedQuery {
  /** The tsquery, as text. */
  tsquery: string;
  /** Per clause, the lexemes of each spelling of each term; null for a clause with an exclusion. */
  lexemes: (string[][] | null)[];
}

/**
 * The query as the database reads it, or null when nothing in it can be looked up in the index:
 * only stop words ("der", "und"), or only exclusions once those are dropped.
 */
export async function resolveTsquery(db: Executor, query: SearchQuery): Promise<ResolvedQuery | null> {
  const forms = query.clauses.flatMap((clause) => clause.flatMap(termAlternatives));
  const [row] = await rowsOf<{ q: string; tree: string; lexemes: string[][] | string }>(
    db,
    sql`select q::text as q, querytree(q) as tree,
        (select json_agg(tsvector_to_array(to_tsvector('german', f)) order by n)
          from (values ${sql.join(
            forms.map((f, n) => sql`(${n}, ${f}::text)`),
            sql`, `,
          )}) v(n, f)) as lexemes
      from (select ${tsqueryOf(query)} as q) s`,
  );
  if (!row || row.tree === 'T' || row.tree === '') return null;
  const flat: string[][] = typeof row.lexemes === 'string' ? JSON.parse(row.lexemes) : row.lexemes;
  let next = 0;
  const lexemes = query.clauses.map((clause) => {
    const alternatives = clause.flatMap((term) => termAlternatives(term).map(() => flat[next++]!));
    return clause.some((term) => term.negated) ? null : alternatives;
  });
  return { tsquery: row.q, lexemes };
}

const visibleTo = (audience: Audience): SQL =>
  audienceSql(audience, { visibility: sql`s.visibility`, owner: sql`s.owner_id` }) ?? sql`true`;

interface MatchRow {
  type: SearchType;
  id: number;
  status: string | null;
  year: string | null;
  organiser: string | null;
  date: string | null;
  visibility: Visibility;
  owner_id: number | null;
  rank: number;
  in_title: boolean;
}

/**
 * The query for the matches of each type the selection leaves, visible to the audience, each
 * type cut after MATCH_CAP + 1 rows (the extra row only tells that there are more). The cut is
 * taken before any ordering, so the database reads no more than that many rows of a type
 * however many match. Null when the selection leaves no type.
 */
export function searchMatchesQuery(args: {
  query: ResolvedQuery;
  selection: FacetSelection;
  audience: Audience;
}): SQL | null {
  const q = sql`${args.query.tsquery}::tsquery`;
  const { status, year, country, organiser } = args.selection;
  const types = typesFor(args.selection);
  if (types.length === 0) return null;
  const parts = types.map((type) => {
    const source = searchSources[type];
    const where = [
      source.computed ? prefilterSql(sql`s.text`, args.query.lexemes) : null,
      sql`s.doc @@ ${q}`,
      visibleTo(args.audience),
      status ? sql`s.status = ${status}` : null,
      year ? sql`s.year = ${year}` : null,
      organiser ? sql`s.organiser = ${organiser}` : null,
      country ? source.inCountry!(country) : null,
    ].filter((c): c is SQL => c !== null);
    return sql`(select s.type, s.id, s.status, s.year, s.organiser, s.date, s.visibility, s.owner_id,
        ts_rank(s.doc, ${q}) as rank,
        ${source.heading ? sql`to_tsvector('german', ${source.heading}) @@ ${q}` : sql`true`} as in_title
      from (${source.rows}) s
      where ${sql.join(where, sql` and `)}
      limit ${MATCH_CAP + 1})`;
  });
  return sql.join(parts, sql` union all `);
}

/** The partner or seat countries of matches, by "type:id". */
async function countriesOf(db: Executor, matches: readonly { type: SearchType; id: number }[]) {
  const out = new Map<string, string[]>();
  const parts = [...new Set(matches.map((m) => m.type))].flatMap((type) => {
    const countries = searchSources[type].countries;
    const ids = matches.filter((m) => m.type === type).map((m) => m.id);
    return countries ? [sql`(${countries(ids)})`] : [];
  });
  if (parts.length === 0) return out;
  const rows = await rowsOf<{ type: SearchType; id: number; country: string }>(db, sql.join(parts, sql` union all `));
  for (const r of rows) {
    const key = `${r.type}:${r.id}`;
    out.set(key, [...(out.get(key) ?? []), r.country].sort());
  }
  return out;
}

/** The matches (see `searchMatchesQuery`), at most MATCH_CAP per type, and the types that had more. */
export async function findSearchMatches(
  db: Executor,
  args: { query: ResolvedQuery; selection: FacetSelection; audience: Audience },
): Promise<{ matches: SearchMatch[]; cappedTypes: SearchType[] }> {
  const query = searchMatchesQuery(args);
  if (query === null) return { matches: [], cappedTypes: [] };
  const rows = await rowsOf<MatchRow>(db, query);
  const byType = new Map<SearchType, MatchRow[]>();
  for (const row of rows) {
    const list = byType.get(row.type);
    if (list) list.push(row);
    else byType.set(row.type, [row]);
  }
  const cappedTypes = [...byType].filter(([, list]) => list.length > MATCH_CAP).map(([type]) => type);
  const kept = [...byType.values()].flatMap((list) => list.slice(0, MATCH_CAP));
  const countries = await countriesOf(db, kept);
  const matches = kept.map((r): SearchMatch => ({
    type: r.type,
    id: r.id,
    status: r.status,
    year: r.year,
    organiser: r.organiser,
    countries: countries.get(`${r.type}:${r.id}`) ?? [],
    date: r.date,
    visibility: r.visibility,
    ownerOrganisationId: r.owner_id,
    rank: Number(r.rank),
    inTitle: r.in_title === true || String(r.in_title) === 't',
  }));
  return { matches, cappedTypes };
}

const HIGHLIGHT_MARKS = sql`'StartSel=' || chr(1) || ', StopSel=' || chr(2)`;
const clean = (column: SQL) => sql`translate(${column}, chr(1) || chr(2), '')`;

/** The text a hit is shown with: its key, its title (every matched word marked) and a snippet of its body. */
export interface HitText {
  key: string;
  title: string;
  titleEn: string | null;
  body: string | null;
}

/** The key, the marked title and a snippet of the body (the best passages) of each hit, by "type:id". */
export async function searchHighlights(
  db: Executor,
  tsquery: string,
  hits: readonly { type: SearchType; id: number }[],
): Promise<Map<string, HitText>> {
  const out = new Map<string, HitText>();
  if (hits.length === 0) return out;
  const q = sql`${tsquery}::tsquery`;
  const whole = sql`'HighlightAll=true, ' || ${HIGHLIGHT_MARKS}`;
  const passages = sql`'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ' || ${HIGHLIGHT_MARKS}`;
  const types = [...new Set(hits.map((h) => h.type))];
  const parts = types.map((type) => {
    const ids = hits.filter((h) => h.type === type).map((h) => h.id);
    return sql`(select s.type, s.id, s.key,
        ts_headline('german', ${clean(sql`s.title`)}, ${q}, ${whole}) as title,
        case when s.title_en is null then null else ts_headline('german', ${clean(sql`s.title_en`)}, ${q}, ${whole}) end as title_en,
        case when s.body is null then null else ts_headline('german', ${clean(sql`s.body`)}, ${q}, ${passages}) end as body
      from (${searchSources[type].rows}) s
      where s.id = any(${sql.param(ids)}::int[]))`;
  });
  const rows = await rowsOf<{
    type: SearchType;
    id: number;
    key: string;
    title: string;
    title_en: string | null;
    body: string | null;
  }>(db, sql.join(parts, sql` union all `));
  for (const r of rows) out.set(`${r.type}:${r.id}`, { key: r.key, title: r.title, titleEn: r.title_en, body: r.body });
  return out;
}
