import type { RoundDossier } from '../../../core/rounds/round.types.ts';
import type { Language } from '../../../text/i18n.ts';

const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;

/**
 * A number with the reader's decimal mark (a comma in German) and always `digits` decimals,
 * so that the numbers of one column line up ("55,0" under "72,5", never "55").
 */
export const decimal = (value: number, lang: Language, digits = 1): string =>
  new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** A 0–1 score as points out of 100, with one decimal. */
export const points = (value: number, lang: Language): string => decimal(value * 100, lang, 1);

/** A range of 0–1 scores as points out of 100: "67,9–77,0". */
export const pointsRange = (min: number, max: number, lang: Language): string =>
  `${points(min, lang)}–${points(max, lang)}`;

/** A share 0–1 as a percentage with always `digits` decimals. */
export const percent = (value: number, lang: Language, digits = 0): string =>
  new Intl.NumberFormat(LOCALE[lang], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

/** A message with `{name}` placeholders filled in. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** How Krippendorff's alpha reads: ≥ 0.8 good, 0.667–0.8 tentative, below low; null when undetermined. */
export const alphaReading = (alpha: number | null): 'good' | 'tentative' | 'low' | null =>
  alpha === null ? null : alpha >= 0.8 ? 'good' : alpha >= 0.667 ? 'tentative' : 'low';

type Names = Pick<RoundDossier, 'partnerships' | 'criteria' | 'ministries'>;

/** The name of a partnership of the round in the reader's language. */
export const partnershipName = (d: Names, key: string, lang: Language): string => {
  const p = d.partnerships.find((x) => x.key === key);
  return p ? (lang === 'en' ? p.nameEn : p.name) : key;
};

/** The name of a criterion of the round in the reader's language (German where it has no English name). */
export const criterionName = (d: Names, key: string, lang: Language): string => {
  const c = d.criteria.find((x) => x.key === key);
  return c ? (lang === 'en' ? (c.nameEn ?? c.name) : c.name) : key;
};

/** A ministry by its abbreviation (its name where it has none). */
export const ministryName = (d: Names, key: string): string => {
  const m = d.ministries.find((x) => x.key === key);
  return m ? (m.abbreviation ?? m.name) : key;
};

/** The pages of a round, in the reader's language. */
export const roundHref = (key: string, lang: Language, sub = ''): string =>
  `/evaluierung/${encodeURIComponent(key)}${sub}${lang === 'en' ? '?lang=en' : ''}`;

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
