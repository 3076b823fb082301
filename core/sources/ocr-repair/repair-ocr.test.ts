import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { germanDictionary } from './german-dictionary.ts';
import { registerNames } from '../../../tests/support/register-names.ts';
import { looksDamaged } from './ocr-damage.ts';
import { repairOcr } from './repair-ocr.ts';
import type { OcrRepairOptions } from './repair-ocr.ts';

const CLEAN = new URL('./fixtures/clean-texts/', import.meta.url);
const source = (file: string) => readFileSync(`db/seed/sources/${file}`, 'utf8');
let options: OcrRepairOptions;

beforeAll(async () => {
  options = { dictionary: await germanDictionary(), names: registerNames() };
});

const DAMAGED =
  'Die Staatsregierung unterstiitzt die Starkung der AuRenwirtschaft. Die MaBnahmen fiir die ' +
  'grenziberschreitende Zusammenarbeit sind eine Bricke nach Osten, auch beim Neilke-Film-Festival. ' +
  'Der Freistaat pflegt die Verstéarkte Zusammenarbeit mit den Nachbarn und den Partnern der Region.';

describe('repairOcr', () => {
  it('repairs the damage the OCR of the strategy shows', () => {
    const result = repairOcr(DAMAGED, options);
    expect(result.damaged).toBe(true);
    expect(result.text).toBe(
      'Die Staatsregierung unterstützt die Stärkung der Außenwirtschaft. Die Maßnahmen für die ' +
        'grenzüberschreitende Zusammenarbeit sind eine Brücke nach Osten, auch beim Neiße-Film-Festival. ' +
        'Der Freistaat pflegt die Verstärkte Zusammenarbeit mit den Nachbarn und den Partnern der Region.',
    );
  });

  it('keeps the original beside each repair, at its place in the repaired text', () => {
    const result = repairOcr(DAMAGED, options);
    for (const repair of result.repairs) {
      expect(result.text.slice(repair.at, repair.at + repair.repaired.length)).toBe(repair.repaired);
    }
    let original = result.text;
    for (const repair of [...result.repairs].reverse()) {
      original = original.slice(0, repair.at) + repair.original + original.slice(repair.at + repair.repaired.length);
    }
    expect(original).toBe(DAMAGED);
    expect(result.repairs).toContainEqual({ at: expect.any(Number), original: 'fiir', repaired: 'für' });
  });

  it('restores a register name that lost its marks, and "über" written as "Uber" mid-sentence', () => {
    const text = `${DAMAGED} Mit den Bezirken Liberecky und Ustecky gibt es Erklarungen Uber die Zusammenarbeit.`;
    const repaired = repairOcr(text, options).text;
    expect(repaired).toContain('Bezirken Liberecký und Ústecký gibt es Erklärungen über die Zusammenarbeit.');
  });

  it('changes a word that is a word too only where the text lost its umlauts and the context is clear', () => {
    const text = source('004_b48cdbbe0bfc60ca.txt');
    const repaired = repairOcr(text, options).text;
    expect(repaired).toContain('— Förderung des internationalen schulischen Austauschs');
    expect(repaired).toMatch(/Grundlage bilden die starken\s+zivilgesellschaftlichen Verbindungen/);
    expect(repaired).toContain('die zugleich zu den wichtigsten Herkunftsländern');
    expect(repaired).toContain('im Freistaat zählen.');
    expect(repaired).toContain('stellt der Freistaat schon heute');
    // A text with its umlauts in place keeps "Forderung": there it means a demand.
    const intact = 'Die Gewerkschaft erhebt die Forderung nach höheren Löhnen für die Beschäftigten. '.repeat(3);
    expect(
      repairOcr(`${intact}Die MaBnahmen fiir die Bricke sind gut, und die Starkung auch.`, options).text,
    ).toContain('die Forderung nach höheren Löhnen');
  });

  it('never touches a text that is not damaged', () => {
    const texts = [
      ...['000_809836342374acb1.txt', '002_242b1398d7a3aba0.txt', '003_cf5964457d78cf7d.txt'].map(source),
      ...readdirSync(CLEAN).map((file) => readFileSync(new URL(file, CLEAN), 'utf8')),
    ];
    for (const text of texts) {
      expect(looksDamaged(text)).toBe(false);
      expect(repairOcr(text, options)).toEqual({ text, repairs: [], damaged: false });
    }
  });

  it('says which texts look damaged', () => {
    expect(looksDamaged(source('001_92cf78a7dc5f36f7.txt'))).toBe(true);
    expect(looksDamaged(source('004_b48cdbbe0bfc60ca.txt'))).toBe(true);
    expect(looksDamaged(DAMAGED)).toBe(true);
    expect(looksDamaged('')).toBe(false);
    expect(
      looksDamaged('The far north of the region is a bridge to Europe and its partners in trade. '.repeat(5)),
    ).toBe(false);
  });
});
