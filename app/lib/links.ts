import type { Language } from '../../text/i18n.ts';

/** The page of one partnership, in the reader's language. */
export const partnershipHref = (key: string, lang: Language): string =>
  `/partnerschaften/${encodeURIComponent(key)}${lang === 'en' ? '?lang=en' : ''}`;

/** The partnership list, in the reader's language (without filters). */
export const listHref = (lang: Language): string => `/partnerschaften${lang === 'en' ? '?lang=en' : ''}`;

/** The page of one activity, in the reader's language. */
export const activityHref = (id: number | string, lang: Language, suffix = ''): string =>
  `/aktivitaeten/${id}${suffix}${lang === 'en' ? '?lang=en' : ''}`;

/** The month calendar of the activities, in the reader's language. */
export const calendarHref = (month: string | null, lang: Language): string => {
  const params = new URLSearchParams();
  if (month) params.set('monat', month);
  if (lang === 'en') params.set('lang', 'en');
  return `/aktivitaeten/kalender${params.size ? `?${params}` : ''}`;
};

/** The address with one more parameter set to 1 (the confirmation after a form post). */
export const withFlag = (href: string, flag: string): string => `${href}${href.includes('?') ? '&' : '?'}${flag}=1`;

/** The page of one measure, in the reader's language. */
export const measureHref = (key: string, lang: Language): string =>
  `/massnahmen/${encodeURIComponent(key)}${lang === 'en' ? '?lang=en' : ''}`;

/** The measure list with the given filters, in the reader's language. */
export const measuresHref = (lang: Language, filters: Record<string, string> = {}): string => {
  const params = new URLSearchParams(filters);
  if (lang === 'en') params.set('lang', 'en');
  return `/massnahmen${params.size ? `?${params}` : ''}`;
};

/** The overview of what needs attention, in the reader's language. */
export const overviewHref = (lang: Language): string => `/uebersicht${lang === 'en' ? '?lang=en' : ''}`;
