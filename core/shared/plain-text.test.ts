import { describe, expect, it } from 'vitest';
import { firstUnsafeCharacter, hasUnsafeCharacters, isPlainFileName } from './plain-text.ts';

describe('characters no title or name may hold', () => {
  it.each([
    ['a right-to-left override', 'Vertrag\u202efdp.exe.pdf', 'U+202E'],
    ['a first-strong isolate', 'Titel \u2068x', 'U+2068'],
    ['a pop directional isolate', 'Titel \u2069', 'U+2069'],
    ['a zero-width space', 'Part\u200bnerschaft', 'U+200B'],
    ['a line separator', 'Zeile\u2028zwei', 'U+2028'],
    ['a byte order mark', '\ufeffTitel', 'U+FEFF'],
    ['a null character', 'Titel\u0000', 'U+0000'],
  ])('finds %s', (_, text, code) => {
    expect(hasUnsafeCharacters(text)).toBe(true);
    expect(firstUnsafeCharacter(text)).toBe(code);
  });

  it('lets honest text pass: umlauts, Polish and Czech, line breaks, a soft hyphen, an emoji with a joiner', () => {
    for (const text of [
      'Außenwirtschaft',
      'Dolnośląskie – Liberecký kraj',
      'Zeile 1\nZeile 2\tTab',
      'Part\u00adner',
      '👩\u200d💻',
    ]) {
      expect(hasUnsafeCharacters(text), text).toBe(false);
    }
  });

  it('knows a file name fit to store and offer', () => {
    expect(isPlainFileName('MoU Hubei 2017 – Übersetzung.pdf')).toBe(true);
    expect(isPlainFileName('Vertrag\u202efdp.exe.pdf')).toBe(false);
    expect(isPlainFileName('zwei\nZeilen.pdf')).toBe(false);
    expect(isPlainFileName('Tab\t.pdf')).toBe(false);
  });
});
