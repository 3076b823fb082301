/**
 * Amounts in euros as people in Germany write them: "12500", "12.500", "12.500,50" or "12500,5".
 * Returns whole cents, or null for anything else (negative amounts included).
 */
export function parseEuroCents(text: string): number | null {
  const value = text.trim().replace(/\s|€/g, '');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(value)) return null;
  const [whole, fraction = ''] = value.replace(/\./g, '').split(',');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as an amount to type into a form again ("12.500,50"). */
export function centsToEuroText(cents: number | null): string {
  if (cents === null) return '';
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** Cents for people: "12.500,50 €" (German) or "€12,500.50" (English). */
export function formatEuro(cents: number, lang: 'de' | 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}
