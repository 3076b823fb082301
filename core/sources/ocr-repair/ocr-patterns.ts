/**
 * The confusions OCR and broken PDF text layers make with German letters, as seen in the
 * strategy and the cabinet press release: each says what the damaged text shows (`seen`), what
 * the letter was (`meant`), and how unlikely the confusion is (`cost`: lower is more common).
 * Candidates for a damaged word are made by undoing some of them and checked against the
 * dictionary; the cheapest reading that the dictionary knows wins.
 */
export interface Confusion {
  seen: string;
  meant: string;
  cost: number;
  /** Only at the start of a word. */
  initial?: boolean;
}

export const CONFUSIONS: readonly Confusion[] = [
  // ü: "fiir", "Briicke", "fiur", "Unterstiutzung", "flr", "verfligt", "AnknUpfungspunkte", "kinftig"
  { seen: 'ii', meant: 'ü', cost: 0.3 },
  { seen: 'iu', meant: 'ü', cost: 0.4 },
  { seen: 'lU', meant: 'ü', cost: 0.4 },
  { seen: 'U', meant: 'ü', cost: 0.5 },
  { seen: 'U', meant: 'Ü', cost: 0.5, initial: true },
  { seen: 'li', meant: 'ü', cost: 0.75 },
  { seen: 'u', meant: 'ü', cost: 0.6 },
  { seen: 'i', meant: 'ü', cost: 0.7 },
  { seen: 'l', meant: 'ü', cost: 0.8 },
  { seen: 'ti', meant: 'ü', cost: 1.0 },
  { seen: 'G', meant: 'ü', cost: 1.0, initial: true },
  { seen: 'a', meant: 'ü', cost: 1.2 },
  // ä: "Starkung", "Verstéarkte", "Attraktivitdt", "Aktivitadten", "Agypten"
  { seen: 'éa', meant: 'ä', cost: 0.3 },
  { seen: 'é', meant: 'ä', cost: 0.4 },
  { seen: 'a', meant: 'ä', cost: 0.6 },
  { seen: 'A', meant: 'Ä', cost: 0.6 },
  { seen: 'ad', meant: 'ä', cost: 0.6 },
  { seen: 'd', meant: 'ä', cost: 0.8 },
  // ö: "Férderung", "Foérderung", "Fdérderung", "kdnnen", "L&sungen", "Ostlichen"
  { seen: 'oé', meant: 'ö', cost: 0.3 },
  { seen: 'dé', meant: 'ö', cost: 0.3 },
  { seen: 'é', meant: 'ö', cost: 0.4 },
  { seen: '&', meant: 'ö', cost: 0.4 },
  { seen: 'o', meant: 'ö', cost: 0.6 },
  { seen: 'O', meant: 'Ö', cost: 0.6 },
  { seen: 'd', meant: 'ö', cost: 0.8 },
  // ß: "MaBnahme", "AuRen", "MalRnahmen", "MafRnahmen", "AufBlen", "Aullen", "aulierst",
  // "Neilke", "mafigeblich", "einschlief3lich", "Grol3britannien", "Ma3nahme", "regelmaliger"
  { seen: 'B', meant: 'ß', cost: 0.4 },
  { seen: 'R', meant: 'ß', cost: 0.4 },
  { seen: 'lR', meant: 'ß', cost: 0.3 },
  { seen: 'fR', meant: 'ß', cost: 0.3 },
  { seen: 'fBl', meant: 'ß', cost: 0.3 },
  { seen: 'Bl', meant: 'ß', cost: 0.3 },
  { seen: 'f3', meant: 'ß', cost: 0.3 },
  { seen: 'l3', meant: 'ß', cost: 0.3 },
  { seen: '3', meant: 'ß', cost: 0.3 },
  { seen: 'fl', meant: 'ß', cost: 0.6 },
  { seen: 'll', meant: 'ß', cost: 0.6 },
  { seen: 'li', meant: 'ß', cost: 0.6 },
  { seen: 'lk', meant: 'ß', cost: 0.6 },
  { seen: 'fi', meant: 'ß', cost: 0.6 },
  { seen: 'l', meant: 'ß', cost: 0.8 },
  // Other letters: "Keiin", "qilt", "ldeen", "ltalien"
  { seen: 'ii', meant: 'i', cost: 0.8 },
  { seen: 'q', meant: 'g', cost: 0.8 },
  { seen: 'l', meant: 'I', cost: 0.6, initial: true },
];

/** The letters a text that lost its umlauts shows for them, and the umlaut each stands for. */
export const DROPPED_UMLAUTS: Readonly<Record<string, string>> = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };
