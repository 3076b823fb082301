import type { FieldIssue } from '../core/shared/errors.ts';
import { activityMessages } from './activities.messages.ts';
import { agreementMessages } from './agreements.messages.ts';
import { dataMessages } from './data.messages.ts';
import { evaluationMessages } from './evaluation.messages.ts';
import { roundSetupMessages } from './round-setup.messages.ts';
import { evaluationScoringMessages } from './evaluation-scoring.messages.ts';
import { roundIssueMessages } from './round-issues.messages.ts';
import { historyMessages } from './history.messages.ts';
import { proposalMessages } from './proposals.messages.ts';
import { reviewMessages } from './review.messages.ts';
import { searchMessages } from './search.messages.ts';
import { sourceMessages } from './sources.messages.ts';
import { measureMessages } from './measures.messages.ts';
import { overviewMessages } from './overview.messages.ts';
import { workbenchMessages } from './workbench.messages.ts';
import { evaluationResultMessages } from './evaluation-results.messages.ts';

export { label } from './labels.ts';

/** German first, English complete: every text of the pages in both languages. */
export type Language = 'de' | 'en';

const messages = {
  de: {
    skipToContent: 'Zum Inhalt springen',
    appName: 'Brückenbauer',
    tagline: 'Register der internationalen Zusammenarbeit des Freistaates Sachsen',
    otherLanguage: 'English',
    otherLanguageLabel: 'Switch to English',
    partnershipsHeading: 'Partnerschaften nach Status',
    partnershipsIntro: 'Ruhende Partnerschaften zählen nie als aktiv.',
    activeCount: 'aktiv',
    partnership: 'Partnerschaft',
    kind: 'Art',
    places: 'Partner',
    since: 'seit',
    agreements: 'Vereinbarungen',
    sources: 'Quellen',
    none: '–',
    noIsoCode: 'kein ISO-Code',
    strategyHeading: 'Die Internationale Strategie',
    adoptedOn: 'beschlossen',
    goalsHeading: 'Ziele',
    instrumentsHeading: 'Instrumente und Maßnahmen',
    measures: 'Maßnahmen',
    conflictsHeading: 'Wo sich die Quellen widersprechen',
    conflictsIntro: 'Beide Angaben bleiben mit ihren Belegen erhalten; nichts wird stillschweigend entschieden.',
    apiHeading: 'Offene Schnittstelle',
    apiText: 'Alle Angaben dieser Seite mit Belegen als JSON:',
    quote: 'Beleg',
    expires: 'läuft ab',
    expired: 'abgelaufen',
    inForce: 'gültig bis',
    openEnded: 'ohne Befristung',
    expiresWithin: 'läuft ab im Zeitraum',
    undated: 'ohne Datum',
    table: 'Tabelle',
    accountNav: 'Sprache und Konto',
    loggedInAs: 'Angemeldet als',
    logIn: 'Anmelden',
    logOut: 'Abmelden',
    logOutEverywhere: 'Auf allen Geräten abmelden',
    loginTitle: 'Anmelden',
    loginIntro: 'Melden Sie sich mit Ihrer dienstlichen E-Mail-Adresse an.',
    email: 'E-Mail-Adresse',
    password: 'Passwort',
    loginSubmit: 'Anmelden',
    loginFailed: 'Die Anmeldung ist fehlgeschlagen.',
    loginExpired: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    loginOidc: 'Mit dem Landes-Login anmelden',
    loginOidcIntro: 'Mit Ihrem dienstlichen Zugang beim Landes-Login:',
    loginPasswordIntro: 'Oder mit E-Mail-Adresse und Passwort:',
    oidcErrorDenied: 'Die Anmeldung beim Landes-Login wurde abgebrochen oder abgelehnt.',
    oidcErrorInvalid:
      'Die Anmeldung beim Landes-Login konnte nicht bestätigt werden (sie war abgelaufen oder unvollständig). Bitte versuchen Sie es erneut.',
    oidcErrorNoRole:
      'Ihrem Landes-Login ist keine Rolle in Brückenbauer zugeordnet. Bitte wenden Sie sich an die Koordinierung in der Staatskanzlei.',
    oidcErrorNoMinistry:
      'Ihre Rolle erfordert ein Ministerium oder eine Organisation, aber Ihr Landes-Login nennt keines, das Brückenbauer kennt. Bitte wenden Sie sich an die Koordinierung in der Staatskanzlei.',
    oidcErrorAccount:
      'Ihr Landes-Login passt zu keinem Konto: Die E-Mail-Adresse fehlt oder gehört bereits zu einem anderen Konto. Bitte wenden Sie sich an die Koordinierung in der Staatskanzlei.',
    oidcErrorDisabled: 'Ihr Konto ist gesperrt. Bitte wenden Sie sich an die Koordinierung in der Staatskanzlei.',
    oidcErrorUnavailable:
      'Der Landes-Login ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut oder melden Sie sich mit Passwort an.',
    oidcLogoutTitle: 'Sie sind abgemeldet',
    oidcLogoutContinue: 'Weiter zur Abmeldung beim Landes-Login',
    forbiddenTitle: 'Kein Zugriff',
    forbiddenText: 'Ihre Rolle erlaubt diese Seite nicht.',
    fieldRequired: 'Bitte ausfüllen.',
    accountTitle: 'Ihr Konto',
    name: 'Name',
    role: 'Rolle',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diese Adresse gibt es nicht.',
    errorTitle: 'Ein Fehler ist aufgetreten',
    errorText: 'Der Fehler wurde protokolliert. Bitte versuchen Sie es später erneut.',
    backHome: 'Zur Startseite',
  },
  en: {
    skipToContent: 'Skip to content',
    appName: 'Brückenbauer',
    tagline: 'Register of the international cooperation of the Free State of Saxony',
    otherLanguage: 'Deutsch',
    otherLanguageLabel: 'Auf Deutsch wechseln',
    partnershipsHeading: 'Partnerships by status',
    partnershipsIntro: 'Dormant partnerships are never counted as active.',
    activeCount: 'active',
    partnership: 'Partnership',
    kind: 'Kind',
    places: 'Partner',
    since: 'since',
    agreements: 'Agreements',
    sources: 'Sources',
    none: '–',
    noIsoCode: 'no ISO code',
    strategyHeading: 'The International Strategy',
    adoptedOn: 'adopted',
    goalsHeading: 'Goals',
    instrumentsHeading: 'Instruments and measures',
    measures: 'measures',
    conflictsHeading: 'Where the sources disagree',
    conflictsIntro: 'Both claims are kept with their sources; nothing is decided silently.',
    apiHeading: 'Open interface',
    apiText: 'Everything on this page, with its sources, as JSON:',
    quote: 'Source',
    expires: 'expires',
    expired: 'expired',
    inForce: 'valid until',
    openEnded: 'no fixed term',
    expiresWithin: 'expires within',
    undated: 'undated',
    table: 'Table',
    accountNav: 'Language and account',
    loggedInAs: 'Logged in as',
    logIn: 'Log in',
    logOut: 'Log out',
    logOutEverywhere: 'Log out on all devices',
    loginTitle: 'Log in',
    loginIntro: 'Log in with your official e-mail address.',
    email: 'E-mail address',
    password: 'Password',
    loginSubmit: 'Log in',
    loginFailed: 'Login failed.',
    loginExpired: 'Your session has expired. Please log in again.',
    loginOidc: 'Log in with the state login',
    loginOidcIntro: 'With your official account at the state login:',
    loginPasswordIntro: 'Or with e-mail address and password:',
    oidcErrorDenied: 'The login at the state login was cancelled or refused.',
    oidcErrorInvalid:
      'The login at the state login could not be confirmed (it had expired or was incomplete). Please try again.',
    oidcErrorNoRole:
      'Your state login has no role in Brückenbauer. Please contact the coordinators at the State Chancellery.',
    oidcErrorNoMinistry:
      'Your role needs a ministry or organisation, but your state login names none that Brückenbauer knows. Please contact the coordinators at the State Chancellery.',
    oidcErrorAccount:
      'Your state login matches no account: the e-mail address is missing or belongs to another account. Please contact the coordinators at the State Chancellery.',
    oidcErrorDisabled: 'Your account is disabled. Please contact the coordinators at the State Chancellery.',
    oidcErrorUnavailable:
      'The state login cannot be reached at the moment. Please try again later or log in with your password.',
    oidcLogoutTitle: 'You are logged out',
    oidcLogoutContinue: 'Continue to log out of the state login',
    forbiddenTitle: 'No access',
    forbiddenText: 'Your role does not allow this page.',
    fieldRequired: 'Please fill in.',
    accountTitle: 'Your account',
    name: 'Name',
    role: 'Role',
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist.',
    errorTitle: 'An error occurred',
    errorText: 'The error has been logged. Please try again later.',
    backHome: 'Back to the home page',
  },
} as const;

export type MessageKey =
  | keyof (typeof messages)['de']
  | keyof (typeof workbenchMessages)['de']
  | keyof (typeof activityMessages)['de']
  | keyof (typeof agreementMessages)['de']
  | keyof (typeof proposalMessages)['de']
  | keyof (typeof reviewMessages)['de']
  | keyof (typeof dataMessages)['de']
  | keyof (typeof searchMessages)['de']
  | keyof (typeof historyMessages)['de']
  | keyof (typeof measureMessages)['de']
  | keyof (typeof overviewMessages)['de']
  | keyof (typeof evaluationResultMessages)['de']
  | keyof (typeof evaluationMessages)['de']
  | keyof (typeof roundSetupMessages)['de']
  | keyof (typeof evaluationScoringMessages)['de']
  | keyof (typeof roundIssueMessages)['de']
  | keyof (typeof sourceMessages)['de'];

/** Every message file; a key belongs to exactly one of them (checked by i18n.test.ts). */
export const messageSources = {
  messages,
  workbenchMessages,
  activityMessages,
  agreementMessages,
  proposalMessages,
  reviewMessages,
  dataMessages,
  searchMessages,
  historyMessages,
  measureMessages,
  overviewMessages,
  evaluationResultMessages,
  evaluationMessages,
  roundSetupMessages,
  evaluationScoringMessages,
  roundIssueMessages,
  sourceMessages,
} as const;

const all = {
  de: {
    ...messages.de,
    ...workbenchMessages.de,
    ...activityMessages.de,
    ...agreementMessages.de,
    ...proposalMessages.de,
    ...reviewMessages.de,
    ...dataMessages.de,
    ...searchMessages.de,
    ...historyMessages.de,
    ...measureMessages.de,
    ...overviewMessages.de,
    ...evaluationResultMessages.de,
    ...evaluationMessages.de,
    ...roundSetupMessages.de,
    ...evaluationScoringMessages.de,
    ...roundIssueMessages.de,
    ...sourceMessages.de,
  },
  en: {
    ...messages.en,
    ...workbenchMessages.en,
    ...activityMessages.en,
    ...agreementMessages.en,
    ...proposalMessages.en,
    ...reviewMessages.en,
    ...dataMessages.en,
    ...searchMessages.en,
    ...historyMessages.en,
    ...measureMessages.en,
    ...overviewMessages.en,
    ...evaluationResultMessages.en,
    ...evaluationMessages.en,
    ...roundSetupMessages.en,
    ...evaluationScoringMessages.en,
    ...roundIssueMessages.en,
    ...sourceMessages.en,
  },
} as const;

export const t = (lang: Language, key: MessageKey): string => all[lang][key];

/** Where each form's refusals are worded: the code of a refusal after its prefix (`rndErr_required`). */
const ISSUE_WORDING = {
  round: 'rndErr_',
  recommendation: 'rrErr_',
  agreement: 'agErr_',
  document: 'dErr_',
  measure: 'mErr_',
  activity: 'aErr_',
  proposal: 'pErr_',
  review: 'rvErr_',
  source: 'srcErr_',
  cite: 'citeErr_',
} as const;

/** A refusal worded for the reader: its code translated, or its message as given when it has no wording. */
export function issueText(lang: Language, form: keyof typeof ISSUE_WORDING, issue: FieldIssue): string {
  const key = `${ISSUE_WORDING[form]}${issue.code ?? ''}`;
  return issue.code && key in all[lang] ? all[lang][key as MessageKey] : issue.message;
}

/** The page language: `?lang=en` switches to English; German otherwise. */
export function pickLanguage(request: Request): Language {
  return new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'de';
}
