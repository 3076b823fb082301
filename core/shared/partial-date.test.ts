import { describe, expect, it } from 'vitest';
import { addMonthsToPartialDate, formatPartialDate, parsePartialDate, relateDayTo } from './partial-date.ts';

describe('partial dates keep their precision', () => {
  it('parses year, month and day precision with the days they cover', () => {
    expect(parsePartialDate('1992')).toEqual({
      value: '1992',
      precision: 'year',
      first: '1992-01-01',
      last: '1992-12-31',
    });
    expect(parsePartialDate('2025-10')).toEqual({
      value: '2025-10',
      precision: 'month',
      first: '2025-10-01',
      last: '2025-10-31',
    });
    expect(parsePartialDate('2024-02')?.last).toBe('2024-02-29');
    expect(parsePartialDate('2016-10-18')?.precision).toBe('day');
  });

  it.each(['2021-02-30', '2025-13', '92', '2016-10-18T00:00', '2016/10/18', '', '0000', '0000-01-01', '0999-12'])(
    'refuses %j',
    (value) => {
      expect(parsePartialDate(value)).toBeNull();
    },
  );

  it('takes years from 1000 on', () => {
    expect(parsePartialDate('1000')?.precision).toBe('year');
  });

  it('adds a term at the same precision', () => {
    expect(addMonthsToPartialDate('2021-10-04', 60)).toBe('2026-10-04');
    expect(addMonthsToPartialDate('2016', 60)).toBe('2021');
    expect(addMonthsToPartialDate('2025-10', 6)).toBe('2026-04');
    expect(addMonthsToPartialDate('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('relates a day to a partial date', () => {
    expect(relateDayTo('2026-10-15', '2026-10')).toBe('within');
    expect(relateDayTo('2026-09-30', '2026-10')).toBe('before');
    expect(relateDayTo('2027-01-01', '2026')).toBe('after');
  });

  it('formats at exactly the precision it has', () => {
    expect(formatPartialDate('1992')).toBe('1992');
    expect(formatPartialDate('2025-10')).toBe('Oktober 2025');
    expect(formatPartialDate('2016-10-18')).toBe('18. Oktober 2016');
    expect(formatPartialDate('2016-10-18', 'en')).toBe('18 October 2016');
  });
});
