import type { Language } from '../../text/i18n.ts';

const langSuffix = (lang: Language) => (lang === 'en' ? '?lang=en' : '');

/** The agreement list, in the reader's language. */
export const agreementsHref = (lang: Language): string => `/vereinbarungen${langSuffix(lang)}`;

/** The page of one agreement (or one of its sub-pages), in the reader's language. */
export const agreementHref = (key: string, lang: Language, suffix = ''): string =>
  `/vereinbarungen/${encodeURIComponent(key)}${suffix}${langSuffix(lang)}`;

/** The proposals, or one of them, in the reader's language. */
export const proposalsHref = (lang: Language, suffix = ''): string => `/vorschlaege${suffix}${langSuffix(lang)}`;

/** The form recording a new agreement, for a partnership when given. */
export const newAgreementHref = (lang: Language, partnership?: string): string => {
  const params = new URLSearchParams();
  if (partnership) params.set('partnerschaft', partnership);
  if (lang === 'en') params.set('lang', 'en');
  return `/vereinbarungen/neu${params.size ? `?${params}` : ''}`;
};
