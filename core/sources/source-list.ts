import type { SourceKind } from '../shared/vocabulary.ts';
import { sourceKinds } from '../shared/vocabulary.ts';

/** Documents per page of the list. */
export const SOURCE_PAGE_SIZE = 25;

/** The filters of the list, as the address holds them. */
export interface SourceFilter {
  kind?: SourceKind;
  year?: string;
  /** Words of the title or the text (German full-text search). */
  q?: string;
  page: number;
}

/** Reads the filters from the address; a value that is not allowed is left out. */
export function parseSourceFilter(params: URLSearchParams): SourceFilter {
  const filter: SourceFilter = { page: 1 };
  const kind = params.get('kind')?.trim();
  if (kind && (sourceKinds as readonly string[]).includes(kind)) filter.kind = kind as SourceKind;
  const year = params.get('year')?.trim();
  if (year && /^\d{4}$/.test(year)) filter.year = year;
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) filter.q = q;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1 && page < 100_000) filter.page = page;
  return filter;
}
