import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source: the same seed gives the same data set, on every machine. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [from, to]. */
  int(from: number, to: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the keys, with the given relative weights. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Log-normal with the given median and sigma of the underlying normal. */
  logNormal(median: number, sigma: number): number;
  /** k distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(seed);
  const next = () => uniformFloat64(rng);
  const weightCache = new WeakMap<object, { keys: string[]; cumulative: number[] }>();
  const random: Random = {
    next,
    int: (from, to) => from + Math.floor(next() * (to - from + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
      let table = weightCache.get(weights);
      if (!table) {
        const keys = Object.keys(weights);
        let sum = 0;
        const cumulative = keys.map((k) => (sum += weights[k as T]));
        table = { keys, cumulative: cumulative.map((c) => c / sum) };
        weightCache.set(weights, table);
      }
      const r = next();
      const i = table.cumulative.findIndex((c) => r < c);
      return table.keys[i === -1 ? table.keys.length - 1 : i] as T;
    },
    normal() {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * random.normal()),
    sample<T>(items: readonly T[], k: number): T[] {
      if (k >= items.length) return [...items];
      const chosen = new Set<number>();
      while (chosen.size < k) chosen.add(Math.floor(next() * items.length));
      return [...chosen].map((i) => items[i]!);
    },
  };
  return random;
}

/**
 * Zipf-distributed ranks 0…n-1 (rank 0 most frequent): P(rank k) ∝ 1/(k+1)^s. Few partnerships
 * carry most of the activities.
 */
export function zipf(random: Random, n: number, s: number): () => number {
  let sum = 0;
  const cumulative = Array.from({ length: n }, (_, k) => (sum += 1 / Math.pow(k + 1, s)));
  const normalised = cumulative.map((c) => c / sum);
  return () => {
    const r = random.next();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (normalised[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
