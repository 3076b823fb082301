import type { FocusField } from '../core/shared/vocabulary.ts';

/** The texts of the strategy suggestions and the confirmation before saving an activity, in both languages. */
export const suggestionText = {
  de: {
    heading: 'Welchen Zielen, Instrumenten und Maßnahmen dient die Aktivität?',
    intro:
      'Vorschläge aus Titel, Beschreibung, Art, Partnerschaft und Sektoren. „Vorschläge übernehmen“ kreuzt sie an und trägt die Maßnahmen ein; nichts wird dabei gespeichert.',
    none: 'Aus den bisherigen Angaben ergibt sich kein Vorschlag. Ein aussagekräftiger Titel oder eine Beschreibung hilft.',
    apply: 'Vorschläge übernehmen',
    applied: 'Die Vorschläge sind übernommen. Prüfen Sie die Auswahl und speichern Sie.',
    goal: 'Ziel',
    instrument: 'Instrument',
    measure: 'Maßnahme',
    confirmHeading: 'Bitte prüfen Sie vor dem Speichern',
    servesNothing:
      'Die Aktivität dient keinem Ziel, keinem Instrument und keiner Maßnahme der Strategie. Sie zählt dann in keiner Übersicht nach Zielen.',
    dateEarly: (field: string, value: string) => `${field}: ${value} liegt vor 1990. Ist das Datum richtig?`,
    dateFar: (field: string, value: string) =>
      `${field}: ${value} liegt mehr als fünf Jahre in der Zukunft. Ist das Datum richtig?`,
    confirm: 'Trotzdem speichern',
    because: 'weil',
    word: (w: string) => `der Text „${w}“ nennt`,
    kind: (k: string) => `die Art „${k}“ dazu gehört`,
    partnership: (k: string) => `die Partnerschaft „${k}“ ist`,
    place: (p: string) => `die Partnerschaft in „${p}“ liegt`,
    sector: (s: string) => `der Sektor „${s}“ gewählt ist`,
    focus: (f: FocusField, p: string) => `die Strategie „${p}“ als Schwerpunkt nennt (${FOCUS.de[f]})`,
    measureOf: (m: string) => `Maßnahme ${m} dazu gehört`,
  },
  en: {
    heading: 'Which goals, instruments and measures does the activity serve?',
    intro:
      'Suggestions from title, description, kind, partnership and sectors. “Accept suggestions” ticks them and enters the measures; nothing is saved by it.',
    none: 'The details so far suggest nothing. A telling title or a description helps.',
    apply: 'Accept suggestions',
    applied: 'The suggestions are accepted. Check the selection and save.',
    goal: 'Goal',
    instrument: 'Instrument',
    measure: 'Measure',
    confirmHeading: 'Please check before saving',
    servesNothing:
      'The activity serves no goal, instrument or measure of the strategy. It will then count in no overview by goal.',
    dateEarly: (field: string, value: string) => `${field}: ${value} lies before 1990. Is the date right?`,
    dateFar: (field: string, value: string) => `${field}: ${value} lies more than five years ahead. Is the date right?`,
    confirm: 'Save anyway',
    because: 'because',
    word: (w: string) => `the text names “${w}”`,
    kind: (k: string) => `the kind “${k}” belongs to it`,
    partnership: (k: string) => `the partnership is “${k}”`,
    place: (p: string) => `the partnership lies in “${p}”`,
    sector: (s: string) => `the sector “${s}” is chosen`,
    focus: (f: FocusField, p: string) => `the strategy names “${p}” as a focus (${FOCUS.en[f]})`,
    measureOf: (m: string) => `measure ${m} belongs to it`,
  },
} as const;

const FOCUS: Record<'de' | 'en', Record<FocusField, string>> = {
  de: {
    skilled_worker_countries: 'Fachkräftegewinnung',
    trade_partners: 'Handelspartner',
    development_cooperation: 'Entwicklungszusammenarbeit',
    sectoral_partnership_sectors: 'sektorale Partnerschaften',
    investment_sectors: 'Ansiedlungen',
    development_economic_sectors: 'Wirtschaft in der Entwicklungszusammenarbeit',
    dialogue_formats: 'Dialogformate',
  },
  en: {
    skilled_worker_countries: 'skilled-worker recruitment',
    trade_partners: 'trade partners',
    development_cooperation: 'development cooperation',
    sectoral_partnership_sectors: 'sectoral partnerships',
    investment_sectors: 'investment',
    development_economic_sectors: 'business in development cooperation',
    dialogue_formats: 'dialogue formats',
  },
};
