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
    notFoundTitle: 'Page not found',
    notFoundText: 'This address does not exist.',
    errorTitle: 'An error occurred',
    errorText: 'The error has been logged. Please try again later.',
    backHome: 'Back to the home page',
  },
} as const;

export type MessageKey = keyof (typeof messages)['de'];

export const t = (lang: Language, key: MessageKey): string => messages[lang][key];

const labels = {
  status: {
    de: { under_examination: 'in Prüfung', active: 'aktiv', dormant: 'ruhend', ended: 'beendet' },
    en: { under_examination: 'under examination', active: 'active', dormant: 'dormant', ended: 'ended' },
  },
  kind: {
    de: {
      cross_border: 'grenzüberschreitend',
      regional: 'Regionalpartnerschaft',
      sectoral: 'sektoral',
      liaison_office: 'Verbindungsbüro',
      representative_office: 'Büro',
      administrative_cooperation: 'Verwaltungskooperation',
    },
    en: {
      cross_border: 'cross-border',
      regional: 'regional partnership',
      sectoral: 'sectoral',
      liaison_office: 'liaison office',
      representative_office: 'office',
      administrative_cooperation: 'administrative cooperation',
    },
  },
  agreementKind: {
    de: {
      joint_declaration: 'Gemeinsame Erklärung',
      memorandum_of_understanding: 'Memorandum of Understanding',
      declaration_of_intent: 'Absichtserklärung',
      partnership_agreement: 'Partnerschaftsvereinbarung',
    },
    en: {
      joint_declaration: 'joint declaration',
      memorandum_of_understanding: 'memorandum of understanding',
      declaration_of_intent: 'declaration of intent',
      partnership_agreement: 'partnership agreement',
    },
  },
  commitment: {
    de: { sollen: 'sollen', koennten: 'könnten aus gegenwärtiger Sicht', werden: 'werden (laufend)' },
    en: { sollen: 'shall', koennten: 'could, from the present view', werden: 'being done' },
  },
} as const;

export function label<G extends keyof typeof labels>(
  lang: Language,
  group: G,
  value: keyof (typeof labels)[G]['de'],
): string {
  return (labels[group][lang] as Record<string, string>)[value as string] ?? String(value);
}

/** The page language: `?lang=en` switches to English; German otherwise. */
export function pickLanguage(request: Request): Language {
  return new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'de';
}
