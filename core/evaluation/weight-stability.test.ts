import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks } from './ranking.ts';
import type { PerformanceTable } from './robustness.ts';
import { weightStability } from './weight-stability.ts';

// Hand-computed: with w(c1) = t and w(c2) = 1 − t the scores are lines
//   A = 0.2 + 0.7t, B = 0.7 − 0.4t, C = 0.4 + 0.1t   (at t = 0.5: A 0.55 > B 0.50 > C 0.45)
// crossing at A = B: t = 5/11, A = C: t = 1/3, B = C: t = 3/5.
const table: PerformanceTable = {
  partnerships: ['A', 'B', 'C'],
  criteria: ['c1', 'c2'],
  values: [
    [0.9, 0.2],
    [0.3, 0.7],
    [0.5, 0.4],
  ],
};
const weights = { c1: 0.5, c2: 0.5 };

describe('weight stability intervals', () => {
  it('finds the exact crossing points nearest to the chosen weight', () => {
    const [c1, c2] = weightStability(table, weights);
    expect(c1!.lower).toBeCloseTo(5 / 11, 14);
    expect(c1!.upper).toBeCloseTo(3 / 5, 14);
    expect(c1).toMatchObject({ criterion: 'c1', weight: 0.5, lowerSwap: ['A', 'B'], upperSwap: ['B', 'C'] });
    // c2's weight is 1 − t: its interval mirrors c1's.
    expect(c2!.lower).toBeCloseTo(2 / 5, 14);
    expect(c2!.upper).toBeCloseTo(6 / 11, 14);
    expect(c2).toMatchObject({ lowerSwap: ['B', 'C'], upperSwap: ['A', 'B'] });
  });

  it('counts only changes among the first places when asked', () => {
    const [c1] = weightStability(table, weights, { top: 1 });
    // B falling behind C at 3/5 does not touch first place; nothing else crosses above 1/2.
    expect(c1!.lower).toBeCloseTo(5 / 11, 14);
    expect(c1).toMatchObject({ upper: 1, upperSwap: null });
  });

  it('gives an empty interval when partnerships tie at the chosen weights', () => {
    const [c1] = weightStability(
      {
        ...table,
        values: [
          [1, 0],
          [0, 1],
          [0.2, 0.2],
        ],
      },
      weights,
    );
    expect(c1).toMatchObject({ lower: 0.5, upper: 0.5, lowerSwap: ['A', 'B'], upperSwap: ['A', 'B'] });
    // A tie below the first place does not matter for the first place.
    const [top] = weightStability(
      {
        ...table,
        values: [
          [0.9, 0.9],
          [1, 0],
          [0, 1],
        ],
      },
      weights,
      { top: 1 },
    );
    // B and C tie below the first place, which does not matter for the first place: A (0.9 flat)
    // stays first until C = 1 − t reaches 0.9 below and B = t reaches 0.9 above.
    expect(top!.lower).toBeCloseTo(0.1, 14);
    expect(top!.upper).toBeCloseTo(0.9, 14);
    expect(top).toMatchObject({ lowerSwap: ['A', 'C'], upperSwap: ['A', 'B'] });
  });

  it('keeps the ranking inside the interval and changes it just outside', () => {
    const rows = fc.integer({ min: 2, max: 6 }).chain((n) =>
      fc.tuple(
        // Normalised means of scores on small scales: multiples of 1/40.
        fc.array(
          fc.array(
            fc.integer({ min: 0, max: 40 }).map((k) => k / 40),
            { minLength: 3, maxLength: 3 },
          ),
          {
            minLength: n,
            maxLength: n,
          },
        ),
        fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      ),
    );
    fc.assert(
      fc.property(rows, ([values, raw]) => {
        const t: PerformanceTable = { partnerships: values.map((_, i) => `p${i}`), criteria: ['a', 'b', 'c'], values };
        const sum = raw.reduce((x, y) => x + y, 0);
        const w = { a: raw[0]! / sum, b: raw[1]! / sum, c: raw[2]! / sum };
        const rankingWith = (k: number, x: number) => {
          const moved = [w.a, w.b, w.c].map((wj, j) => (j === k ? x : (wj * (1 - x)) / (1 - [w.a, w.b, w.c][k]!)));
          return competitionRanks(
            Object.fromEntries(values.map((row, i) => [`p${i}`, row.reduce((s, v, j) => s + moved[j]! * v, 0)])),
          );
        };
        weightStability(t, w).forEach((interval, k) => {
          const chosen = rankingWith(k, interval.weight);
          if (interval.lower === interval.upper) return;
          for (const inside of [0.25, 0.5, 0.75].map((f) => interval.lower + f * (interval.upper - interval.lower)))
            expect(rankingWith(k, inside)).toEqual(chosen);
          const eps = 1e-7;
          if (interval.upper < 1 - eps && interval.upper - interval.weight > eps)
            expect(rankingWith(k, interval.upper + eps)).not.toEqual(chosen);
          if (interval.lower > eps && interval.weight - interval.lower > eps)
            expect(rankingWith(k, interval.lower - eps)).not.toEqual(chosen);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('handles a single criterion and a criterion carrying all the weight', () => {
    expect(weightStability({ partnerships: ['A'], criteria: ['c'], values: [[0.3]] }, { c: 1 })).toEqual([
      { criterion: 'c', weight: 1, lower: 1, upper: 1, lowerSwap: null, upperSwap: null },
    ]);
    // w(c1) = 1: the others share 1 − t equally, here c2 alone: the same lines as above. At t = 1
    // the ranking is A (0.9), C (0.5), B (0.3); going down, B overtakes C first, at 3/5.
    const [c1] = weightStability(table, { c1: 1, c2: 0 });
    expect(c1!.lower).toBeCloseTo(3 / 5, 14);
    expect(c1).toMatchObject({ upper: 1, lowerSwap: ['C', 'B'], upperSwap: null });
  });

  it('refuses a top that is not a whole number of at least 1', () => {
    expect(() => weightStability(table, weights, { top: 0 })).toThrow('top: must be a whole number of at least 1');
  });
});
