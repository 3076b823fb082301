/**
 * Whether a text shows the damage of OCR or of a broken PDF text layer, judged from the text
 * alone: German words with letters that German does not write ("fiir", "MaBnahme", "AuRen",
 * "Ma3nahme", "L&sungen"), or a German text of some length without a single umlaut or ß.
 * An undamaged text is never handed to the repair.
 */
export function looksDamaged(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 10) return false;
  const german = words.filter((w) => GERMAN_WORDS.has(w.toLowerCase())).length;
  if (german < 5 || german / words.length < 0.05) return false;
  return damageSignals(text) >= 3 || (words.length >= 80 && umlautCount(text) === 0);
}

const GERMAN_WORDS = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'mit',
  'von',
  'den',
  'des',
  'dem',
  'im',
  'zu',
  'zur',
  'zum',
  'auf',
  'sich',
  'nicht',
  'ein',
  'eine',
  'einer',
  'einen',
  'sind',
  'wird',
  'werden',
  'auch',
  'als',
]);

/** Letters a German word cannot have, and damaged spellings of "für" and "über". */
const SIGNALS = [
  /\p{L}ii\p{Ll}/gu,
  /\p{Ll}[BR]\p{Ll}/gu,
  /\p{L}[3&]\p{Ll}/gu,
  /\p{Ll}é[ar]/gu,
  /(?<!\p{L})(?:fiir|Fiir|fir|flir|fiur|Uber)(?!\p{L})/gu,
];

function damageSignals(text: string): number {
  let count = 0;
  for (const signal of SIGNALS) count += text.match(signal)?.length ?? 0;
  return count;
}

/** How many umlauts (and ß) the text has. */
export function umlautCount(text: string): number {
  return text.match(/[äöüÄÖÜß]/g)?.length ?? 0;
}
