import { activityStatuses, measureStatuses, partnershipStatuses } from '../shared/vocabulary.ts';

/** The kinds of record the search finds. */
export const searchTypes = ['partnership', 'agreement', 'activity', 'measure', 'organisation', 'source'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The facets a search can be narrowed by, in the order the page shows them. */
export const facetNames = ['type', 'status', 'year', 'country', 'organiser'] as const;
export type FacetName = (typeof facetNames)[number];

/** The statuses of each type that has one (an agreement's validity depends on the day; it is no facet). */
export const statusesOf = {
  partnership: partnershipStatuses,
  activity: activityStatuses,
  measure: measureStatuses,
} as const satisfies Partial<Record<SearchType, readonly string[]>>;

/** Every status value; "planned" of an activity and of a measure are one value. */
export const searchStatuses: readonly string[] = [...new Set(Object.values(statusesOf).flat())];

/**
 * Which facets each type carries: a partnership's year is the year it began, an activity's the
 * year it starts, an agreement's the year it was signed; "organiser" is the organising or lead
 * ministry (an agreement's is its partnership's); a country is a partner place's or seat's.
 */
export const facetsOf: Record<SearchType, readonly FacetName[]> = {
  partnership: ['type', 'status', 'year', 'country', 'organiser'],
  agreement: ['type', 'year', 'country', 'organiser'],
  activity: ['type', 'status', 'year', 'country', 'organiser'],
  measure: ['type', 'status', 'organiser'],
  organisation: ['type', 'country'],
  source: ['type', 'year'],
};

/** The facet values chosen, as the URL holds them (one value per facet). */
export type FacetSelection = Partial<Record<FacetName, string>>;

/** What a value of each facet must look like; organisers are keys the register checks itself. */
const VALID: Record<FacetName, (v: string) => boolean> = {
  type: (v) => (searchTypes as readonly string[]).includes(v),
  status: (v) => searchStatuses.includes(v),
  year: (v) => /^\d{4}$/.test(v),
  country: (v) => /^[A-Z]{2}$/.test(v),
  organiser: (v) => /^[a-z0-9][a-z0-9-]{0,99}$/.test(v),
};

export const isValidFacetValue = (facet: FacetName, value: string): boolean => VALID[facet](value);

/** Reads the facets from the URL; a value that is not allowed is left out and reported. */
export function parseFacets(params: URLSearchParams): {
  selection: FacetSelection;
  issues: { field: FacetName; value: string }[];
} {
  const selection: FacetSelection = {};
  const issues: { field: FacetName; value: string }[] = [];
  for (const facet of facetNames) {
    const raw = params.get(facet)?.trim();
    if (!raw) continue;
    const value = facet === 'country' ? raw.toUpperCase() : raw;
    if (isValidFacetValue(facet, value)) selection[facet] = value;
    else issues.push({ field: facet, value: raw.slice(0, 100) });
  }
  return { selection, issues };
}

/**
 * The types a selection leaves: a type stays when it carries every chosen facet and, for a
 * chosen status, has that status. (Choosing "dormant" leaves only partnerships.)
 */
export function typesFor(selection: FacetSelection): SearchType[] {
  return searchTypes.filter((type) => {
    if (selection.type && selection.type !== type) return false;
    const chosen = facetNames.filter((f) => f !== 'type' && selection[f] !== undefined);
    if (!chosen.every((f) => facetsOf[type].includes(f))) return false;
    if (selection.status) {
      const statuses = (statusesOf as Partial<Record<SearchType, readonly string[]>>)[type] ?? [];
      return statuses.includes(selection.status);
    }
    return true;
  });
}

/** The facet values of one match, as counted. */
export interface FacetValues {
  type: SearchType;
  status: string | null;
  year: string | null;
  countries: readonly string[];
  organiser: string | null;
}

/** One value of a facet with the number of matches carrying it. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts the matches per facet value (a match in two countries counts for each). Values are
 * ordered by count, then by value; years newest first.
 */
export function countFacets(matches: readonly FacetValues[]): Record<FacetName, FacetCount[]> {
  const tally = Object.fromEntries(facetNames.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  const add = (facet: FacetName, value: string | null) => {
    if (value !== null) tally[facet].set(value, (tally[facet].get(value) ?? 0) + 1);
  };
  for (const m of matches) {
    add('type', m.type);
    add('status', m.status);
    add('year', m.year);
    for (const c of new Set(m.countries)) add('country', c);
    add('organiser', m.organiser);
  }
  const ordered = (facet: FacetName) =>
    [...tally[facet]]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        facet === 'year'
          ? b.value.localeCompare(a.value)
          : facet === 'type'
            ? searchTypes.indexOf(a.value as SearchType) - searchTypes.indexOf(b.value as SearchType)
            : b.count - a.count || a.value.localeCompare(b.value),
      );
  return Object.fromEntries(facetNames.map((f) => [f, ordered(f)])) as Record<FacetName, FacetCount[]>;
}
