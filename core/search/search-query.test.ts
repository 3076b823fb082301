import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQueryText, parseSearchQuery, spellingVariants } from './search-query.ts';

const clauses = (input: string) => {
  const parsed = parseSearchQuery(input);
  if (!parsed.ok) throw new Error(`refused: ${parsed.issue}`);
  return parsed.query.clauses;
};

describe('spelling variants', () => {
  it('spells umlauts both ways, in lower case', () => {
    expect(spellingVariants('Universität')).toEqual(['universität', 'universitaet']);
    expect(spellingVariants('Universitaet')).toEqual(['universitaet', 'universität']);
    expect(spellingVariants('Oesterreich')).toEqual(['oesterreich', 'österreich']);
    expect(spellingVariants('Fachkräfte')).toEqual(['fachkräfte', 'fachkraefte']);
  });

  it('leaves words without umlauts alone, and "ue" after "q" is no umlaut', () => {
    expect(spellingVariants('Hochschule')).toEqual(['hochschule']);
    expect(spellingVariants('Universitat')).toEqual(['universitat']);
    expect(spellingVariants('Quelle')).toEqual(['quelle']);
    expect(spellingVariants('Straße')).toEqual(['straße']);
  });
});

describe('reading a query', () => {
  it('requires every word, each in its spellings', () => {
    expect(clauses('Hochschule Universitaet')).toEqual([
      [{ kind: 'word', negated: false, forms: ['hochschule'] }],
      [{ kind: 'word', negated: false, forms: ['universitaet', 'universität'] }],
    ]);
  });

  it('reads quoted words as a phrase, spelled as a whole one way and the other', () => {
    expect(clauses('"Künstliche Intelligenz" Messe')).toEqual([
      [{ kind: 'phrase', negated: false, forms: ['künstliche intelligenz', 'kuenstliche intelligenz'] }],
      [{ kind: 'word', negated: false, forms: ['messe'] }],
    ]);
  });

  it('joins terms around OR or "oder" into one clause, and excludes terms with a minus', () => {
    expect(clauses('Polen OR Tschechien -Messe')).toEqual([
      [
        { kind: 'word', negated: false, forms: ['polen'] },
        { kind: 'word', negated: false, forms: ['tschechien'] },
      ],
      [{ kind: 'word', negated: true, forms: ['messe'] }],
    ]);
    expect(clauses('Polen oder Tschechien')).toHaveLength(1);
    expect(clauses('-"Künstliche Intelligenz" KI')[0]![0]).toMatchObject({ kind: 'phrase', negated: true });
  });

  it('reads stray quotes, backslashes and operators as text, never as an error', () => {
    expect(clauses('"Hochschule')).toEqual([[{ kind: 'word', negated: false, forms: ['hochschule'] }]]);
    expect(clauses('\\ \' & | ! <-> :* ( ) OR - " "')).toEqual([]);
    expect(clauses('"a OR b"')[0]![0]).toMatchObject({ kind: 'phrase', forms: ['a or b'] });
    expect(clauses("Hochschul\\e 'Dresden' a:*")).toHaveLength(3);
    expect(clauses('OR Polen OR')).toEqual([[{ kind: 'word', negated: false, forms: ['polen'] }]]);
  });

  it('composes Unicode, removes control characters and surplus spaces', () => {
    expect(normaliseQueryText('  Universita\u0308t\u0000\tDresden \n')).toBe('Universität Dresden');
  });

  it('refuses a query that is too long, has too many terms, or only excludes', () => {
    expect(parseSearchQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toMatchObject({ ok: false, issue: 'tooLong' });
    expect(parseSearchQuery('x'.repeat(10_240))).toMatchObject({ ok: false, issue: 'tooLong' });
    expect(parseSearchQuery(Array.from({ length: 33 }, (_, i) => `w${i}`).join(' '))).toMatchObject({
      ok: false,
      issue: 'tooManyTerms',
    });
    expect(parseSearchQuery('-Messe -Reise')).toMatchObject({ ok: false, issue: 'nothingToFind' });
    expect(parseSearchQuery('Polen OR -Messe')).toMatchObject({ ok: false, issue: 'nothingToFind' });
  });

  it('reads an empty field as an empty query, not as an error', () => {
    expect(parseSearchQuery('   ')).toEqual({ ok: true, query: { text: '', clauses: [] } });
  });
});
