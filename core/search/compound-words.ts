import type { SpellChecker } from '../sources/ocr-repair/spell-checker.ts';
import type { SearchQuery, SearchTerm } from './search-query.ts';

/**
 * German writes compounds as one word: "Wasserstoffkonferenz", "Hochschulpartnerschaft". A record
 * may say the same in separate words ("Konferenz zum Wasserstoff", "Partnerschaft der
 * Hochschulen"). So a compound the reader types is also looked for as its two parts, both
 * required, split with the German Hunspell dictionary (dictionary-de, which knows the words and
 * their compounds). The other direction — a word finding the compounds it begins — is the
 * prefix match of the search (`PREFIX_MIN_LENGTH`).
 */

/** The shortest part a compound is split into; shorter ones ("Bau", "Amt") split too many words wrongly. */
export const MIN_PART_LENGTH = 4;

/** Endings that are words of their own but mostly suffixes: "Partnerschaft" is no "Partner" + "Schaft". */
const SUFFIX_WORDS = new Set(['schaft', 'schaften', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'lich', 'liche']);

const capitalised = (word: string) => word.charAt(0).toLocaleUpperCase('de') + word.slice(1);
const isWord = (word: string, words: SpellChecker) => words.correct(capitalised(word)) || words.correct(word);

/** The forms of a modifier without its linking element: "Delegations" → "Delegation", "Hochschul" → "Hochschule". */
const headForms = (head: string) => {
  const forms = [head, `${head}e`];
  if (head.endsWith('s')) forms.push(head.slice(0, -1));
  if (head.endsWith('es') || head.endsWith('en')) forms.push(head.slice(0, -2));
  return forms.filter((f) => f.length >= MIN_PART_LENGTH);
};

/**
 * The two words a compound is made of, lower case, or null where it is none: of the splits whose
 * both parts are German words, the most even ("Kreislauf" + "wirtschaft", not "Kreislaufwirt" +
 * "schaft"). Words with anything but letters are left whole.
 */
export function splitCompound(word: string, words: SpellChecker): [string, string] | null {
  const lower = word.toLocaleLowerCase('de');
  if (!/^\p{L}+$/u.test(lower) || lower.length < 2 * MIN_PART_LENGTH) return null;
  let best: [string, string] | null = null;
  let bestImbalance = Infinity;
  for (let i = MIN_PART_LENGTH; i <= lower.length - MIN_PART_LENGTH; i++) {
    const tail = lower.slice(i);
    const imbalance = Math.abs(lower.length - 2 * i);
    if (imbalance >= bestImbalance || SUFFIX_WORDS.has(tail) || !isWord(tail, words)) continue;
    const head = headForms(lower.slice(0, i)).find((h) => isWord(h, words));
    if (head === undefined) continue;
    best = [head, tail];
    bestImbalance = imbalance;
  }
  return best;
}

/**
 * The query with each compound word also looked for as its two parts ("wasserstoffkonferenz" or
 * "wasserstoff" and "konferenz", both required). The parts match as words: "Wasser" does not also
 * find every compound it begins, which the whole word's prefix match has already found. Phrases stay as written, and so do exclusions:
 * "-Wasserstoffkonferenz" does not exclude every text that names water and a conference.
 */
export function withCompoundParts(query: SearchQuery, words: SpellChecker): SearchQuery {
  const split = (term: SearchTerm): SearchTerm => {
    if (term.kind !== 'word' || term.negated) return term;
    const parts = term.forms.flatMap((form) => {
      const pair = splitCompound(form, words);
      return pair ? [pair.join(' ')] : [];
    });
    return parts.length ? { ...term, parts: [...new Set(parts)] } : term;
  };
  return { ...query, clauses: query.clauses.map((clause) => clause.map(split)) };
}
