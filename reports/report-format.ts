import type { Language } from '../text/i18n.ts';
import { berlinDay } from '../core/shared/clock.ts';
import { DATE_PARTS, parsePartialDate } from '../core/shared/partial-date.ts';

/** How the report writes numbers and dates in its language: decimal comma and dd.mm.yyyy in German. */
export interface ReportFormat {
  lang: Language;
  /** A number with a fixed count of decimals. */
  number(value: number, digits?: number): string;
  /** A score on 0–1 as points on 0–100 with one decimal. */
  points(score: number): string;
  /** A share (0–1) as a whole percentage. */
  percent(share: number): string;
  /** A weight (0–1) as a percentage with one decimal. */
  weight(share: number): string;
  /** A stored date at its precision ("2016", "2025-10", "2021-10-04") or a timestamp (its day in Berlin). */
  date(value: string): string;
  /** Euro cents as whole euros. */
  euros(cents: number): string;
  /** "a, b und c". */
  list(items: readonly string[]): string;
}

/** The formatter of a language. */
export function reportFormat(lang: Language): ReportFormat {
  const tag = lang === 'de' ? 'de-DE' : 'en-GB';
  const fixed = (digits: number) =>
    new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent = (digits: number) =>
    new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  const euros = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  return {
    lang,
    number: (value, digits = 0) => fixed(digits).format(value),
    points: (score) => fixed(1).format(score * 100),
    percent: (share) => percent(0).format(share),
    weight: (share) => percent(1).format(share),
    date: (value) => formatDate(value, lang),
    euros: (cents) => euros.format(cents / 100),
    list: (items) => list.format(items),
  };
}

/**
 * German dates as dd.mm.yyyy (mm.yyyy, yyyy at lower precision); English ones with the month
 * written out, so no reader mistakes the order of day and month.
 */
function formatDate(value: string, lang: Language): string {
  const day = value.includes('T') ? berlinDay(new Date(value)) : value;
  const parsed = parsePartialDate(day);
  if (!parsed) return value;
  const [y, m, d] = day.split('-');
  if (lang === 'de')
    return parsed.precision === 'day' ? `${d}.${m}.${y}` : parsed.precision === 'month' ? `${m}.${y}` : y!;
  return new Intl.DateTimeFormat('en-GB', { ...DATE_PARTS[parsed.precision], timeZone: 'UTC' }).format(
    new Date(`${parsed.first}T00:00:00Z`),
  );
}
