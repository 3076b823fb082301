import type { DateMention } from './dates.ts';
import type { SentenceContext } from './sentence-facts.ts';

/** The best date of a sentence: a day, then a relative date, a month, a year; bare years only where `bare`. */
export function pickDate(dates: DateMention[], bare: boolean): DateMention | null {
  const usable = dates.filter((d) => bare || !d.bareYear);
  const order = (d: DateMention) => (d.date.length === 10 ? (d.relative ? 1 : 0) : d.date.length === 7 ? 2 : 3);
  return [...usable].sort((a, b) => order(a) - order(b) || a.at - b.at)[0] ?? null;
}

/** "Bratislava (9. Oktober 2019) – ...": the dateline gives the publication, not the event. */
const DATELINE = /^[\p{L}/ .-]{2,40}(?:\([^)]{4,30}\)\s*[–-]|,\s*\d{1,2}\.\s*\p{L}+\s+\d{4}\s*[.–-])/u;

/** The date of what a sentence tells, and whether the text gave it or the publication date stands in. */
export function dated(ctx: SentenceContext, bare: boolean) {
  const line = DATELINE.exec(ctx.text);
  const dates = ctx.dates();
  const body = line ? dates.filter((d) => d.at >= line[0].length) : dates;
  const d = pickDate(body, bare) ?? pickDate(dates, bare);
  if (d) return { date: d.date, endDate: d.endDate, dated: true };
  return { date: ctx.publishedOn, endDate: null, dated: false };
}
