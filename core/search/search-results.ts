import type { Visibility } from '../shared/vocabulary.ts';
import { countFacets, facetNames, searchTypes, type FacetName, type FacetValues, type SearchType } from './facets.ts';

/**
 * Matches read per type. Beyond it the search says "more than 1,000" and ranks the first 1,000
 * matches the index yields, instead of ranking (and reading) every one of tens of thousands.
 */
export const MATCH_CAP = 1000;

/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;

/** One record the query matched, as read for ranking, facets and the visibility check (its text is read for the page shown only). */
export interface SearchMatch extends FacetValues {
  id: number;
  /** The date the record is known by (start, signing, beginning), at its precision. */
  date: string | null;
  rank: number;
  /** The query matches the record's name or title, not only its description or text. */
  inTitle: boolean;
  visibility: Visibility;
  /** The lead or organising ministry, for the visibility rule. */
  ownerOrganisationId: number | null;
}

/** Records that no longer stand: a cancelled activity, an ended partnership, a discontinued measure. */
const RETIRED: Partial<Record<SearchType, string>> = {
  activity: 'cancelled',
  partnership: 'ended',
  measure: 'discontinued',
};
export const isRetired = (m: Pick<SearchMatch, 'type' | 'status'>): boolean =>
  m.status !== null && RETIRED[m.type] === m.status;

/**
 * The order among records the query names: the partnership before the agreements, activities
 * and documents that bear its name, the measure before what reports on it.
 */
const NAMED_ORDER: readonly SearchType[] = [
  'partnership',
  'agreement',
  'measure',
  'organisation',
  'activity',
  'source',
];

/**
 * Best match first: live records before cancelled, ended and discontinued ones; records whose
 * name or title the query matches before those that merely mention it, and among those the
 * partnership first (see NAMED_ORDER); then the text rank, the more recent, the order of the
 * types, the newer record.
 */
export function rankMatches<T extends SearchMatch>(matches: readonly T[]): T[] {
  const tier = (m: SearchMatch) => (isRetired(m) ? 2 : 0) + (m.inTitle ? 0 : 1);
  return [...matches].sort(
    (a, b) =>
      tier(a) - tier(b) ||
      (a.inTitle ? NAMED_ORDER.indexOf(a.type) - NAMED_ORDER.indexOf(b.type) : 0) ||
      b.rank - a.rank ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      searchTypes.indexOf(a.type) - searchTypes.indexOf(b.type) ||
      b.id - a.id,
  );
}

/** How many matches there are: exact, or "more than" when a type reached the cap. */
export interface MatchTotal {
  count: number;
  capped: boolean;
}

/** One value of a facet: its count, or null when the matches were capped and it is not known exactly. */
export interface FacetEntry {
  value: string;
  count: number | null;
  /** This type has more matches than were read. */
  more?: boolean;
}

/**
 * The total and the facets of a search. Counts are exact while no type reached the cap; above
 * it the type facet says "more than 1,000" for that type, and the other facets list the values
 * found among the matches read, without counts (narrowing the search makes them exact again).
 */
export function summariseMatches(
  matches: readonly SearchMatch[],
  cappedTypes: readonly SearchType[],
): { total: MatchTotal; facets: Record<FacetName, FacetEntry[]> } {
  const capped = cappedTypes.length > 0;
  const counts = countFacets(matches);
  const facets = Object.fromEntries(
    facetNames.map((facet) => [
      facet,
      counts[facet].map(({ value, count }): FacetEntry => {
        if (facet === 'type') {
          const more = cappedTypes.includes(value as SearchType);
          return more ? { value, count, more } : { value, count };
        }
        return { value, count: capped ? null : count };
      }),
    ]),
  ) as Record<FacetName, FacetEntry[]>;
  return { total: { count: matches.length, capped }, facets };
}

/** One page of ranked matches and where it stands among all pages. */
export function pageOfMatches<T>(ranked: readonly T[], page: number, size = SEARCH_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(ranked.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { rows: ranked.slice((current - 1) * size, current * size), page: current, pages };
}

/** A piece of a highlighted text: the words that matched are marked. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/** Marks the database puts around a matched word (control characters, removed from the text before). */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_STOP = '\u0002';

/**
 * Splits a highlighted text into plain and matched pieces, so a page renders the marks as
 * elements and never as markup: whatever the text contains stays text.
 */
export function highlightSegments(highlighted: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current) segments.push({ text: current, match });
    current = '';
  };
  for (const ch of highlighted) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_STOP) {
      flush();
      match = ch === HIGHLIGHT_START;
    } else current += ch;
  }
  flush();
  return segments;
}

/** The page of a record, by type and key (the page of an organisation does not exist yet). */
export function recordPath(type: SearchType, key: string): string | null {
  const ref = encodeURIComponent(key);
  switch (type) {
    case 'partnership':
      return `/partnerschaften/${ref}`;
    case 'agreement':
      return `/vereinbarungen/${ref}`;
    case 'activity':
      return `/aktivitaeten/${ref}`;
    case 'measure':
      return `/massnahmen/${ref}`;
    case 'organisation':
      return null;
    case 'source':
      return `/quellen/${ref}`;
  }
}
