import type { Language } from './i18n.ts';

/** The page of one partnership, in the reader's language. */
export const partnershipHref = (key: string, lang: Language): string =>
  `/partnerschaften/${encodeURIComponent(key)}${lang === 'en' ? '?lang=en' : ''}`;

/** The partnership list, in the reader's language (without filters). */
export const listHref = (lang: Language): string => `/partnerschaften${lang === 'en' ? '?lang=en' : ''}`;
