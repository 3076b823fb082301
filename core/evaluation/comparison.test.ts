import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRankings, kendallTauB, spearmanRho } from './comparison.ts';

describe('rank correlation against known values', () => {
  it('gives Kendall’s τ_b = −4/√72 = −0.4714 for the example with ties in SciPy’s kendalltau documentation', () => {
    // x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0]: of the 10 pairs 2 are concordant, 6 discordant,
    // 1 tied in x only (2, 2), 1 tied in both (12, 12): (2 − 6) / √((10 − 2)(10 − 1)).
    expect(kendallTauB([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 14);
  });

  it('gives Spearman’s ρ = −29/165 for the IQ and television example (no ties)', () => {
    // Wikipedia, "Spearman's rank correlation coefficient", example: Σd² = 194, ρ = 1 − 6·194/(10·99).
    const iq = [106, 86, 100, 101, 99, 103, 97, 113, 112, 110];
    const hours = [7, 0, 27, 50, 28, 29, 20, 12, 6, 17];
    expect(spearmanRho(iq, hours)).toBeCloseTo(-29 / 165, 14);
  });

  it('gives Spearman’s ρ = 0.8208 with tied values as mid-ranks (SciPy’s spearmanr example)', () => {
    expect(spearmanRho([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 14);
  });

  it('is 1 for the same order, −1 for the reverse, null without variation, and symmetric', () => {
    expect(kendallTauB([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(spearmanRho([1, 2, 3], [30, 20, 10])).toBeCloseTo(-1, 14);
    expect(kendallTauB([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearmanRho([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })), {
          minLength: 2,
          maxLength: 20,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          const tau = kendallTauB(x, y);
          const rho = spearmanRho(x, y);
          expect(tau === null).toBe(rho === null);
          if (tau !== null) {
            expect(Math.abs(tau)).toBeLessThanOrEqual(1 + 1e-12);
            expect(kendallTauB(y, x)).toBeCloseTo(tau, 12);
          }
          if (rho !== null) expect(Math.abs(rho)).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
    );
  });

  it('refuses series of different lengths and values that are not numbers', () => {
    expect(() => kendallTauB([1, 2], [1])).toThrow('y: must have as many values as x');
    expect(() => spearmanRho([1, Number.NaN], [1, 2])).toThrow('x.1: must be a finite number');
  });
});

describe('comparison with the previous round', () => {
  const previous = { lazio: 1, kharkiv: 2, silesia: 3, bohemia: 4, moscow: 5 };
  const current = { kharkiv: 1, newcomer: 2, lazio: 3, silesia: 4, bohemia: 4 };
  const comparison = compareRankings(previous, current);

  it('correlates the partnerships ranked in both rounds only', () => {
    expect(comparison.common).toBe(4);
    // Bohemia, Kharkiv, Lazio, Silesia: previous ranks 4, 2, 1, 3, current ranks 4, 1, 3, 4.
    // Of the 6 pairs 4 are concordant, 1 discordant (kharkiv, lazio), 1 tied now (bohemia, silesia).
    expect(comparison.kendallTauB).toBeCloseTo(3 / Math.sqrt(6 * 5), 14);
    expect(comparison.spearmanRho).toBeCloseTo(spearmanRho([4, 2, 1, 3], [4, 1, 3, 4])!, 14);
  });

  it('says who moved, who entered and who left', () => {
    expect(comparison.movements).toEqual([
      { partnership: 'kharkiv', previousRank: 2, rank: 1, change: 1, changeAmongCommon: 1 },
      { partnership: 'lazio', previousRank: 1, rank: 3, change: -2, changeAmongCommon: -1 },
      { partnership: 'bohemia', previousRank: 4, rank: 4, change: 0, changeAmongCommon: 1 },
      { partnership: 'silesia', previousRank: 3, rank: 4, change: -1, changeAmongCommon: 0 },
    ]);
    expect(comparison.entered).toEqual([{ partnership: 'newcomer', rank: 2 }]);
    expect(comparison.left).toEqual([{ partnership: 'moscow', previousRank: 5 }]);
  });

  it('has no correlation to give when the rounds share fewer than two partnerships', () => {
    expect(compareRankings({ a: 1 }, { a: 1, b: 2 })).toMatchObject({
      common: 1,
      kendallTauB: null,
      spearmanRho: null,
    });
  });

  it('names a rank that is not a number', () => {
    expect(() => compareRankings({ a: Number.NaN }, {})).toThrow('previous.a: must be a finite number');
  });
});
