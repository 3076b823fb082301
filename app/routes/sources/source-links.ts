import type { Language } from '../../../text/i18n.ts';

/** The library's list, with filters kept. */
export function sourcesHref(lang: Language, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ''));
  if (lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `/quellen${query ? `?${query}` : ''}`;
}

/** One document's page, with an optional flag (`hinzugefuegt`, `vorhanden`). */
export const sourceHref = (key: string, lang: Language, flag?: string): string => {
  const params = new URLSearchParams();
  if (lang === 'en') params.set('lang', 'en');
  if (flag) params.set(flag, '1');
  const query = params.toString();
  return `/quellen/${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
};

export const newSourceHref = (lang: Language): string => `/quellen/neu${lang === 'en' ? '?lang=en' : ''}`;
