import { addMonths, endOfMonth, format, parseISO } from 'date-fns';

/**
 * A date that keeps its precision, written as reduced-precision ISO 8601: "1992",
 * "2025-10" or "2016-10-18". "seit 1992" and "18 Oct 2016" stay different facts.
 */
export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface ParsedPartialDate {
  value: string;
  precision: Precision;
  /** First and last calendar day the value covers, as YYYY-MM-DD. */
  first: string;
  last: string;
}

/** The first year the register takes: "0000" or "0992" are typing errors, not history. */
export const FIRST_YEAR = 1000;

/** Parses a partial date; returns null for anything that is not a real calendar date from the year 1000 on. */
export function parsePartialDate(value: string): ParsedPartialDate | null {
  const m = PATTERN.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (Number(y) < FIRST_YEAR) return null;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined) {
    const date = parseISO(value);
    if (Number.isNaN(date.getTime()) || format(date, 'yyyy-MM-dd') !== value) return null;
    return { value, precision: 'day', first: value, last: value };
  }
  if (mo !== undefined) {
    const start = parseISO(`${y}-${mo}-01`);
    return { value, precision: 'month', first: `${y}-${mo}-01`, last: format(endOfMonth(start), 'yyyy-MM-dd') };
  }
  return { value, precision: 'year', first: `${y}-01-01`, last: `${y}-12-31` };
}

export const isPartialDate = (value: string): boolean => parsePartialDate(value) !== null;

function mustParse(value: string): ParsedPartialDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`"${value}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  return parsed;
}

/** Adds whole months and keeps the precision: "2021-10-04" + 60 → "2026-10-04"; "2016" + 60 → "2021". */
export function addMonthsToPartialDate(value: string, months: number): string {
  const parsed = mustParse(value);
  const shifted = addMonths(parseISO(parsed.first), months);
  if (parsed.precision === 'day') return format(addMonths(parseISO(value), months), 'yyyy-MM-dd');
  if (parsed.precision === 'month') return format(shifted, 'yyyy-MM');
  return format(shifted, 'yyyy');
}

/** Where a day falls relative to a partial date: before it begins, within it, or after it ends. */
export function relateDayTo(day: string, value: string): 'before' | 'within' | 'after' {
  const parsed = mustParse(value);
  if (day < parsed.first) return 'before';
  if (day > parsed.last) return 'after';
  return 'within';
}

/** The parts of a date Intl shows for each precision: a year alone stays a year. */
export const DATE_PARTS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};

/** Formats a partial date for people, at exactly its precision ("1992", "Oktober 2025", "18. Oktober 2016"). */
export function formatPartialDate(value: string, locale: 'de' | 'en' = 'de'): string {
  const parsed = mustParse(value);
  const date = parseISO(parsed.first);
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  return new Intl.DateTimeFormat(tag, { ...DATE_PARTS[parsed.precision], timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())),
  );
}
