import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.ts';
import { ahpWeights, ahpWeightsFromJudgements, equalWeights, pairwiseMatrix, weightsFromRatings } from './weights.ts';

/** The issues an INVALID_INPUT error names, or fails the test. */
function issuesOf(action: () => unknown) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    return (error as AppError).issues;
  }
  throw new Error('expected INVALID_INPUT');
}

describe('equal weights and direct rating', () => {
  it('gives every criterion 1/n', () => {
    expect(equalWeights(['a', 'b', 'c', 'd'])).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 });
  });

  it('refuses no criteria and a criterion named twice', () => {
    expect(issuesOf(() => equalWeights([]))).toEqual([{ field: 'criteria', message: 'needs at least one criterion' }]);
    expect(issuesOf(() => equalWeights(['a', 'a']))[0]!.field).toBe('criteria.a');
  });

  it('normalises ratings to weights summing to 1', () => {
    const weights = weightsFromRatings({ wirtschaft: 50, wissenschaft: 30, kultur: 20, jugend: 0 });
    expect(weights.wirtschaft).toBeCloseTo(0.5, 12);
    expect(weights.wissenschaft).toBeCloseTo(0.3, 12);
    expect(weights.kultur).toBeCloseTo(0.2, 12);
    expect(weights.jugend).toBe(0);
  });

  it('names the criterion whose rating is negative or not a number, and refuses all zeros', () => {
    expect(issuesOf(() => weightsFromRatings({ a: 3, b: -1, c: Number.NaN }))).toEqual([
      { field: 'ratings.b', message: 'must not be negative' },
      { field: 'ratings.c', message: 'must be a finite number' },
    ]);
    expect(issuesOf(() => weightsFromRatings({ a: 0, b: 0 }))).toEqual([
      { field: 'ratings', message: 'must give at least one criterion more than 0' },
    ]);
    expect(issuesOf(() => weightsFromRatings({ a: Number.POSITIVE_INFINITY }))[0]!.field).toBe('ratings.a');
  });
});

describe('AHP against published worked examples', () => {
  it('reproduces Saaty’s drinks example (weights and CR as published to 3 decimals, ±0.001)', () => {
    // Saaty, T. L. (2008): Decision making with the analytic hierarchy process. International
    // Journal of Services Sciences 1(1), 83–98 — "Which drink is consumed more in the U.S.?":
    // derived priorities coffee .177, wine .019, tea .042, beer .116, sodas .190, milk .129,
    // water .327, consistency ratio .022.
    const drinks = ['coffee', 'wine', 'tea', 'beer', 'sodas', 'milk', 'water'];
    const matrix = [
      [1, 9, 5, 2, 1, 1, 1 / 2],
      [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
      [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
      [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [1, 9, 4, 2, 1, 2, 1 / 2],
      [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
      [2, 9, 9, 3, 2, 3, 1],
    ];
    const result = ahpWeights(drinks, matrix);
    const published = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];
    drinks.forEach((drink, i) => expect(Math.abs(result.weights[drink]! - published[i]!)).toBeLessThanOrEqual(0.001));
    expect(result.randomIndex).toBe(1.32);
    expect(Math.abs(result.consistencyRatio - 0.022)).toBeLessThanOrEqual(0.001);
    expect(result.inconsistent).toBe(false);
  });

  it('reproduces the leader example from the judgements a coordinator enters (±0.001)', () => {
    // Wikipedia, "Analytic hierarchy process – leader example": criteria weights experience .547,
    // education .127, charisma .270, age .056; consistency ratio .044.
    const criteria = ['experience', 'education', 'charisma', 'age'];
    const result = ahpWeightsFromJudgements(criteria, [
      { first: 'experience', second: 'education', value: 4 },
      { first: 'experience', second: 'charisma', value: 3 },
      { first: 'experience', second: 'age', value: 7 },
      { first: 'education', second: 'charisma', value: 1 / 3 },
      { first: 'education', second: 'age', value: 3 },
      { first: 'age', second: 'charisma', value: 1 / 5 }, // entered the other way round
    ]);
    const published = { experience: 0.547, education: 0.127, charisma: 0.27, age: 0.056 };
    for (const [key, weight] of Object.entries(published))
      expect(Math.abs(result.weights[key]! - weight)).toBeLessThanOrEqual(0.001);
    expect(result.randomIndex).toBe(0.9);
    expect(Math.abs(result.consistencyRatio - 0.044)).toBeLessThanOrEqual(0.001);
    expect(result.lambdaMax).toBeGreaterThan(4);
  });

  it('recovers the weights of any perfectly consistent matrix with λmax = n and CR = 0', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 1, maxLength: 15 }), (raw) => {
        const criteria = raw.map((_, i) => `c${i}`);
        const matrix = raw.map((wi) => raw.map((wj) => wi / wj));
        const result = ahpWeights(criteria, matrix);
        const sum = raw.reduce((a, b) => a + b, 0);
        criteria.forEach((key, i) => expect(result.weights[key]).toBeCloseTo(raw[i]! / sum, 9));
        expect(result.lambdaMax).toBeCloseTo(raw.length, 9);
        expect(result.consistencyRatio).toBeLessThan(1e-9);
      }),
    );
  });

  it('gives positive weights summing to 1 and λmax ≥ n for any reciprocal matrix on the scale', () => {
    const judgement = fc.constantFrom(
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      1 / 2,
      1 / 3,
      1 / 4,
      1 / 5,
      1 / 6,
      1 / 7,
      1 / 8,
      1 / 9,
    );
    const matrixOf = fc
      .integer({ min: 1, max: 15 })
      .chain((n) =>
        fc.tuple(fc.constant(n), fc.array(judgement, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 })),
      );
    fc.assert(
      fc.property(matrixOf, ([n, upper]) => {
        const criteria = Array.from({ length: n }, (_, i) => `c${i}`);
        const judgements = [];
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++)
            judgements.push({ first: criteria[i]!, second: criteria[j]!, value: upper[k++]! });
        const result = ahpWeightsFromJudgements(criteria, judgements);
        const weights = Object.values(result.weights);
        expect(weights.every((w) => w > 0)).toBe(true);
        expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(result.lambdaMax).toBeGreaterThan(n - 1e-9);
        expect(result.inconsistent).toBe(result.consistencyRatio > 0.1);
      }),
      { numRuns: 200 },
    );
  });

  it('warns when the judgements contradict each other (a > b > c > a)', () => {
    const result = ahpWeightsFromJudgements(
      ['a', 'b', 'c'],
      [
        { first: 'a', second: 'b', value: 5 },
        { first: 'b', second: 'c', value: 5 },
        { first: 'c', second: 'a', value: 5 },
      ],
    );
    expect(result.consistencyRatio).toBeGreaterThan(0.1);
    expect(result.inconsistent).toBe(true);
    expect(result.weights.a).toBeCloseTo(1 / 3, 9);
  });

  it('treats one and two criteria as consistent by definition', () => {
    expect(ahpWeights(['a'], [[1]])).toMatchObject({ weights: { a: 1 }, consistencyRatio: 0, inconsistent: false });
    const two = ahpWeights(
      ['a', 'b'],
      [
        [1, 3],
        [1 / 3, 1],
      ],
    );
    expect(two.weights.a).toBeCloseTo(0.75, 12);
    expect(two.consistencyRatio).toBe(0);
  });
});

describe('AHP refuses a matrix that is not a reciprocal matrix on Saaty’s scale', () => {
  const criteria = ['a', 'b', 'c'];

  it('names the cell that is not positive, not 1 on the diagonal, off the scale or not reciprocal', () => {
    expect(
      issuesOf(() =>
        ahpWeights(criteria, [
          [1, 3, 0],
          [1 / 3, 2, 12],
          [5, 1 / 2, 1],
        ]),
      ),
    ).toEqual([
      { field: 'matrix.a.c', message: 'must be greater than 0' },
      { field: 'matrix.b.b', message: 'must be 1 on the diagonal' },
      { field: 'matrix.b.c', message: 'must lie on Saaty’s scale from 1/9 to 9' },
    ]);
    expect(
      issuesOf(() =>
        ahpWeights(criteria, [
          [1, 3, 5],
          [1 / 3, 1, 2],
          [1 / 5, 1 / 3, 1],
        ]),
      ),
    ).toEqual([{ field: 'matrix.c.b', message: 'must be the reciprocal of the mirrored cell' }]);
  });

  it('accepts 0.33 for 1/3 (rounded entry), made exactly reciprocal, but not 0.3', () => {
    const rounded = ahpWeights(
      ['a', 'b', 'c'],
      [
        [1, 3, 5],
        [0.33, 1, 2],
        [0.2, 0.5, 1],
      ],
    );
    const exact = ahpWeights(
      ['a', 'b', 'c'],
      [
        [1, 3, 5],
        [1 / 3, 1, 2],
        [1 / 5, 1 / 2, 1],
      ],
    );
    // a_ab becomes √(3 / 0.33) = 3.015 and a_ba its reciprocal.
    expect(Math.abs(rounded.weights.a! - exact.weights.a!)).toBeLessThan(0.002);
    expect(rounded.lambdaMax).toBeGreaterThanOrEqual(3);
    expect(
      issuesOf(() =>
        ahpWeights(
          ['a', 'b'],
          [
            [1, 3],
            [0.3, 1],
          ],
        ),
      )[0]!.field,
    ).toBe('matrix.b.a');
  });

  it('refuses a matrix that is not square, NaN cells and more than 15 criteria', () => {
    expect(issuesOf(() => ahpWeights(criteria, [[1, 1, 1]]))[0]).toEqual({
      field: 'matrix',
      message: 'must be a square matrix with one row and one column per criterion',
    });
    expect(
      issuesOf(() =>
        ahpWeights(
          ['a', 'b'],
          [
            [1, Number.NaN],
            [1, 1],
          ],
        ),
      )[0]!.field,
    ).toBe('matrix.a.b');
    const sixteen = Array.from({ length: 16 }, (_, i) => `c${i}`);
    expect(
      issuesOf(() =>
        ahpWeights(
          sixteen,
          sixteen.map(() => sixteen.map(() => 1)),
        ),
      )[0]!.message,
    ).toBe('allows at most 15 criteria for pairwise comparison');
  });

  it('names a missing, doubled, unknown or self judgement when building the matrix', () => {
    expect(issuesOf(() => pairwiseMatrix(criteria, [{ first: 'a', second: 'b', value: 3 }]))).toEqual([
      { field: 'judgements.a.c', message: 'needs a judgement for this pair' },
      { field: 'judgements.b.c', message: 'needs a judgement for this pair' },
    ]);
    expect(
      issuesOf(() =>
        pairwiseMatrix(criteria, [
          { first: 'a', second: 'b', value: 3 },
          { first: 'b', second: 'a', value: 1 / 3 },
          { first: 'a', second: 'x', value: 3 },
          { first: 'c', second: 'c', value: 1 },
          { first: 'a', second: 'c', value: 10 },
          { first: 'b', second: 'c', value: -2 },
        ]),
      ),
    ).toEqual([
      { field: 'judgements.b.a', message: 'is judged more than once' },
      { field: 'judgements.a.x', message: 'names no criterion of the round' },
      { field: 'judgements.c.c', message: 'must compare two different criteria' },
      { field: 'judgements.a.c', message: 'must lie on Saaty’s scale from 1/9 to 9' },
      { field: 'judgements.b.c', message: 'must be greater than 0' },
    ]);
  });

  it('builds the reciprocal matrix from one judgement per pair', () => {
    expect(pairwiseMatrix(['a', 'b'], [{ first: 'b', second: 'a', value: 5 }])).toEqual([
      [1, 1 / 5],
      [5, 1],
    ]);
  });
});
