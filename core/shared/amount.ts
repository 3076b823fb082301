/**
 * Amounts in euros as people write them, read by one rule (ADR 0029) for the activity form,
 * the import (CSV and XLSX) and every other caller:
 *
 * - a currency sign or word (€, EUR, Euro) before or after, spaces anywhere between groups;
 * - "12.500,-" means whole euros;
 * - a separator ("." or ",") that occurs once and is followed by one or two digits is the
 *   decimal mark ("12500.50", "12,5"), as is the last separator when the other one groups the
 *   thousands before it ("12.500,50", "1,250.50");
 * - every other separator groups thousands, and then every group after the first has exactly
 *   three digits ("12.500", "1.250.000", "12 500", "1,250,000");
 * - a lone comma before three digits ("1,234") is refused: a German decimal comma with three
 *   decimals or an English thousands comma, nobody can tell; a lone point before three digits
 *   ("12.500") groups, as it does in German;
 * - anything else is refused as not clearly one amount: mixed grouping marks, a decimal mark
 *   used twice, more than two decimals ("12.500.5", "1,250.5,0", "12,5000"), negative amounts.
 */

/** An amount that was read: whole cents, and whether it was written other than in the German canonical form. */
export interface EuroAmount {
  cents: number;
  /** The written text, trimmed. */
  written: string;
  /** True when the text uses separators in another way than "12.500,50" (or "12.500" for whole euros) does. */
  readOtherwise: boolean;
}

const GERMAN = (digits: number) =>
  new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Cents as an amount to type into a form again ("12.500,50"). */
export function centsToEuroText(cents: number | null): string {
  if (cents === null) return '';
  return GERMAN(2).format(cents / 100);
}

const CURRENCY = /^(?:€|eur|euro)\s*|\s*(?:€|eur|euro)$/gi;
const SEPARATORS = /[.,'\s]/;

/** Whole digits grouped by one mark (or none): the first group 1–3 digits, every further group exactly 3. */
function wholeDigits(text: string): string | null {
  if (/^\d+$/.test(text)) return text;
  const mark = /[^\d]/.exec(text)![0];
  const groups = text.split(mark);
  const valid = groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  return valid ? groups.join('') : null;
}

/** Splits a number into its whole part and its decimals by the rule above; null when it is not one clear amount. */
function split(value: string): [whole: string, fraction: string] | null {
  const last = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
  if (last < 0) return [value, ''];
  const mark = value[last]!;
  const other = mark === '.' ? ',' : '.';
  const after = value.slice(last + 1);
  const once = value.indexOf(mark) === last;
  const before = value.slice(0, last);
  // The last mark is the decimal mark when it stands once and either the other mark groups
  // the digits before it or fewer than three digits follow; otherwise every mark groups.
  if (once && (before.includes(other) || /^\d{1,2}$/.test(after))) {
    if (!/^\d{1,2}$/.test(after)) return null;
    return [before, after];
  }
  if (before.includes(other)) return null;
  if (once && mark === ',' && /^\d{3}$/.test(after)) return null;
  return [value, ''];
}

/**
 * Reads an amount in euros (see the rule above). Returns whole cents with a note whether it
 * was read from another form than the German one, or null when the text is not clearly one
 * amount of euros ≥ 0.
 */
export function readEuroAmount(text: string): EuroAmount | null {
  const written = text.trim();
  const value = written
    .replace(CURRENCY, '')
    .replace(/[,.]-{1,2}$/, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (!/^\d[\d.,' ]*$/.test(value) || !/\d$/.test(value)) return null;
  // Spaces and apostrophes only ever group thousands; a number grouped by them uses no other grouping mark.
  const spaced = /[ ']/.test(value);
  const parts = split(value);
  if (!parts) return null;
  let [whole] = parts;
  const [, fraction] = parts;
  if (spaced) {
    if (/[.,]/.test(whole)) return null;
    whole = whole.replace(/'/g, ' ');
  }
  const digits = wholeDigits(whole);
  if (digits === null) return null;
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  const bare = written.replace(CURRENCY, '').trim();
  const canonical = [GERMAN(2).format(cents / 100), ...(cents % 100 === 0 ? [GERMAN(0).format(cents / 100)] : [])];
  const readOtherwise = SEPARATORS.test(bare) && !canonical.includes(bare);
  return { cents, written, readOtherwise };
}

/** Whole cents of an amount in euros, or null when the text is not clearly one amount (see `readEuroAmount`). */
export const parseEuroCents = (text: string): number | null => readEuroAmount(text)?.cents ?? null;
