import { addMonths, format, parseISO } from 'date-fns';
import { parsePartialDate } from '../shared/partial-date.ts';
import { agreementKinds, type AgreementKind } from '../shared/vocabulary.ts';
import { validityOn } from './agreement-validity.ts';

/** How far ahead an expiry is flagged: "expires within six months". */
export const EXPIRY_WARNING_MONTHS = 6;

/**
 * The validity a reader filters by: `valid` (in force, not expiring within six months),
 * `expiring` (may run out within six months, or runs out within the month or year its expiry is
 * known to), `expired`, or `unknown` (no term or end date is known).
 */
export const validityClasses = ['valid', 'expiring', 'expired', 'unknown'] as const;
export type ValidityClass = (typeof validityClasses)[number];

/** The validity class of an agreement on `today`; an expiry known to the month or year counts from its first day. */
export function validityClassOn(expiresOn: string | null, today: string): ValidityClass {
  const validity = validityOn(expiresOn, today);
  if (validity === 'open_ended') return 'unknown';
  if (validity === 'expired') return 'expired';
  if (validity === 'expires_within_period') return 'expiring';
  const horizon = format(addMonths(parseISO(today), EXPIRY_WARNING_MONTHS), 'yyyy-MM-dd');
  return parsePartialDate(expiresOn!)!.first <= horizon ? 'expiring' : 'valid';
}

/** How the agreement list can be ordered. */
export const agreementSorts = ['partnership', 'title', 'signed', 'expires'] as const;
export type AgreementSort = (typeof agreementSorts)[number];

export interface AgreementListQuery {
  kind?: AgreementKind;
  /** Key of the partnership. */
  partnership?: string;
  validity?: ValidityClass;
  sort: AgreementSort;
}
export const AGREEMENT_FILTERS = ['kind', 'partnership', 'validity', 'sort'] as const;
export type AgreementFilterField = (typeof AGREEMENT_FILTERS)[number];

/**
 * Reads the list's filters and sort order from the URL. A value that does not exist is left
 * out and reported (the page shows the list and says which filter was not applied).
 */
export function parseAgreementQuery(params: URLSearchParams, known: { partnerships: readonly string[] }) {
  const query: AgreementListQuery = { sort: 'partnership' };
  const issues: { field: AgreementFilterField; value: string }[] = [];
  const take = (field: AgreementFilterField, allowed: readonly string[]) => {
    const value = params.get(field)?.trim();
    if (!value) return undefined;
    if (allowed.includes(value)) return value;
    issues.push({ field, value });
    return undefined;
  };
  const kind = take('kind', agreementKinds);
  if (kind) query.kind = kind as AgreementKind;
  const partnership = take('partnership', known.partnerships);
  if (partnership) query.partnership = partnership;
  const validity = take('validity', validityClasses);
  if (validity) query.validity = validity as ValidityClass;
  const sort = take('sort', agreementSorts);
  if (sort) query.sort = sort as AgreementSort;
  return { query, issues };
}

/** An agreement as far as listing it goes. */
export interface ListedAgreement {
  kind: AgreementKind;
  title: string;
  signedOn: string | null;
  expiresOn: string | null;
  partnership: { key: string; name: string; nameEn: string } | null;
}

/** The agreements matching every filter of the query, their validity taken on `today`. */
export function filterAgreements<A extends ListedAgreement>(
  list: readonly A[],
  query: AgreementListQuery,
  today: string,
) {
  return list.filter(
    (a) =>
      (!query.kind || a.kind === query.kind) &&
      (!query.partnership || a.partnership?.key === query.partnership) &&
      (!query.validity || validityClassOn(a.expiresOn, today) === query.validity),
  );
}

const collator = new Intl.Collator('de');
const UNDATED_LAST = '9999-99-99';

/**
 * Orders agreements: by partnership (German order of the name shown, then oldest first, so a
 * renewal follows its predecessor), by title (German order), by signing date (newest first,
 * undated last) or by expiry (soonest first, unknown last).
 */
export function sortAgreements<A extends ListedAgreement>(
  list: readonly A[],
  sort: AgreementSort,
  nameOf: (p: { name: string; nameEn: string }) => string,
): A[] {
  const first = (d: string | null) => (d ? parsePartialDate(d)!.first : UNDATED_LAST);
  const byTitle = (a: A, b: A) => collator.compare(a.title, b.title);
  const bySigned = (a: A, b: A) => first(a.signedOn).localeCompare(first(b.signedOn));
  const byPartnership = (a: A, b: A) =>
    collator.compare(a.partnership ? nameOf(a.partnership) : '', b.partnership ? nameOf(b.partnership) : '');
  const compare: Record<AgreementSort, (a: A, b: A) => number> = {
    partnership: (a, b) => byPartnership(a, b) || bySigned(a, b) || byTitle(a, b),
    title: (a, b) => byTitle(a, b) || bySigned(a, b),
    signed: (a, b) => {
      if (!a.signedOn || !b.signedOn) return Number(!a.signedOn) - Number(!b.signedOn) || byTitle(a, b);
      return bySigned(b, a) || byTitle(a, b);
    },
    expires: (a, b) => first(a.expiresOn).localeCompare(first(b.expiresOn)) || byTitle(a, b),
  };
  return [...list].sort(compare[sort]);
}
