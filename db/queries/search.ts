import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/accounts/actor.ts';
import {
  facetNames,
  typesFor,
  type FacetName,
  type FacetSelection,
  type SearchType,
} from '../../core/search/facets.ts';
import type { SearchQuery, SearchTerm } from '../../core/search/search-query.ts';
import {
  highlightSegments,
  MATCH_CAP,
  pageOfMatches,
  rankMatches,
  recordPath,
  summariseMatches,
  type FacetEntry,
  type MatchTotal,
  type SearchMatch,
  type TextSegment,
} from '../../core/search/search-results.ts';
import { matchVisibleTo, searchAudience, type SearchAudience } from '../../core/search/search-visibility.ts';
import type { Visibility } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { searchSources } from './search-sources.ts';

const rowsOf = async <T>(db: Executor, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * The German tsquery of a query: every term in each of its spellings (joined by OR), the user's
 * ORs and exclusions, all terms required. Each term goes to the database as a parameter and is
 * parsed by plainto_tsquery or phraseto_tsquery, which accept any text without error.
 */
export function tsqueryOf(query: SearchQuery): SQL {
  const term = (t: SearchTerm) => {
    const forms = sql.join(
      t.forms.map((f) =>
        t.kind === 'phrase' ? sql`phraseto_tsquery('german', ${f})` : sql`plainto_tsquery('german', ${f})`,
      ),
      sql` || `,
    );
    return t.negated ? sql`(!!(${forms}))` : sql`(${forms})`;
  };
  return sql.join(
    query.clauses.map((clause) => sql`(${sql.join(clause.map(term), sql` || `)})`),
    sql` && `,
  );
}

/**
 * The query as the database reads it (tsquery text), or null when nothing in it can be looked
 * up in the index: only stop words ("der", "und"), or only exclusions once those are dropped.
 */
export async function resolveTsquery(db: Executor, query: SearchQuery): Promise<string | null> {
  const [row] = await rowsOf<{ q: string; tree: string }>(
    db,
    sql`select q::text as q, querytree(q) as tree from (select ${tsqueryOf(query)} as q) s`,
  );
  return row && row.tree !== 'T' && row.tree !== '' ? row.q : null;
}

const visibleTo = (audience: SearchAudience): SQL => {
  if (audience.kind === 'public') return sql`s.visibility = 'public'`;
  if (audience.kind === 'everything') return sql`true`;
  if (audience.ownOrganisationId === null) return sql`s.visibility <> 'restricted'`;
  return sql`(s.visibility <> 'restricted' or s.owner_id = ${audience.ownOrganisationId})`;
};

const facetFilter: Record<Exclude<FacetName, 'type'>, (value: string) => SQL> = {
  status: (v) => sql`s.status = ${v}`,
  year: (v) => sql`s.year = ${v}`,
  country: (v) => sql`${v}::text = any(s.countries)`,
  organiser: (v) => sql`s.organiser = ${v}`,
};

interface MatchRow {
  type: SearchType;
  id: number;
  key: string;
  title: string;
  title_en: string | null;
  status: string | null;
  year: string | null;
  organiser: string | null;
  countries: string[];
  date: string | null;
  visibility: Visibility;
  owner_id: number | null;
  rank: number;
}

/**
 * The matches of each type the selection leaves, visible to the audience, each type cut after
 * MATCH_CAP + 1 rows (the extra row only tells that there are more). The cut is taken before any
 * ordering, so the database reads no more than that many rows of a type however many match.
 */
export async function findSearchMatches(
  db: Executor,
  args: { tsquery: string; selection: FacetSelection; audience: SearchAudience },
): Promise<{ matches: SearchMatch[]; cappedTypes: SearchType[] }> {
  const q = sql`${args.tsquery}::tsquery`;
  const filters = facetNames
    .filter((f): f is Exclude<FacetName, 'type'> => f !== 'type')
    .flatMap((f) => (args.selection[f] ? [facetFilter[f](args.selection[f])] : []));
  const types = typesFor(args.selection);
  if (types.length === 0) return { matches: [], cappedTypes: [] };
  const parts = types.map(
    (type) => sql`(select s.type, s.id, s.key, s.title, s.title_en, s.status, s.year, s.organiser, s.countries,
        s.date, s.visibility, s.owner_id, ts_rank(s.doc, ${q}) as rank
      from (${searchSources[type]}) s
      where s.doc @@ ${q} and ${visibleTo(args.audience)}${sql.join(
        filters.map((f) => sql` and ${f}`),
        sql``,
      )}
      limit ${MATCH_CAP + 1})`,
  );
  const rows = await rowsOf<MatchRow>(db, sql.join(parts, sql` union all `));
  const byType = new Map<SearchType, MatchRow[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row]);
  const cappedTypes = [...byType].filter(([, list]) => list.length > MATCH_CAP).map(([type]) => type);
  const matches = [...byType.values()].flatMap((list) =>
    list.slice(0, MATCH_CAP).map((r): SearchMatch => ({
      type: r.type,
      id: r.id,
      key: r.key,
      title: r.title,
      titleEn: r.title_en,
      status: r.status,
      year: r.year,
      organiser: r.organiser,
      countries: r.countries,
      date: r.date,
      visibility: r.visibility,
      ownerOrganisationId: r.owner_id,
      rank: Number(r.rank),
    })),
  );
  return { matches, cappedTypes };
}

const HIGHLIGHT_MARKS = sql`'StartSel=' || chr(1) || ', StopSel=' || chr(2)`;
const clean = (column: SQL) => sql`translate(${column}, chr(1) || chr(2), '')`;

/** The title (every matched word marked) and a snippet of the body (the best passages) of each hit. */
export async function searchHighlights(
  db: Executor,
  tsquery: string,
  hits: readonly { type: SearchType; id: number }[],
): Promise<Map<string, { title: string; titleEn: string | null; body: string | null }>> {
  const out = new Map<string, { title: string; titleEn: string | null; body: string | null }>();
  if (hits.length === 0) return out;
  const q = sql`${tsquery}::tsquery`;
  const whole = sql`'HighlightAll=true, ' || ${HIGHLIGHT_MARKS}`;
  const passages = sql`'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", ' || ${HIGHLIGHT_MARKS}`;
  const types = [...new Set(hits.map((h) => h.type))];
  const parts = types.map((type) => {
    const ids = hits.filter((h) => h.type === type).map((h) => h.id);
    return sql`(select s.type, s.id,
        ts_headline('german', ${clean(sql`s.title`)}, ${q}, ${whole}) as title,
        case when s.title_en is null then null else ts_headline('german', ${clean(sql`s.title_en`)}, ${q}, ${whole}) end as title_en,
        case when s.body is null then null else ts_headline('german', ${clean(sql`s.body`)}, ${q}, ${passages}) end as body
      from (${searchSources[type]}) s
      where s.id in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}))`;
  });
  const rows = await rowsOf<{
    type: SearchType;
    id: number;
    title: string;
    title_en: string | null;
    body: string | null;
  }>(db, sql.join(parts, sql` union all `));
  for (const r of rows) out.set(`${r.type}:${r.id}`, { title: r.title, titleEn: r.title_en, body: r.body });
  return out;
}

/** One result as a page or the API shows it. */
export interface SearchHit {
  type: SearchType;
  key: string;
  /** The page of the record, or null where it has none. */
  path: string | null;
  title: TextSegment[];
  titleEn: TextSegment[] | null;
  snippet: TextSegment[] | null;
  status: string | null;
  year: string | null;
  date: string | null;
  rank: number;
}

export type SearchOutcome =
  | { state: 'empty' }
  | { state: 'nothingToFind' }
  | {
      state: 'results';
      tsquery: string;
      total: MatchTotal;
      facets: Record<FacetName, FacetEntry[]>;
      page: number;
      pages: number;
      hits: SearchHit[];
    };

/**
 * The search of the pages and the API: the matches the actor may see, ranked, one page of them
 * with highlighted titles and snippets, and the facets with their counts.
 */
export async function searchRegister(
  db: Executor,
  actor: Actor,
  request: { query: SearchQuery; selection: FacetSelection; page: number },
): Promise<SearchOutcome> {
  if (request.query.clauses.length === 0) return { state: 'empty' };
  const tsquery = await resolveTsquery(db, request.query);
  if (tsquery === null) return { state: 'nothingToFind' };
  const found = await findSearchMatches(db, { tsquery, selection: request.selection, audience: searchAudience(actor) });
  const visible = found.matches.filter(matchVisibleTo(actor));
  const { total, facets } = summariseMatches(visible, found.cappedTypes);
  const shown = pageOfMatches(rankMatches(visible), request.page);
  const marked = await searchHighlights(db, tsquery, shown.rows);
  const hits = shown.rows.map((m): SearchHit => {
    const h = marked.get(`${m.type}:${m.id}`);
    return {
      type: m.type,
      key: m.key,
      path: recordPath(m.type, m.key),
      title: highlightSegments(h?.title ?? m.title),
      titleEn: m.titleEn === null ? null : highlightSegments(h?.titleEn ?? m.titleEn),
      snippet: h?.body ? highlightSegments(h.body) : null,
      status: m.status,
      year: m.year,
      date: m.date,
      rank: m.rank,
    };
  });
  return { state: 'results', tsquery, total, facets, page: shown.page, pages: shown.pages, hits };
}

/** "SMWK – Sächsisches Staatsministerium für …" for each organisation key given (the organiser facet's labels). */
export async function organisationLabels(
  db: Executor,
  keys: readonly string[],
  english = false,
): Promise<Record<string, string>> {
  if (keys.length === 0) return {};
  const rows = await db
    .select({
      key: t.organisations.key,
      name: english ? sql<string>`coalesce(${t.organisations.nameEn}, ${t.organisations.name})` : t.organisations.name,
      abbreviation: t.organisations.abbreviation,
    })
    .from(t.organisations)
    .where(inArray(t.organisations.key, [...keys]));
  return Object.fromEntries(rows.map((o) => [o.key, o.abbreviation ? `${o.abbreviation} – ${o.name}` : o.name]));
}
