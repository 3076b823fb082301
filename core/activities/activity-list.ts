import { activityKinds, activityStatuses, type ActivityKind, type ActivityStatus } from '../shared/vocabulary.ts';

/** The filters of the activity list, as the URL holds them. */
export interface ActivityFilter {
  kind?: ActivityKind | undefined;
  status?: ActivityStatus | undefined;
  organiser?: string | undefined;
  partnership?: string | undefined;
  year?: string | undefined;
}
export const ACTIVITY_FILTERS = ['kind', 'status', 'organiser', 'partnership', 'year'] as const;
export type ActivityFilterField = (typeof ACTIVITY_FILTERS)[number];

/** Activities per page of the list. */
export const PAGE_SIZE = 50;

/**
 * Reads the filters and the page from the URL. A value that is not allowed is left out and
 * reported, so the list still shows and the page can say which filter was not applied.
 */
export function parseActivityQuery(
  params: URLSearchParams,
  allowed: { organisers: readonly string[]; partnerships: readonly string[] },
) {
  const filter: ActivityFilter = {};
  const issues: { field: ActivityFilterField; value: string }[] = [];
  const take = <T extends string>(field: ActivityFilterField, ok: (v: string) => boolean): T | undefined => {
    const value = params.get(field)?.trim();
    if (!value) return undefined;
    if (ok(value)) return value as T;
    issues.push({ field, value });
    return undefined;
  };
  filter.kind = take('kind', (v) => (activityKinds as readonly string[]).includes(v));
  filter.status = take('status', (v) => (activityStatuses as readonly string[]).includes(v));
  filter.organiser = take('organiser', (v) => allowed.organisers.includes(v));
  filter.partnership = take('partnership', (v) => allowed.partnerships.includes(v));
  filter.year = take('year', (v) => /^\d{4}$/.test(v));
  const page = Number(params.get('seite') ?? '1');
  return { filter, issues, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** One page of a list and where it stands among all pages. */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(page, pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages, total: rows.length };
}
