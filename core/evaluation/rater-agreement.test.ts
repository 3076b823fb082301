import fc from 'fast-check';
import { alpha as oracleAlpha } from 'krippendorff';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../shared/errors.ts';
import { agreementByCriterion, krippendorffAlpha, type MeasurementLevel } from './rater-agreement.ts';

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: four observers
 * A–D, twelve units, values 1–5, missing data (null). Rows are observers, columns units.
 */
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const units = observers[0]!.map((_, u) => observers.map((row) => row[u]));

describe('Krippendorff’s alpha against the published examples', () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('gives α %s = %s for example C (to 3 decimals)', (level, published) => {
    const result = krippendorffAlpha(units, level);
    expect(Math.abs(result.alpha! - published)).toBeLessThanOrEqual(0.0005);
    // Unit 12 has a single value and is dropped; 40 values remain (n.. = 40 in the paper).
    expect(result.pairableValues).toBe(40);
    expect(result.pairableUnits).toBe(11);
  });

  it('gives α nominal = 0.095 for example A (two observers, binary data)', () => {
    // Krippendorff (2011), example A: 1 − (n − 1)·o₀₁ / (n₀·n₁) = 1 − 19·4 / (14·6) = 0.0952.
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = krippendorffAlpha(
      a.map((v, u) => [v, b[u]]),
      'nominal',
    );
    expect(result.alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(result.pairableValues).toBe(20);
  });
});

describe('Krippendorff’s alpha: edge cases', () => {
  it('is 1 when all assessors agree on every unit and varied values exist', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1, null],
          [3, 3, 3],
          [2, 2],
        ],
        'ordinal',
      ).alpha,
    ).toBe(1);
  });

  it('is null when there is no variation or nothing to pair', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2, 2],
        ],
        'ordinal',
      ),
    ).toMatchObject({ alpha: null, pairableValues: 5 });
    expect(krippendorffAlpha([[2, null], [3], []], 'interval')).toMatchObject({
      alpha: null,
      pairableValues: 0,
      pairableUnits: 0,
    });
    expect(krippendorffAlpha([], 'nominal').alpha).toBeNull();
  });

  it('names a value that is not a number, and a negative value for ratio data', () => {
    try {
      krippendorffAlpha([[1, Number.NaN]], 'ordinal');
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).issues).toEqual([{ field: 'units.0.1', message: 'must be a finite number' }]);
    }
    expect(() => krippendorffAlpha([[1, -1]], 'ratio')).toThrow('units.0.1: must not be negative for ratio data');
  });

  it('ordinal alpha depends on the order of the values only, interval alpha is unchanged by a linear rescaling', () => {
    const squashed = units.map((unit) => unit.map((v) => (v == null ? v : v ** 3)));
    expect(krippendorffAlpha(squashed, 'ordinal').alpha).toBeCloseTo(krippendorffAlpha(units, 'ordinal').alpha!, 12);
    const rescaled = units.map((unit) => unit.map((v) => (v == null ? v : 10 * v - 7)));
    expect(krippendorffAlpha(rescaled, 'interval').alpha).toBeCloseTo(krippendorffAlpha(units, 'interval').alpha!, 12);
  });
});

describe('Krippendorff’s alpha agrees with the npm package krippendorff (nominal and interval)', () => {
  const value = fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 });
  const data = fc
    .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 12 }))
    .chain(([raters, count]) =>
      fc.array(fc.array(value, { minLength: raters, maxLength: raters }), { minLength: count, maxLength: count }),
    );
  const metrics: Record<'nominal' | 'interval', (a: number, b: number) => number> = {
    nominal: (a, b) => (a === b ? 0 : 1),
    interval: (a, b) => (a - b) ** 2,
  };

  it.each(['nominal', 'interval'] as const)('%s', (level: MeasurementLevel & keyof typeof metrics) => {
    fc.assert(
      fc.property(data, (unitsOfData) => {
        const ours = krippendorffAlpha(unitsOfData, level);
        fc.pre(ours.alpha !== null);
        // The package takes one row per rater and `undefined` for a missing value.
        const raters = unitsOfData[0]!.map((_, r) => unitsOfData.map((unit) => unit[r] ?? undefined));
        expect(ours.alpha!).toBeCloseTo(oracleAlpha(raters, metrics[level]), 9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('agreement per criterion of a round', () => {
  const criteria = [
    { key: 'wirtschaft', scaleMin: 0, scaleMax: 4 },
    { key: 'kultur', scaleMin: 0, scaleMax: 4 },
  ];
  const score = (partnership: string, criterion: string, assessor: string, value: number | null) => ({
    partnership,
    criterion,
    assessor,
    ministry: assessor.toUpperCase(),
    value,
  });

  it('treats partnerships as units and assessors’ scores as values, with missing scores left out', () => {
    const scores = [
      score('lazio', 'wirtschaft', 'smwa', 4),
      score('lazio', 'wirtschaft', 'smwk', 4),
      score('kharkiv', 'wirtschaft', 'smwa', 1),
      score('kharkiv', 'wirtschaft', 'smwk', 1),
      score('lazio', 'kultur', 'smwa', 3),
      score('lazio', 'kultur', 'smwk', null),
      score('kharkiv', 'kultur', 'smwa', 2),
      score('kharkiv', 'kultur', 'smwk', 0),
    ];
    const result = agreementByCriterion(criteria, scores);
    expect(result.wirtschaft).toMatchObject({ alpha: 1, pairableValues: 4, pairableUnits: 2 });
    // Lazio's second kultur score is missing, so only Kharkiv's 2 and 0 pair: chance-level agreement.
    expect(result.kultur).toMatchObject({ alpha: 0, pairableValues: 2, pairableUnits: 1 });
  });

  it('names a score off the scale, for an unknown criterion, or given twice', () => {
    try {
      agreementByCriterion(criteria, [
        score('lazio', 'wirtschaft', 'smwa', 5),
        score('lazio', 'jugend', 'smwa', 1),
        score('lazio', 'kultur', 'smwa', 1),
        score('lazio', 'kultur', 'smwa', 2),
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).issues).toEqual([
        { field: 'scores.lazio.wirtschaft.smwa', message: 'must lie within the scale of the criterion' },
        { field: 'scores.lazio.jugend.smwa', message: 'names no criterion of the round' },
        { field: 'scores.lazio.kultur.smwa', message: 'is scored more than once by the same assessor' },
      ]);
    }
  });
});
