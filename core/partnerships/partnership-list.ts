import type { FieldIssue } from '../shared/errors.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import {
  partnershipKinds,
  partnershipStatuses,
  type PartnershipKind,
  type PartnershipStatus,
} from '../shared/vocabulary.ts';
import type { PartnershipRecord } from './partnership.types.ts';

/** How a list of partnerships can be ordered. */
export const listSorts = ['name', 'since', 'status'] as const;
export type ListSort = (typeof listSorts)[number];

/** Most relevant first: what is active, what rests, what is being examined, what has ended. */
export const STATUS_ORDER: readonly PartnershipStatus[] = ['active', 'dormant', 'under_examination', 'ended'];

/** A checked list query: only values that exist; an empty filter means "all". */
export interface PartnershipListQuery {
  kind?: PartnershipKind;
  status?: PartnershipStatus;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  /** Sector key. */
  sector?: string;
  /** Key of the lead ministry or organisation. */
  lead?: string;
  sort: ListSort;
}

export type ListField = 'kind' | 'status' | 'country' | 'sector' | 'lead' | 'sort';

/** A filter value that was refused, with the field it belongs to (the page words the message). */
export interface ListQueryIssue extends FieldIssue {
  field: ListField;
  value: string;
}

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** Region codes the runtime names that are not countries (unknown region, EU, euro area, UN, outlying Oceania). */
const NOT_COUNTRIES = ['ZZ', 'EU', 'EZ', 'UN', 'QO'];

/** Whether a code is an assigned ISO 3166-1 alpha-2 country code (as far as the runtime knows). */
export const isCountryCode = (code: string): boolean =>
  /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.includes(code) && regionNames.of(code) !== undefined;

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/**
 * Reads the list's filters and sort order from URL query parameters. A value that does not
 * exist is left out of the query and reported, so the page shows the list and says which
 * filter was wrong instead of failing. Empty values mean "all".
 */
export function parseListQuery(
  params: URLSearchParams,
  known: { sectors: readonly string[]; leads: readonly string[] },
): { query: PartnershipListQuery; issues: ListQueryIssue[] } {
  const query: PartnershipListQuery = { sort: 'name' };
  const issues: ListQueryIssue[] = [];
  const get = (field: ListField) => (params.get(field) ?? '').trim();
  const refuse = (field: ListField, value: string, message: string) => issues.push({ field, value, message });

  const kind = get('kind');
  if (kind) {
    if (oneOf(partnershipKinds, kind)) query.kind = kind;
    else refuse('kind', kind, `Unknown kind; use one of ${partnershipKinds.join(', ')}.`);
  }
  const status = get('status');
  if (status) {
    if (oneOf(partnershipStatuses, status)) query.status = status;
    else refuse('status', status, `Unknown status; use one of ${partnershipStatuses.join(', ')}.`);
  }
  const country = get('country');
  if (country) {
    if (isCountryCode(country.toUpperCase())) query.country = country.toUpperCase();
    else refuse('country', country, 'Use an ISO 3166-1 alpha-2 country code such as IT.');
  }
  const sector = get('sector');
  if (sector) {
    if (known.sectors.includes(sector)) query.sector = sector;
    else refuse('sector', sector, 'Unknown sector.');
  }
  const lead = get('lead');
  if (lead) {
    if (known.leads.includes(lead)) query.lead = lead;
    else refuse('lead', lead, 'Unknown lead ministry.');
  }
  const sort = get('sort');
  if (sort) {
    if (oneOf(listSorts, sort)) query.sort = sort;
    else refuse('sort', sort, `Sort by ${listSorts.join(', ')}.`);
  }
  return { query, issues };
}

/**
 * The partnerships that match every filter of the query. `countriesOf` gives the ISO 3166-1
 * countries of a partnership's partner places (a region's country is not in its own record).
 */
export function filterPartnerships<P extends PartnershipRecord>(
  list: readonly P[],
  query: PartnershipListQuery,
  countriesOf: (p: P) => readonly string[],
): P[] {
  return list.filter(
    (p) =>
      (!query.kind || p.kind === query.kind) &&
      (!query.status || p.status === query.status) &&
      (!query.country || countriesOf(p).includes(query.country)) &&
      (!query.sector || p.sectors.some((s) => s.key === query.sector)) &&
      (!query.lead || p.leadOrganisation?.key === query.lead),
  );
}

const collator = new Intl.Collator('de');

/**
 * Orders partnerships in German alphabetical order (Intl.Collator('de')) of the name shown, or
 * by the date since when they exist (oldest first, undated last), or by status in the order
 * active, dormant, under examination, ended; ties are broken by name.
 */
export function sortPartnerships<P extends Pick<PartnershipRecord, 'status' | 'since'>>(
  list: readonly P[],
  sort: ListSort,
  nameOf: (p: P) => string,
): P[] {
  const byName = (a: P, b: P) => collator.compare(nameOf(a), nameOf(b));
  const sinceKey = (p: P) => (p.since ? parsePartialDate(p.since)!.first : '9999-99-99');
  const compare: Record<ListSort, (a: P, b: P) => number> = {
    name: byName,
    since: (a, b) => sinceKey(a).localeCompare(sinceKey(b)) || byName(a, b),
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b),
  };
  return [...list].sort(compare[sort]);
}

/** What the list's filters can be set to: the countries, sectors and lead ministries that occur. */
export function listOptions<P extends PartnershipRecord>(list: readonly P[], countriesOf: (p: P) => readonly string[]) {
  const sectors = new Map<string, { key: string; name: string; nameEn: string }>();
  const leads = new Map<string, { key: string; name: string; abbreviation: string | null }>();
  const countries = new Set<string>();
  for (const p of list) {
    for (const s of p.sectors) sectors.set(s.key, s);
    if (p.leadOrganisation) leads.set(p.leadOrganisation.key, p.leadOrganisation);
    for (const c of countriesOf(p)) countries.add(c);
  }
  return {
    countries: [...countries].sort(),
    sectors: [...sectors.values()].sort((a, b) => collator.compare(a.name, b.name)),
    leads: [...leads.values()].sort((a, b) => collator.compare(a.abbreviation ?? a.name, b.abbreviation ?? b.name)),
  };
}
