import type { Language } from '../../../text/i18n.ts';

/** The file name of the public feed; a personal feed is named by its token: /kalender/<token>.ics. */
export const PUBLIC_FEED = 'oeffentlich.ics';

/** The addresses of a feed: https for the browser, webcal for a calendar program to subscribe. */
export function feedUrls(origin: string, file: string, lang: Language) {
  const https = `${origin}/kalender/${file}${lang === 'en' ? '?lang=en' : ''}`;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
