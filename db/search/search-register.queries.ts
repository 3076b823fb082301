import { inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import type { FacetName, FacetSelection, SearchType } from '../../core/search/facets.ts';
import type { SearchQuery } from '../../core/search/search-query.ts';
import {
  highlightSegments,
  pageOfMatches,
  rankMatches,
  recordPath,
  summariseMatches,
  type FacetEntry,
  type MatchTotal,
  type TextSegment,
} from '../../core/search/search-results.ts';
import { withCompoundParts } from '../../core/search/compound-words.ts';
import { germanDictionary } from '../../core/sources/ocr-repair/german-dictionary.ts';
import { matchVisibleTo } from '../../core/access/search.policy.ts';
import { audienceOf } from '../../core/access/visibility.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { findSearchMatches, resolveTsquery, searchHighlights } from './search.queries.ts';

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
 * with highlighted titles and snippets, and the facets with their counts. A compound is also
 * looked for as its two words (`withCompoundParts`, with the German Hunspell dictionary).
 */
export async function searchRegister(
  db: Executor,
  actor: Actor,
  request: { query: SearchQuery; selection: FacetSelection; page: number },
): Promise<SearchOutcome> {
  if (request.query.clauses.length === 0) return { state: 'empty' };
  const query = withCompoundParts(request.query, await germanDictionary());
  const resolved = await resolveTsquery(db, query);
  if (resolved === null) return { state: 'nothingToFind' };
  const { tsquery } = resolved;
  const found = await findSearchMatches(db, {
    query: resolved,
    selection: request.selection,
    audience: audienceOf(actor),
  });
  const visible = found.matches.filter(matchVisibleTo(actor));
  const { total, facets } = summariseMatches(visible, found.cappedTypes);
  const shown = pageOfMatches(rankMatches(visible), request.page);
  const marked = await searchHighlights(db, tsquery, shown.rows);
  const hits = shown.rows.flatMap((m): SearchHit[] => {
    const h = marked.get(`${m.type}:${m.id}`);
    // A record deleted between the two reads is left out.
    if (!h) return [];
    return [
      {
        type: m.type,
        key: h.key,
        path: recordPath(m.type, h.key),
        title: highlightSegments(h.title),
        titleEn: h.titleEn === null ? null : highlightSegments(h.titleEn),
        snippet: h.body ? highlightSegments(h.body) : null,
        status: m.status,
        year: m.year,
        date: m.date,
        rank: m.rank,
      },
    ];
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
