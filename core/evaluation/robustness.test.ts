import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirichletSampler } from './dirichlet.ts';
import { smaa, type PerformanceTable } from './robustness.ts';

/** A performance table from rows of values, partnerships p0, p1, … and criteria c0, c1, …. */
function tableOf(values: number[][]): PerformanceTable {
  return {
    partnerships: values.map((_, i) => `p${i}`),
    criteria: values[0]!.map((_, j) => `c${j}`),
    values,
  };
}
const equal = (m: number) => Object.fromEntries(Array.from({ length: m }, (_, j) => [`c${j}`, 1 / m]));

const tables = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 })).chain(([n, m]) =>
  fc.tuple(
    fc.array(fc.array(fc.constantFrom(0, 0.25, 0.5, 0.75, 1), { minLength: m, maxLength: m }), {
      minLength: n,
      maxLength: n,
    }),
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m }).filter((w) => w.some((x) => x > 0)),
    fc.integer({ min: 0, max: 0xffffffff }),
  ),
);

describe('SMAA-2 rank acceptability', () => {
  it('gives each partnership acceptabilities summing to 1, and each rank too (ties shared)', () => {
    fc.assert(
      fc.property(tables, ([values, raw, seed]) => {
        const table = tableOf(values);
        const weights = Object.fromEntries(raw.map((w, j) => [`c${j}`, w]));
        const result = smaa(table, weights, { seed, samples: 200 });
        const rows = table.partnerships.map((p) => result.rankAcceptability[p]!);
        for (const row of rows) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        for (let r = 0; r < rows.length; r++) expect(rows.reduce((a, row) => a + row[r]!, 0)).toBeCloseTo(1, 9);
      }),
      { numRuns: 150 },
    );
  });

  it('puts a partnership that is better on every criterion first under every weight', () => {
    fc.assert(
      fc.property(tables, ([values, raw, seed]) => {
        // p0 gets more than the best of the others on every criterion.
        const best = values[0]!.map((_, j) => Math.max(...values.map((row) => row[j]!)) + 0.1);
        const table = tableOf([best, ...values]);
        const weights = Object.fromEntries(raw.map((w, j) => [`c${j}`, w]));
        const result = smaa(table, weights, { seed, samples: 200 });
        expect(result.rankAcceptability.p0![0]).toBe(1);
        expect(result.expectedRank.p0).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  it('gives identical results for identical seeds and different ones for different seeds', () => {
    const table = tableOf([
      [0.9, 0.2, 0.5],
      [0.3, 0.7, 0.6],
      [0.5, 0.4, 0.8],
      [0.6, 0.6, 0.3],
    ]);
    const weights = { c0: 0.5, c1: 0.3, c2: 0.2 };
    const once = smaa(table, weights, { seed: 2026, samples: 2000 });
    expect(smaa(table, weights, { seed: 2026, samples: 2000 })).toEqual(once);
    expect(smaa(table, weights, { seed: 2027, samples: 2000 }).rankAcceptability).not.toEqual(once.rankAcceptability);
    expect(once).toMatchObject({ seed: 2026, samples: 2000, concentration: 100 });
    expect(once.standardErrorBound).toBeCloseTo(0.5 / Math.sqrt(2000), 12);
  });

  it('splits the ranks of identical partnerships evenly', () => {
    const result = smaa(
      tableOf([
        [0.8, 0.8],
        [0.8, 0.8],
        [0.1, 0.2],
      ]),
      equal(2),
      { seed: 7, samples: 500 },
    );
    expect(result.rankAcceptability).toEqual({ p0: [0.5, 0.5, 0], p1: [0.5, 0.5, 0], p2: [0, 0, 1] });
    expect(result.expectedRank.p0).toBe(1.5);
  });

  it('lets a partnership win only where the weights favour it, and finds the central weights there', () => {
    // p0 is best on c0, p1 on c1; with weights varying around 0.5/0.5 each wins about half the time.
    const result = smaa(
      tableOf([
        [1, 0],
        [0, 1],
      ]),
      equal(2),
      { seed: 11, samples: 20_000 },
    );
    expect(result.rankAcceptability.p0![0]).toBeGreaterThan(0.47);
    expect(result.rankAcceptability.p0![0]).toBeLessThan(0.53);
    expect(result.centralWeights.p0!.c0).toBeGreaterThan(0.5);
    expect(result.centralWeights.p1!.c1).toBeGreaterThan(0.5);
  });

  it('reports no central weights for a partnership that is never first', () => {
    const result = smaa(
      tableOf([
        [1, 1],
        [0, 0],
      ]),
      equal(2),
      { seed: 1, samples: 100 },
    );
    expect(result.centralWeights.p1).toBeNull();
    expect(result.centralWeights.p0!.c0).toBeCloseTo(0.5, 1);
  });

  it('refuses bad settings and tables, naming them', () => {
    const table = tableOf([[0.5, 0.5]]);
    expect(() => smaa(table, equal(2), { seed: -1 })).toThrow('seed: must be a whole number from 0 to 4294967295');
    expect(() => smaa(table, equal(2), { seed: 1, samples: 0 })).toThrow('samples');
    expect(() => smaa(table, equal(2), { seed: 1, concentration: 0 })).toThrow('concentration');
    expect(() => smaa({ ...table, values: [[0.5, Number.NaN]] }, equal(2), { seed: 1 })).toThrow('values.p0.c1');
    expect(() => smaa({ ...table, partnerships: [], values: [] }, equal(2), { seed: 1 })).toThrow(
      'partnerships: needs at least one partnership',
    );
  });
});

describe('Dirichlet weights around the chosen ones', () => {
  it('have the chosen weights as mean and variance w(1 − w)/(κ + 1); a weight of 0 stays 0', () => {
    const centre = Float64Array.from([0.5, 0.3, 0.2, 0]);
    const kappa = 50;
    const sampler = dirichletSampler(centre, kappa, 42);
    const draws = 40_000;
    const sum = new Float64Array(4);
    const squares = new Float64Array(4);
    const w = new Float64Array(4);
    let worstSum = 0;
    for (let s = 0; s < draws; s++) {
      sampler.next(w);
      worstSum = Math.max(worstSum, Math.abs(w.reduce((a, b) => a + b, 0) - 1));
      for (let j = 0; j < 4; j++) {
        sum[j]! += w[j]!;
        squares[j]! += w[j]! ** 2;
      }
    }
    centre.forEach((c, j) => {
      const mean = sum[j]! / draws;
      const variance = squares[j]! / draws - mean ** 2;
      expect(Math.abs(mean - c)).toBeLessThan(0.002);
      expect(Math.abs(variance - (c * (1 - c)) / (kappa + 1))).toBeLessThan(0.0003);
    });
    expect(sum[3]).toBe(0);
    expect(worstSum).toBeLessThan(1e-12);
  });

  it('draws weights with shape below 1 too (small weight, low concentration)', () => {
    const sampler = dirichletSampler(Float64Array.from([0.95, 0.05]), 4, 3);
    const w = new Float64Array(2);
    let mean = 0;
    for (let s = 0; s < 20_000; s++) {
      sampler.next(w);
      mean += w[1]! / 20_000;
    }
    expect(mean).toBeCloseTo(0.05, 2);
  });
});
