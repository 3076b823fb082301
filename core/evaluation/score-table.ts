import type { FieldIssue } from '../shared/errors.ts';
import type { Criterion, Score } from './evaluation.types.ts';
import { EVALUATION_ISSUES, criteriaKeyIssues, refuse } from './invalid-input.ts';

/** One given score (never null here) with who gave it. */
export interface GivenScore {
  assessor: string;
  ministry: string;
  value: number;
}

/** Given scores by criterion key, then by partnership; scores without a value are left out. */
export type ScoreTable = Map<string, Map<string, GivenScore[]>>;

/**
 * Checks the criteria (unique keys, finite scales with max > min) and the scores (known criterion,
 * value on the criterion's scale, at most one score per assessor, partnership and criterion) and
 * groups the given values. A refused score is named `scores.<partnership>.<criterion>.<assessor>`.
 */
export function tabulateScores(criteria: readonly Criterion[], scores: readonly Score[]): ScoreTable {
  const issues: FieldIssue[] = criteriaKeyIssues(
    criteria.map((c) => c.key),
    'criteria',
  );
  for (const c of criteria) {
    if (![c.scaleMin, c.scaleMax].every((v) => typeof v === 'number' && Number.isFinite(v)) || c.scaleMax <= c.scaleMin)
      issues.push({ field: `criteria.${c.key}`, message: EVALUATION_ISSUES.scale });
  }
  refuse(issues);

  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const table: ScoreTable = new Map(criteria.map((c) => [c.key, new Map()]));
  const seen = new Set<string>();
  for (const score of scores) {
    const field = `scores.${score.partnership}.${score.criterion}.${score.assessor}`;
    const criterion = byKey.get(score.criterion);
    const identity = JSON.stringify([score.partnership, score.criterion, score.assessor]);
    if (!criterion) issues.push({ field, message: EVALUATION_ISSUES.unknownCriterion });
    else if (seen.has(identity)) issues.push({ field, message: EVALUATION_ISSUES.scoredTwice });
    else if (score.value !== null && (typeof score.value !== 'number' || !Number.isFinite(score.value)))
      issues.push({ field, message: EVALUATION_ISSUES.notANumber });
    else if (score.value !== null && (score.value < criterion.scaleMin || score.value > criterion.scaleMax))
      issues.push({ field, message: EVALUATION_ISSUES.outsideScale });
    else if (score.value !== null) {
      const byPartnership = table.get(criterion.key)!;
      const list = byPartnership.get(score.partnership) ?? [];
      list.push({ assessor: score.assessor, ministry: score.ministry, value: score.value });
      byPartnership.set(score.partnership, list);
    }
    seen.add(identity);
  }
  refuse(issues);
  return table;
}
