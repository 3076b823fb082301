import type { RoundCriterion, RoundDossier } from '../../core/rounds/round.types.ts';
import type { Language } from '../../text/i18n.ts';

/**
 * The charts of a Leitlinien-Check round as accessible SVG strings: the same markup goes into the
 * results page (next to tables with the same numbers), into the PDF as vectors and, rendered to
 * PNG, into the DOCX. Each kind of chart has its file (rank-acceptability-chart.ts,
 * criteria-profile-chart.ts); here are the names and number formats they share.
 */

export const locale = (lang: Language) => (lang === 'de' ? 'de-DE' : 'en-GB');
export const decimal = (lang: Language, value: number, digits: number) =>
  new Intl.NumberFormat(locale(lang), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
export const percent = (lang: Language, share: number) =>
  new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The partnership's name in the reader's language. */
export function partnershipName(dossier: RoundDossier, key: string, lang: Language): string {
  const p = dossier.partnerships.find((x) => x.key === key);
  if (!p) return key;
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

/** The criterion's name in the reader's language. */
export const criterionName = (c: Pick<RoundCriterion, 'name' | 'nameEn'>, lang: Language) =>
  lang === 'en' && c.nameEn ? c.nameEn : c.name;

/** The ministry's short name (its abbreviation where it has one). */
export function ministryLabel(dossier: RoundDossier, key: string): string {
  const m = dossier.ministries.find((x) => x.key === key);
  return m?.abbreviation ?? m?.name ?? key;
}
