/**
 * What the OCR repair needs of a dictionary: whether a word is spelled right. A Hunspell
 * dictionary (with its affix file, so that German compounds and inflections count) is loaded
 * by german-dictionary.ts and handed in.
 */
export interface SpellChecker {
  correct(word: string): boolean;
}

/** A spell checker that asks `inner` once per word and remembers the answer. */
export function cachedSpellChecker(inner: SpellChecker): SpellChecker {
  const known = new Map<string, boolean>();
  return {
    correct(word) {
      let answer = known.get(word);
      if (answer === undefined) {
        answer = inner.correct(word);
        known.set(word, answer);
      }
      return answer;
    },
  };
}

/** Lower case, without diacritics, ß as ss: how a name compares when OCR lost its marks. */
export function foldName(word: string): string {
  return word.replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of the register's names, by their folded form ("liberecky" → "Liberecký"). */
export interface NameIndex {
  exact: Set<string>;
  byFold: Map<string, string>;
}

/**
 * The register's name that `word` is with its diacritics lost ("Liberecky" → "Liberecký"), in
 * the word's own case at its start; null where there is none or the word differs only in case.
 */
export function nameReading(word: string, names: NameIndex): string | null {
  const name = names.byFold.get(foldName(word));
  if (name === undefined || name.toLowerCase() === word.toLowerCase()) return null;
  const first = word[0] === word[0]!.toLowerCase() ? name[0]!.toLowerCase() : name[0]!.toUpperCase();
  return first + name.slice(1);
}

/** Indexes the register's names word by word; a fold shared by two spellings is left out. */
export function indexNames(names: readonly string[]): NameIndex {
  const exact = new Set<string>();
  const byFold = new Map<string, string | null>();
  for (const name of names) {
    for (const word of name.split(/[^\p{L}\p{M}]+/u)) {
      if (word.length < 3) continue;
      exact.add(word);
      const fold = foldName(word);
      const seen = byFold.get(fold);
      byFold.set(fold, seen === undefined || seen === word ? word : null);
    }
  }
  const unique = new Map<string, string>();
  for (const [fold, word] of byFold) if (word !== null) unique.set(fold, word);
  return { exact, byFold: unique };
}
