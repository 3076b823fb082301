import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of weight vectors; the same seed gives the same sequence on every machine. */
export interface WeightSampler {
  /** Writes the next sample into `into` (length n, non-negative, summing to 1). */
  next(into: Float64Array): void;
}

/**
 * Dirichlet-distributed weight vectors centred on `centre` (which sums to 1): Dir(κ·w₁, …, κ·wₙ)
 * has mean w and variance w_j(1 − w_j)/(κ + 1) per weight, so the concentration κ sets how far the
 * weights stray from the chosen ones. A weight of 0 stays 0. Drawn as normalised Gamma(κ·w_j, 1)
 * variates (Marsaglia & Tsang, "A simple method for generating gamma variables", ACM TOMS 26
 * (2000) 363–372; shape < 1 by Gamma(a) = Gamma(a + 1)·U^(1/a)), normals by Marsaglia's polar
 * method, uniforms from pure-rand's xoroshiro128+ seeded with a 32-bit integer.
 */
export function dirichletSampler(centre: Float64Array, concentration: number, seed: number): WeightSampler {
  const rng = xoroshiro128plus(seed);
  // In (0, 1]: never 0, so logarithms and powers stay finite.
  const uniform = () => 1 - uniformFloat64(rng);
  let spareNormal: number | null = null;
  const normal = () => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    for (;;) {
      const u = 2 * uniformFloat64(rng) - 1;
      const v = 2 * uniformFloat64(rng) - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const factor = Math.sqrt((-2 * Math.log(s)) / s);
        spareNormal = v * factor;
        return u * factor;
      }
    }
  };
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const t = 1 + c * x;
      if (t <= 0) continue;
      const v = t * t * t;
      const u = uniform();
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  const shapes = centre.map((w) => concentration * w);
  return {
    next(into) {
      let sum = 0;
      for (let j = 0; j < shapes.length; j++) {
        const g = shapes[j]! > 0 ? gamma(shapes[j]!) : 0;
        into[j] = g;
        sum += g;
      }
      // With tiny shapes every draw may underflow to 0; then the sample is the centre itself.
      if (sum > 0) for (let j = 0; j < into.length; j++) into[j]! /= sum;
      else into.set(centre);
    },
  };
}
