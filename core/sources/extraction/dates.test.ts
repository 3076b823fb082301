import { describe, expect, it } from 'vitest';
import { findDates, referenceInstant } from './dates.ts';

const read = (text: string, published = '2023-11-23') =>
  findDates(text, referenceInstant(published)).map((d) => [d.date, d.endDate]);

describe('dates in German press texts', () => {
  it('read relative dates against the publication date', () => {
    expect(read('heute')).toEqual([['2023-11-23', null]]);
    expect(read('am Donnerstag bei einem Treffen')).toEqual([['2023-11-23', null]]);
    expect(read('am Montag haben sie ... erreicht', '2024-02-14')).toEqual([['2024-02-12', null]]);
    expect(read('vom 26. bis zum 27. März', '2024-03-27')).toEqual([['2024-03-26', '2024-03-27']]);
    expect(read('bei seinen diesjährigen Besuchen', '2022-10-02')).toEqual([['2022', null]]);
  });

  it('keep the precision the text gives', () => {
    expect(read('im Oktober 2016')).toEqual([['2016-10', null]]);
    expect(read('war im Jahr 2007 unterzeichnet worden')).toEqual([['2007', null]]);
    expect(read('am 8. und 9. Oktober 2021 in Dresden')).toEqual([['2021-10-08', '2021-10-09']]);
    expect(read('Start von Regionalpartnerschaft vor 15 Jahren')).toEqual([['2008', null]]);
    // The month cut off by a page break: the publication's month.
    expect(read('einer Reise nach Kyjiw vom 26. bis zum 27.', '2024-03-27')).toEqual([['2024-03-26', '2024-03-27']]);
    expect(read('Mit der Partnerschaft wurden 2023 Projekte gestartet; ab sofort gilt', '2024-03-27')).toEqual([
      ['2023', null],
      ['2024-03-27', null],
    ]);
  });

  it('leave amounts and counts alone', () => {
    expect(read('um zehn Prozent auf 8,7 Milliarden Euro, 2000 Euro')).toEqual([]);
  });
});
