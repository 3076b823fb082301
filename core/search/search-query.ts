/**
 * What a user types into the search field, read the way web search engines read it: words are
 * all required, "quoted words" are a phrase, OR (or "oder") between two terms accepts either,
 * and a leading minus excludes a term. A word also finds the compounds and longer words it
 * begins (PREFIX_MIN_LENGTH); a phrase matches as written. Nothing a user types is an error except a query that is
 * far too long: stray quotes, backslashes and operators are read as plain text.
 */

/** The longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 500;
/** The most words and phrases one query may hold. */
export const MAX_TERMS = 32;
/**
 * A word also finds the words it begins (compounds, and the word being typed) once its stem
 * has this many letters: "Lazi" finds "Lazio", "Wasserstoff" "Wasserstoffkonferenz"; "EU" stays exact.
 */
export const PREFIX_MIN_LENGTH = 3;

/** One word or phrase to look for, in every spelling it may be written in. */
export interface SearchTerm {
  kind: 'word' | 'phrase';
  /** Excluded: matches must not contain it. */
  negated: boolean;
  /** The forms to look for, lower case: as typed first, then the ae/oe/ue ⇄ ä/ö/ü spellings. */
  forms: string[];
  /**
   * A compound's two words, each entry the pair in one spelling ("wasserstoff konferenz"): one
   * more alternative of the term, both words required and matched as words, not as the start of
   * longer ones (see compound-words.ts).
   */
  parts?: string[];
}

/** Every alternative a term is looked for in: its forms, then its compound's parts. */
export const termAlternatives = (term: SearchTerm): string[] => [...term.forms, ...(term.parts ?? [])];

/** Terms joined by OR: a match contains at least one of them. A query is the AND of its clauses. */
export type SearchClause = SearchTerm[];

export interface SearchQuery {
  /** The query as read: control characters and surplus spaces removed, Unicode composed (NFC). */
  text: string;
  clauses: SearchClause[];
}

/** The reasons a query is refused, as stable messages the pages translate. */
export const SEARCH_QUERY_ISSUES = {
  tooLong: `must be at most ${MAX_QUERY_LENGTH} characters`,
  tooManyTerms: `must have at most ${MAX_TERMS} words or phrases`,
  nothingToFind: 'must contain at least one word to look for that is not excluded',
} as const;
export type SearchQueryIssue = keyof typeof SEARCH_QUERY_ISSUES;

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; issue: SearchQueryIssue; text: string };

const CONTROL = /[^\P{Cc}]/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OR_WORDS = new Set(['or', 'oder']);

/** Control characters become spaces, Unicode is composed ("a" + combining diaeresis → "ä"), spaces collapse. */
export const normaliseQueryText = (input: string): string =>
  input.normalize('NFC').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();

/**
 * The spellings of a word a German reader accepts as the same: "Universität" is also written
 * "Universitaet" where a keyboard has no umlauts, and the other way round. ("ue" after "q", as
 * in "Quelle", is no umlaut.) ß needs no variant: the German stemmer reads it as "ss" everywhere.
 */
export function spellingVariants(word: string): string[] {
  const lower = word.toLocaleLowerCase('de');
  const withUmlauts = lower
    .replace(/ae/g, 'ä')
    .replace(/oe/g, 'ö')
    .replace(/(?<!q)ue/g, 'ü');
  const withoutUmlauts = lower.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  return [...new Set([lower, withUmlauts, withoutUmlauts])];
}

/** The variants of a phrase: the whole phrase spelled one way, then the other. */
const phraseVariants = (words: string[]): string[] => {
  const spelled = words.map(spellingVariants);
  const pick = (choose: (v: string[]) => string) => spelled.map(choose).join(' ');
  return [
    ...new Set([
      pick((v) => v[0]!),
      pick((v) => v.find((f) => /[äöü]/.test(f)) ?? v[0]!),
      pick((v) => v.find((f) => !/[äöü]/.test(f)) ?? v[0]!),
    ]),
  ];
};

interface Token {
  kind: 'word' | 'phrase' | 'or';
  negated: boolean;
  text: string;
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      // An unclosed quote runs to the end of the query, as in web search.
      const end = text.indexOf('"', i + 1);
      const inner = text.slice(i + 1, end === -1 ? text.length : end);
      tokens.push({ kind: 'phrase', negated, text: inner.trim() });
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== ' ' && text[end] !== '"') end++;
    const word = text.slice(i, end);
    tokens.push({ kind: !negated && OR_WORDS.has(word.toLowerCase()) ? 'or' : 'word', negated, text: word });
    i = end;
  }
  return tokens;
}

/** The words of a token that can be looked for: those with at least one letter or digit. */
const wordsOf = (text: string) => text.split(' ').filter((w) => HAS_LETTER_OR_DIGIT.test(w));

/** Reads a query; an empty query is read as no clauses (the page then shows its start state). */
export function parseSearchQuery(input: string): ParsedQuery {
  const text = normaliseQueryText(input);
  if (text.length > MAX_QUERY_LENGTH) return { ok: false, issue: 'tooLong', text: text.slice(0, MAX_QUERY_LENGTH) };
  const clauses: SearchClause[] = [];
  let joinNext = false;
  let terms = 0;
  for (const token of tokenise(text)) {
    if (token.kind === 'or') {
      joinNext = clauses.length > 0;
      continue;
    }
    const words = wordsOf(token.text);
    if (words.length === 0) continue;
    terms++;
    const term: SearchTerm =
      token.kind === 'phrase' && words.length > 1
        ? { kind: 'phrase', negated: token.negated, forms: phraseVariants(words) }
        : { kind: 'word', negated: token.negated, forms: spellingVariants(words.join(' ')) };
    if (joinNext) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    joinNext = false;
  }
  if (terms > MAX_TERMS) return { ok: false, issue: 'tooManyTerms', text };
  if (clauses.length > 0 && !clauses.some((c) => c.every((t) => !t.negated)))
    return { ok: false, issue: 'nothingToFind', text };
  return { ok: true, query: { text, clauses } };
}

/** Whether the query asks for anything (an empty field shows the start state, not "no results"). */
export const isEmptyQuery = (query: SearchQuery): boolean => query.clauses.length === 0;
