// Amounts are read by one rule for every caller (ADR 0029); the German form to type in again lives beside it.
export { centsToEuroText } from '../shared/amount.ts';

/** Cents for people: "12.500,50 €" (German) or "€12,500.50" (English). */
export function formatEuro(cents: number, lang: 'de' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
