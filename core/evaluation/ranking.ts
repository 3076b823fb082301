/**
 * Scores closer than this count as equal: sums of the same scores in another order differ in the
 * last bits, and a ranking must not split a real tie on rounding. Scores are on the 0–1 scale.
 */
export const TIE_TOLERANCE = 1e-9;

/** The keys grouped by equal score (within {@link TIE_TOLERANCE}), best group first, keys sorted inside a group. */
export function tieGroups(scores: Readonly<Record<string, number>>): string[][] {
  const sorted = Object.keys(scores).sort((a, b) => scores[b]! - scores[a]! || (a < b ? -1 : a > b ? 1 : 0));
  const groups: string[][] = [];
  let leader = Number.NaN;
  for (const key of sorted) {
    const score = scores[key]!;
    if (groups.length > 0 && leader - score <= TIE_TOLERANCE) groups.at(-1)!.push(key);
    else {
      groups.push([key]);
      leader = score;
    }
  }
  for (const group of groups) group.sort();
  return groups;
}

/**
 * Competition ranks, higher score first ("1224": equal scores share the best rank of their
 * group, the next rank counts everyone ahead).
 */
export function competitionRanks(scores: Readonly<Record<string, number>>): Record<string, number> {
  const ranks: Record<string, number> = {};
  let ahead = 0;
  for (const group of tieGroups(scores)) {
    for (const key of group) ranks[key] = ahead + 1;
    ahead += group.length;
  }
  return ranks;
}

/** Fractional (mid-)ranks, higher score first ("1 2.5 2.5 4"): tied keys get the mean of the ranks they span. */
export function fractionalRanks(scores: Readonly<Record<string, number>>): Record<string, number> {
  const ranks: Record<string, number> = {};
  let ahead = 0;
  for (const group of tieGroups(scores)) {
    for (const key of group) ranks[key] = ahead + (group.length + 1) / 2;
    ahead += group.length;
  }
  return ranks;
}
