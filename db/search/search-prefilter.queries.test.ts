import { describe, expect, it } from 'vitest';
import { lexemePattern } from './search-prefilter.queries.ts';

const matches = (lexeme: string, text: string) => new RegExp(lexemePattern(lexeme), 'iu').test(text);

describe('the prefilter pattern of a lexeme', () => {
  it('accepts every spelling the German stemmer folds into the lexeme', () => {
    expect(lexemePattern('strass')).toBe('str(a|ä|ae)(ss|ß)');
    expect(matches('universitat', 'Technische Universität Dresden')).toBe(true);
    expect(matches('universitat', 'UNIVERSITAET Leipzig')).toBe(true);
    expect(matches('universitaet', 'Universitaet')).toBe(true);
    expect(matches('strass', 'Straße der Wissenschaft')).toBe(true);
    expect(matches('massnahm', 'Maßnahmen')).toBe(true);
    expect(matches('osterreich', 'Oberösterreich')).toBe(true);
    expect(matches('mull', 'Müller')).toBe(true);
  });

  it('escapes what a regular expression would read as syntax', () => {
    expect(matches('e.v', 'Verein e.V.')).toBe(true);
    expect(matches('e.v', 'Verein eXv')).toBe(false);
    expect(matches('c++', 'C++ Kurs')).toBe(true);
    expect(() => lexemePattern('a(b[c{d\\e|f^g$h*i?j')).not.toThrow();
    expect(matches('(x)', 'a (x) b')).toBe(true);
  });

  it('refuses text without the word', () => {
    expect(matches('hochschul', 'Fachhochschule')).toBe(true);
    expect(matches('hochschul', 'Hochsommer')).toBe(false);
  });
});
