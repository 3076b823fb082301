import { parseFacets, type FacetName, type FacetSelection } from './facets.ts';
import { parseSearchQuery, type SearchQuery, type SearchQueryIssue } from './search-query.ts';

/** A search as the URL states it: the query, the facets chosen, the page. */
export interface SearchRequest {
  /** What the field shows again: the query as read (a refused one cut to the longest accepted length). */
  q: string;
  /** The query as read, or null when it was refused (see `queryIssue`). */
  query: SearchQuery | null;
  queryIssue: SearchQueryIssue | null;
  selection: FacetSelection;
  facetIssues: { field: FacetName; value: string }[];
  page: number;
}

/**
 * Reads a search from URL parameters: `q`, one parameter per facet, and the page under
 * `pageParam` ("seite" on the pages, "page" in the API).
 */
export function parseSearchRequest(params: URLSearchParams, pageParam: string): SearchRequest {
  const raw = params.get('q') ?? '';
  const parsed = parseSearchQuery(raw);
  const { selection, issues } = parseFacets(params);
  const page = Number(params.get(pageParam) ?? '1');
  return {
    q: parsed.ok ? parsed.query.text : parsed.text,
    query: parsed.ok ? parsed.query : null,
    queryIssue: parsed.ok ? null : parsed.issue,
    selection,
    facetIssues: issues,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The URL parameters of a search, in a stable order (for links that add or remove one facet). */
export function searchParams(q: string, selection: FacetSelection, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [facet, value] of Object.entries(selection)) if (value) params.set(facet, value);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params;
}
