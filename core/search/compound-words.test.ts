import { beforeAll, describe, expect, it } from 'vitest';
import { germanDictionary } from '../sources/ocr-repair/german-dictionary.ts';
import type { SpellChecker } from '../sources/ocr-repair/spell-checker.ts';
import { splitCompound, withCompoundParts } from './compound-words.ts';
import { parseSearchQuery, termAlternatives } from './search-query.ts';

let words: SpellChecker;
beforeAll(async () => {
  words = await germanDictionary();
});

describe('splitting German compounds', () => {
  it('splits a compound into its two words, the most even split, without the linking element', () => {
    expect(splitCompound('Wasserstoffkonferenz', words)).toEqual(['wasserstoff', 'konferenz']);
    expect(splitCompound('kreislaufwirtschaft', words)).toEqual(['kreislauf', 'wirtschaft']);
    expect(splitCompound('Delegationsreise', words)).toEqual(['delegation', 'reise']);
    expect(splitCompound('Hochschulpartnerschaft', words)).toEqual(['hochschule', 'partnerschaft']);
    expect(splitCompound('Fachkräfteallianz', words)).toEqual(['fachkräfte', 'allianz']);
  });

  it('leaves words that are no compounds, short words, names and words with digits whole', () => {
    for (const word of [
      'Partnerschaft',
      'Wirtschaft',
      'Konferenz',
      'Messe',
      'Lazio',
      'Hannover',
      'COVID19',
      'Baden-Württemberg',
    ])
      expect(splitCompound(word, words), word).toBeNull();
  });

  it('adds the parts as one more form of a word, never of a phrase or an exclusion', () => {
    const read = (q: string) => {
      const parsed = parseSearchQuery(q);
      if (!parsed.ok) throw new Error(q);
      return withCompoundParts(parsed.query, words).clauses.map((c) => c.map(termAlternatives));
    };
    expect(read('Wasserstoffkonferenz')).toEqual([[['wasserstoffkonferenz', 'wasserstoff konferenz']]]);
    expect(read('Fachkraefteallianz')[0]![0]).toContain('fachkräfte allianz');
    expect(read('"Internationale Wasserstoffkonferenz"')).toEqual([[['internationale wasserstoffkonferenz']]]);
    expect(read('Messe -Wasserstoffkonferenz')).toEqual([[['messe']], [['wasserstoffkonferenz']]]);
  });
});
