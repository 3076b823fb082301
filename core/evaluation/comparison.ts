import { sampleRankCorrelation } from 'simple-statistics';
import type { FieldIssue } from '../shared/errors.ts';
import { EVALUATION_ISSUES, refuse } from './invalid-input.ts';
import { competitionRanks } from './ranking.ts';

/** Ranks of one round by partnership key, 1 the best; equal ranks for ties. */
export type Ranking = Readonly<Record<string, number>>;

/** One partnership ranked in both rounds. */
export interface Movement {
  partnership: string;
  previousRank: number;
  rank: number;
  /** previousRank − rank: positive moved up, negative moved down. */
  change: number;
  /**
   * The same change counted among the partnerships ranked in both rounds only, so that a
   * partnership entering or leaving above does not move the others.
   */
  changeAmongCommon: number;
}

/** How the ranking of a round compares with the previous round's. */
export interface RankingComparison {
  /** Partnerships ranked in both rounds: the rank correlations rest on them alone. */
  common: number;
  /** Kendall's τ_b over the common partnerships; null with fewer than two or when either round ties them all. */
  kendallTauB: number | null;
  /** Spearman's ρ (Pearson correlation of mid-ranks) over the common partnerships; null as for τ_b. */
  spearmanRho: number | null;
  /** The common partnerships, by current rank (then key). */
  movements: Movement[];
  /** Ranked now, not in the previous round. */
  entered: { partnership: string; rank: number }[];
  /** Ranked in the previous round, not now. */
  left: { partnership: string; previousRank: number }[];
}

/**
 * Kendall's τ_b (Kendall 1945, "The treatment of ties in ranking problems", Biometrika 33: 239–251):
 * (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂)) with n₀ = n(n − 1)/2 pairs, n_c concordant, n_d discordant,
 * n₁ pairs tied in x, n₂ pairs tied in y, over the pairs (x_i, y_i). Null when a denominator factor is 0 (fewer than two
 * values, or all tied in one of them).
 */
export function kendallTauB(x: readonly number[], y: readonly number[]): number | null {
  refuse(pairIssues(x, y));
  const n = x.length;
  let concordant = 0;
  let discordant = 0;
  let tiedX = 0;
  let tiedY = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = Math.sign(x[i]! - x[j]!);
      const dy = Math.sign(y[i]! - y[j]!);
      if (dx === 0) tiedX++;
      if (dy === 0) tiedY++;
      if (dx * dy > 0) concordant++;
      else if (dx * dy < 0) discordant++;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
  return denominator > 0 ? (concordant - discordant) / denominator : null;
}

/** Spearman's ρ with ties as mid-ranks (simple-statistics); null with fewer than two values or no variation. */
export function spearmanRho(x: readonly number[], y: readonly number[]): number | null {
  refuse(pairIssues(x, y));
  if (x.length < 2) return null;
  const rho = sampleRankCorrelation([...x], [...y]);
  return Number.isFinite(rho) ? rho : null;
}

/**
 * Compares the ranking of a round with the previous round's: rank correlations over the
 * partnerships ranked in both, who moved by how many places, who entered and who left.
 */
export function compareRankings(previous: Ranking, current: Ranking): RankingComparison {
  refuse([...rankIssues(previous, 'previous'), ...rankIssues(current, 'current')]);
  const commonKeys = Object.keys(current)
    .filter((key) => Object.hasOwn(previous, key))
    .sort();
  const before = commonKeys.map((key) => previous[key]!);
  const now = commonKeys.map((key) => current[key]!);
  const amongBefore = competitionRanks(Object.fromEntries(commonKeys.map((key) => [key, -previous[key]!])));
  const amongNow = competitionRanks(Object.fromEntries(commonKeys.map((key) => [key, -current[key]!])));
  const byRank =
    <T extends { partnership: string }>(rank: (t: T) => number) =>
    (a: T, b: T) =>
      rank(a) - rank(b) || (a.partnership < b.partnership ? -1 : a.partnership > b.partnership ? 1 : 0);

  return {
    common: commonKeys.length,
    kendallTauB: kendallTauB(before, now),
    spearmanRho: spearmanRho(before, now),
    movements: commonKeys
      .map((partnership) => ({
        partnership,
        previousRank: previous[partnership]!,
        rank: current[partnership]!,
        change: previous[partnership]! - current[partnership]!,
        changeAmongCommon: amongBefore[partnership]! - amongNow[partnership]!,
      }))
      .sort(byRank((m) => m.rank)),
    entered: Object.keys(current)
      .filter((key) => !Object.hasOwn(previous, key))
      .map((partnership) => ({ partnership, rank: current[partnership]! }))
      .sort(byRank((e) => e.rank)),
    left: Object.keys(previous)
      .filter((key) => !Object.hasOwn(current, key))
      .map((partnership) => ({ partnership, previousRank: previous[partnership]! }))
      .sort(byRank((l) => l.previousRank)),
  };
}

function rankIssues(ranking: Ranking, field: string): FieldIssue[] {
  return Object.entries(ranking).flatMap(([key, rank]) =>
    typeof rank === 'number' && Number.isFinite(rank)
      ? []
      : [{ field: `${field}.${key}`, message: EVALUATION_ISSUES.notANumber }],
  );
}

function pairIssues(x: readonly number[], y: readonly number[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (x.length !== y.length) issues.push({ field: 'y', message: EVALUATION_ISSUES.pairedLengths });
  for (const [field, values] of [
    ['x', x],
    ['y', y],
  ] as const)
    values.forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v))
        issues.push({ field: `${field}.${i}`, message: EVALUATION_ISSUES.notANumber });
    });
  return issues;
}
