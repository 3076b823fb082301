import type { Language } from '../../../text/i18n.ts';

/** The import pages' addresses, in the reader's language. */
export const importHref = (lang: Language, run?: number, flag?: string): string => {
  const params = new URLSearchParams();
  if (flag) params.set(flag, '1');
  if (lang === 'en') params.set('lang', 'en');
  return `/aktivitaeten/import${run ? `/${run}` : ''}${params.size ? `?${params}` : ''}`;
};
