import * as chrono from 'chrono-node';

/** A date the text gives, with the precision it gives ("2017", "2017-11", "2017-11-17"). */
export interface DateMention {
  /** Offset of the mention in the text searched. */
  at: number;
  end: number;
  text: string;
  date: string;
  endDate: string | null;
  /** Read against the publication date ("heute", "am Freitag", "vor 15 Jahren", "diesjährig"). */
  relative: boolean;
  /** A bare year ("2022 vorgelegten"): weaker evidence than "im Jahr 2022". */
  bareYear: boolean;
}

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, dezember: 12, dez: 12,
}; // prettier-ignore
const MONTH = '(Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)';
const YEAR = '((?:19|20)\\d{2})';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * German press dates chrono's German locale leaves out or reads differently: "am 8. und 9. Oktober
 * 2021" (two days: the first counts), "im Oktober 2016" and "im Juli" (a month), "im Jahr 2007",
 * "seit 2006" (a year). A component left out stays unknown, so the precision is kept.
 */
const customParsers: chrono.Parser[] = [
  {
    pattern: () => new RegExp(`(\\d{1,2})\\.\\s*(?:und|&|/)\\s*(\\d{1,2})\\.\\s*${MONTH}(?:\\s+${YEAR})?`, 'i'),
    extract: (context, match) => {
      const month = MONTHS[match[3]!.toLowerCase()]!;
      const start: Record<string, number> = { day: Number(match[1]), month };
      const end: Record<string, number> = { day: Number(match[2]), month };
      if (match[4]) start.year = end.year = Number(match[4]);
      const result = context.createParsingResult(match.index!, match[0], start, end);
      return result;
    },
  },
  {
    // "vom 26. bis zum 27." with the month cut off (a page break in the source): the publication's month.
    pattern: () =>
      /vom\s+(\d{1,2})\.\s+bis\s+(?:zum\s+)?(\d{1,2})\.(?!\s*(?:\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))/i,
    extract: (context, match) => {
      const ref = context.reference.instant;
      const known = { month: ref.getUTCMonth() + 1, year: ref.getUTCFullYear() };
      return context.createParsingResult(
        match.index!,
        match[0],
        { ...known, day: Number(match[1]) },
        { ...known, day: Number(match[2]) },
      );
    },
  },
  {
    pattern: () => new RegExp(`(?<![\\d.]\\s?)${MONTH}\\s+${YEAR}(?!\\d)`, 'i'),
    extract: (_context, match) => ({ month: MONTHS[match[1]!.toLowerCase()]!, year: Number(match[2]) }),
  },
  {
    pattern: () =>
      new RegExp(`(?<=\\b(?:im|Im|ab|Ab|bis|Anfang|Ende|Mitte|seit|Seit)\\s+)${MONTH}(?!\\s+(?:\\d|${YEAR}))`),
    extract: (context, match) => {
      const month = MONTHS[match[1]!.toLowerCase()]!;
      const ref = context.reference.instant;
      return { month, year: nearestYear(ref.getUTCFullYear(), ref.getUTCMonth() + 1, month) };
    },
  },
];

/** A month named without a year lies in the year that puts it nearest the reference date. */
function nearestYear(refYear: number, refMonth: number, month: number): number {
  if (month - refMonth > 6) return refYear - 1;
  if (refMonth - month > 6) return refYear + 1;
  return refYear;
}

const parser = (() => {
  const de = chrono.de.casual.clone();
  de.parsers.push(...customParsers);
  return de;
})();

const RELATIVE =
  /^(heute|gestern|morgen|vorgestern|übermorgen|am\s+\p{L}+tag|am\s+\p{L}+woch|vor\s|letzt|diese|kommend|nächst)/iu;

function partial(component: chrono.ParsedComponents, yearsOnly: boolean): string {
  const y = component.get('year')!;
  if (yearsOnly || !component.isCertain('month')) return String(y);
  const m = component.get('month')!;
  if (!component.isCertain('day') && !component.isCertain('weekday')) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(component.get('day')!)}`;
}

/** The weekday named in a text: the last one on or before the publication date, or the next one for future tense. */
function weekdayDate(published: Date, weekday: number, future: boolean): string {
  const today = published.getUTCDay();
  let delta = future ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7);
  if (future && delta === 0) delta = 7;
  const day = new Date(published.getTime() + delta * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** The publication date as the reference instant (noon UTC of its first day). */
export function referenceInstant(publishedOn: string | null): Date | null {
  if (!publishedOn) return null;
  const [y, m = '01', d = '01'] = publishedOn.split('-');
  const instant = new Date(`${y}-${m}-${d}T12:00:00Z`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

const FUTURE = /\b(wird|werden|soll|sollen|will|wollen|plant|geplant|kommende[nm]?|nächste[nm]?)\b/i;

/**
 * Every date in a stretch of text, read with chrono's German parser and the patterns above (its
 * English parser for English text);
 * relative dates are read against `published` (and left out without one).
 */
export function findDates(text: string, published: Date | null, offset = 0, language = 'de'): DateMention[] {
  const reference = published ?? new Date('2000-01-01T12:00:00Z');
  const results = (language === 'en' ? chrono.en.casual : parser).parse(text, { instant: reference, timezone: 'UTC' });
  const future = FUTURE.test(text);
  const mentions: DateMention[] = [];
  for (const r of results) {
    const relative = RELATIVE.test(r.text);
    if (!published && (relative || !r.start.isCertain('year'))) continue;
    const yearsAgo = /^vor\s+\S+\s+Jahr/i.test(r.text);
    const weekday = r.start.isCertain('weekday') && !r.start.isCertain('day');
    const date = weekday ? weekdayDate(reference, r.start.get('weekday')!, future) : partial(r.start, yearsAgo);
    mentions.push({
      at: offset + r.index,
      end: offset + r.index + r.text.length,
      text: r.text,
      date,
      endDate: r.end ? partial(r.end, false) : null,
      relative: relative || weekday || yearsAgo,
      bareYear: /^(?:19|20)\d{2}$/.test(r.text),
    });
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    const at = offset + m.index;
    if (mentions.some((d) => at >= d.at && at < d.end)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    mentions.push({
      at,
      end: at + 4,
      text: m[0],
      date: m[0],
      endDate: null,
      relative: false,
      bareYear: !YEAR_CUE.test(before),
    });
  }
  if (published) {
    for (const m of text.matchAll(NOW)) {
      const day = published.toISOString().slice(0, 10);
      mentions.push({
        at: offset + m.index,
        end: offset + m.index + m[0].length,
        text: m[0],
        date: day,
        endDate: null,
        relative: true,
        bareYear: false,
      });
    }
    for (const m of text.matchAll(THIS_YEAR)) {
      const y = String(published.getUTCFullYear());
      mentions.push({
        at: offset + m.index,
        end: offset + m.index + m[0].length,
        text: m[0],
        date: y,
        endDate: null,
        relative: true,
        bareYear: false,
      });
    }
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** "ab sofort", "mit sofortiger Wirkung": the day of publication. */
const NOW = /\b(?:ab sofort|mit sofortiger Wirkung|with immediate effect)\b/gi;
/** "diesjährig", "in diesem Jahr": the year of publication. */
const THIS_YEAR = /\b(?:diesjährige[nmrs]?|in diesem Jahr|dieses Jahr(?:es)?)\b/gi;
/** A year on its own, not part of a number, an amount or a count. */
const YEAR_ALONE =
  /(?<![\d.,/-])(?:19|20)\d{2}(?![\d]|[.,]\d|\s*(?:Euro|Mio|Millionen|Milliarden|Prozent|%|Einwohner|Menschen|km|Teilnehmer))/g;
/** Words that make a year a date of the text ("im Jahr 2007", "seit 2006", "Ende 2019"). */
const YEAR_CUE =
  /(?:im\s+Jahre?|seit(?:\s+dem\s+Jahre?)?|Jahre?|ab|bis|Anfang|Ende|Mitte|Frühjahr|Sommer|Herbst|Winter|in|since|bereits|schon|zuletzt|erstmals)\s+$/i;
