import { describe, expect, it } from 'vitest';
import { findPassage, fold, MAX_PASSAGE_RATIO } from './find-passage.ts';

const ocr =
  'Mit den Verbindungsburos in Prag und Breslau unterhalt der Freistaat Sachsen seit 2012 Schaufenster fur Sachsen. Fortsetzung landerlUbergreifender Projekte wie z.B. das Neilke-Film-Festival im Dreilandereck CZ-D-PL';

describe('finding a corrected quote in an OCR-damaged source', () => {
  it('folds umlauts, ß and punctuation away', () => {
    expect(fold('Außenwirtschaft – Förderung!')).toBe('aussenwirtschaftforderung');
  });

  it('finds a verbatim passage exactly', () => {
    expect(findPassage('Sachsen und Lazio', 'und Lazio').ratio).toBe(0);
  });

  it('finds the corrected German of damaged text within the tolerance', () => {
    const match = findPassage(
      ocr,
      'Fortsetzung länderübergreifender Projekte wie z. B. das Neiße-Film-Festival im Dreiländereck CZ-D-PL',
    );
    expect(match.ratio).toBeLessThanOrEqual(MAX_PASSAGE_RATIO);
    expect(match.distance).toBeGreaterThan(0);
  });

  it('does not accept a paraphrase or an invented passage', () => {
    expect(
      findPassage(ocr, 'Sachsen unterhält seit 2012 Büros in Prag, Breslau und Wien als Schaufenster').ratio,
    ).toBeGreaterThan(MAX_PASSAGE_RATIO);
  });
});
