import type { Language } from '../../../text/i18n.ts';

const lang = (l: Language) => (l === 'en' ? '?lang=en' : '');
const enc = encodeURIComponent;

/** The list of evaluation rounds. */
export const roundsHref = (l: Language): string => `/evaluierung${lang(l)}`;
/** Opening a new round. */
export const newRoundHref = (l: Language): string => `/evaluierung/neu${lang(l)}`;
/** A round's page. */
export const roundHref = (key: string, l: Language): string => `/evaluierung/${enc(key)}${lang(l)}`;
/** A round's setup (scope, participants, criteria, weights). */
export const roundSetupHref = (key: string, l: Language): string => `/evaluierung/${enc(key)}/einrichtung${lang(l)}`;
/** One partnership's scoring sheet in a round. */
export const scoringHref = (key: string, partnership: string, l: Language): string =>
  `/evaluierung/${enc(key)}/bewertung/${enc(partnership)}${lang(l)}`;
/** A round's results (built with the results pages). */
export const roundResultsHref = (key: string, l: Language): string => `/evaluierung/${enc(key)}/ergebnisse${lang(l)}`;
/** A round's recommendations and decisions (built with the results pages). */
export const roundRecommendationsHref = (key: string, l: Language): string =>
  `/evaluierung/${enc(key)}/empfehlungen${lang(l)}`;
