import type { Language } from './i18n.ts';

const tag = (lang: Language) => (lang === 'en' ? 'en-GB' : 'de-DE');

/** An ISO day (YYYY-MM-DD) for people: "31. März 2026" / "31 March 2026". */
export const formatDay = (iso: string, lang: Language): string =>
  new Intl.DateTimeFormat(tag(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );

/** A moment (ISO timestamp) for people, in Berlin time. */
export const formatMoment = (iso: string, lang: Language): string =>
  new Intl.DateTimeFormat(tag(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );

/** A period of two ISO days. */
export const formatPeriod = (from: string, to: string, lang: Language): string =>
  `${formatDay(from, lang)} – ${formatDay(to, lang)}`;

/** A share (0…1) as a percentage with one decimal: "12,5 %". */
export const formatPercent = (share: number, lang: Language): string =>
  new Intl.NumberFormat(tag(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    share,
  );

/** A number with up to `digits` decimals, with a decimal comma in German. */
export const formatNumber = (value: number, lang: Language, digits = 2): string =>
  new Intl.NumberFormat(tag(lang), { maximumFractionDigits: digits }).format(value);

/** Euro cents as an amount: "12.345,00 €". */
export const formatEuro = (cents: number, lang: Language): string =>
  new Intl.NumberFormat(tag(lang), { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** Fills "{name}"-style placeholders of a message. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
