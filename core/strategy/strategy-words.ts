import { stemmer } from '@orama/stemmers/german';

/** A word of a text: as written (for the explanation) and its German Snowball stem. */
export interface Word {
  written: string;
  stem: string;
}

/**
 * Words too common in the strategy's wording to say what an activity serves ("Ausbau der
 * internationalen Zusammenarbeit"), by stem; words shorter than four letters are never matched.
 */
const GENERIC = new Set(
  [
    'international',
    'zusammenarbeit',
    'sachsen',
    'sächsisch',
    'freistaat',
    'förderung',
    'ausbau',
    'stärkung',
    'weiter',
    'weitere',
    'weiterer',
    'unterstützung',
    'fortsetzung',
    'fortführung',
    'bereich',
    'rahmen',
    'sowie',
    'insbesondere',
    'unter',
    'durch',
    'einer',
    'eines',
    'dieser',
    'zwischen',
    'mehreren',
    'weltweit',
    'attraktiv',
    'standort',
    'weiterentwicklung',
    'verstärkt',
    'positionierung',
    'beziehung',
    'status',
    'auch',
    'dabei',
    'wurde',
    'werden',
    'haben',
    'heute',
    'nach',
    'über',
    'hinaus',
    'groß',
    'neue',
    'mehr',
    'sehr',
    'bereits',
    'diese',
    'schon',
    'ihre',
    'seine',
    'einen',
    'eine',
    'einem',
    'sich',
    'dass',
    'oder',
    'aber',
    'wird',
    'sind',
    'waren',
    'zudem',
    'anderem',
    'allem',
    'gegen',
    'beim',
    'seit',
    'ohne',
    'erweitert',
    'zusammen',
    'gemeinsam',
    'dies',
    'kann',
    'wenn',
    'dann',
    'denn',
    'noch',
    'alle',
    'dort',
    'hier',
    'jede',
    'zwei',
    'drei',
    'ihrer',
    'seiner',
  ].map((w) => stemmer(w)),
);

const MIN_WORD = 4;
/** A stem this long may be part of a compound ("Wasserstoff" in "Wasserstoffkonferenz"). */
const MIN_COMPOUND_PART = 6;
/** A compound this long names one thing ("Wissenschaftskonferenz"): the same word on both sides counts double. */
const SPECIFIC = 12;

/** The meaningful words of a text, each once: hyphenated compounds ("Wirtschafts-") split at the hyphen. */
export function wordsOf(text: string): Word[] {
  const seen = new Map<string, Word>();
  for (const token of text.match(/[\p{L}][\p{L}\p{N}-]*/gu) ?? []) {
    for (const part of token.split('-')) {
      if (!part) continue;
      // Short words say little, but a short stem of a longer word may ("Polen" → "pol").
      const stem = stemmer(part.toLowerCase());
      if (part.length < MIN_WORD || GENERIC.has(stem) || seen.has(stem)) continue;
      seen.set(stem, { written: part, stem });
    }
  }
  return [...seen.values()];
}

/**
 * How strongly two stems match: 1 when equal (2 for a long compound), 0.75 when one is part of
 * the other's compound ("wasserstoff" in "wasserstoffkonferenz", "delegation" in "delegationsreis"), else 0.
 */
export function matchStrength(a: string, b: string): number {
  if (a === b) return a.length >= SPECIFIC ? 2 : 1;
  if (a.length >= MIN_COMPOUND_PART && b.includes(a)) return 0.75;
  if (b.length >= MIN_COMPOUND_PART && a.includes(b)) return 0.75;
  return 0;
}
