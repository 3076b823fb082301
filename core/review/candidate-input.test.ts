import { describe, expect, it } from 'vitest';
import { locatorOf, parseCandidateEdit, parseReason } from './candidate-input.ts';

describe('a reviewer’s corrections', () => {
  it('takes dates at their precision, kinds of the vocabulary, and clears what is given empty', () => {
    expect(
      parseCandidateEdit({
        date: '2025-05',
        endDate: '2025-06-01',
        activityKind: 'fair',
        agreementKind: '',
        title: ' Messe ',
      }),
    ).toMatchObject({
      date: '2025-05',
      endDate: '2025-06-01',
      activityKind: 'fair',
      agreementKind: null,
      title: 'Messe',
    });
  });

  it('names every refused field and why', () => {
    const error = (() => {
      try {
        parseCandidateEdit({ date: '12.05.2025', activityKind: 'picnic', title: 'x'.repeat(301), status: 'paused' });
      } catch (e) {
        return e as { code: string; issues: { field: string; code?: string }[] };
      }
    })();
    expect(error?.code).toBe('INVALID_INPUT');
    expect(error?.issues.map((i) => [i.field, i.code])).toEqual([
      ['title', 'tooLong'],
      ['date', 'date'],
      ['activityKind', 'vocabulary'],
      ['status', 'vocabulary'],
    ]);
    expect(() => parseCandidateEdit({ date: '2025-05-12', endDate: '2025-05-11' })).toThrow(/endDate/);
  });

  it('needs a reason for a rejection', () => {
    expect(() => parseReason('  ')).toThrow(/reason: a rejection needs a reason/);
    expect(() => parseReason('a\u0000b')).toThrow(/control/);
    expect(parseReason(' Doppelt ')).toBe('Doppelt');
  });
});

describe('where a passage stands', () => {
  const text =
    '# Medieninformation\n\nTitel\n\n\nErster Absatz. Zweiter Satz.\nNoch derselbe Absatz.\n\nLetzter Absatz.';
  it('counts the paragraphs (blocks between blank lines) before it', () => {
    expect(locatorOf(text, 0)).toBe('Absatz 1');
    expect(locatorOf(text, text.indexOf('Titel'))).toBe('Absatz 2');
    expect(locatorOf(text, text.indexOf('Zweiter'))).toBe('Absatz 3');
    expect(locatorOf(text, text.indexOf('Noch'))).toBe('Absatz 3');
    expect(locatorOf(text, text.indexOf('Letzter'))).toBe('Absatz 4');
  });
});
