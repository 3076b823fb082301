import { describe, expect, it } from 'vitest';
import { centsToEuroText, parseEuroCents, readEuroAmount } from './amount.ts';

describe('readEuroAmount', () => {
  it.each([
    ['12.500,50', 1_250_050],
    ['12500,50', 1_250_050],
    ['12500.50', 1_250_050],
    ['12500.00', 1_250_000],
    ['12 500 €', 1_250_000],
    ['€ 12.500', 1_250_000],
    ['12.500 EUR', 1_250_000],
    ['12.500', 1_250_000],
    ['12,5', 1_250],
    ['12.5', 1_250],
    ['1.250.000', 125_000_000],
    ['1,250,000', 125_000_000],
    ['1,250.50', 125_050],
    ['12.500,-', 1_250_000],
    ["1'250'000", 125_000_000],
    ['1\u00a0250,5', 125_050],
    ['0', 0],
    ['800', 80_000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each([
    '12.500.5',
    '1,250.5,0',
    '1.250,500',
    '12,5000',
    '1,234',
    '12,500',
    '12.50.00',
    '1.25.000',
    '1 250.000',
    '-12',
    '12 Euro 50',
    'zwölf',
    '',
    ',50',
    '12,',
    '99999999999999999999',
  ])('refuses %j as not clearly one amount', (text) => {
    expect(readEuroAmount(text)).toBeNull();
  });

  it('says when the reading is not the German form, and not when it is or when there is nothing to read', () => {
    const otherwise = (text: string) => readEuroAmount(text)?.readOtherwise;
    expect(['12.500,50', '12.500,50 €', '12.500', '12.500,00', '12500', '800'].map(otherwise)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['12500.50', '12500,50', '12 500 €', '12,5', '1,250.50', '12.500,-'].map(otherwise)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('gives back the German form it reads', () => {
    expect(centsToEuroText(parseEuroCents('1,250,000.5'))).toBe('1.250.000,50');
    expect(centsToEuroText(null)).toBe('');
  });
});
