import { AppError, type FieldIssue } from '../shared/errors.ts';
import type { Weights } from './evaluation.types.ts';

/** The reasons an input to the evaluation maths is refused, as stable messages the pages translate. */
export const EVALUATION_ISSUES = {
  notANumber: 'must be a finite number',
  negative: 'must not be negative',
  allZero: 'must give at least one criterion more than 0',
  noCriteria: 'needs at least one criterion',
  duplicate: 'names a criterion twice',
  unknownCriterion: 'names no criterion of the round',
  unknownPartnership: 'names no partnership of the round',
  missingCriterion: 'has no value for this criterion',
  notSquare: 'must be a square matrix with one row and one column per criterion',
  notPositive: 'must be greater than 0',
  diagonal: 'must be 1 on the diagonal',
  notReciprocal: 'must be the reciprocal of the mirrored cell',
  outsideSaatyScale: 'must lie on Saaty’s scale from 1/9 to 9',
  tooManyCriteria: 'allows at most 15 criteria for pairwise comparison',
  missingJudgement: 'needs a judgement for this pair',
  selfJudgement: 'must compare two different criteria',
  judgedTwice: 'is judged more than once',
  scale: 'must have a scale maximum above its minimum',
  outsideScale: 'must lie within the scale of the criterion',
  scoredTwice: 'is scored more than once by the same assessor',
  ratioNegative: 'must not be negative for ratio data',
  tooFewAlternatives: 'needs at least one partnership',
  duplicatePartnership: 'names a partnership twice',
  tableShape: 'must have one row per partnership and one value per criterion',
  samples: 'must be a whole number from 1 to 1,000,000',
  concentration: 'must be a number greater than 0',
  seed: 'must be a whole number from 0 to 4294967295',
  pairedLengths: 'must have as many values as x',
  topPositions: 'must be a whole number of at least 1',
} as const;

/** Turns refused inputs into INVALID_INPUT naming every field and why. */
export function invalidInput(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, issues);
}

/** Throws INVALID_INPUT when there are issues. */
export function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw invalidInput(issues);
}

/** Issues for a list of criterion keys: none at all, or one named twice. */
export function criteriaKeyIssues(keys: readonly string[], field: string): FieldIssue[] {
  if (keys.length === 0) return [{ field, message: EVALUATION_ISSUES.noCriteria }];
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const key of keys) {
    if (seen.has(key)) issues.push({ field: `${field}.${key}`, message: EVALUATION_ISSUES.duplicate });
    seen.add(key);
  }
  return issues;
}

/**
 * The weights in the order of `criteria`, checked (one finite, non-negative weight per criterion,
 * no other keys, not all 0) and normalised to sum 1.
 */
export function orderedWeights(
  criteria: readonly string[],
  weights: Weights,
  field = 'weights',
  criteriaField = 'criteria',
): Float64Array {
  const issues = criteriaKeyIssues(criteria, criteriaField);
  const known = new Set(criteria);
  for (const key of Object.keys(weights)) {
    if (!known.has(key)) issues.push({ field: `${field}.${key}`, message: EVALUATION_ISSUES.unknownCriterion });
  }
  const values = new Float64Array(criteria.length);
  let sum = 0;
  criteria.forEach((key, j) => {
    const w = Object.hasOwn(weights, key) ? weights[key] : undefined;
    if (w === undefined) issues.push({ field: `${field}.${key}`, message: EVALUATION_ISSUES.missingCriterion });
    else if (typeof w !== 'number' || !Number.isFinite(w))
      issues.push({ field: `${field}.${key}`, message: EVALUATION_ISSUES.notANumber });
    else if (w < 0) issues.push({ field: `${field}.${key}`, message: EVALUATION_ISSUES.negative });
    else {
      values[j] = w;
      sum += w;
    }
  });
  if (issues.length === 0 && sum === 0) issues.push({ field, message: EVALUATION_ISSUES.allZero });
  refuse(issues);
  return values.map((w) => w / sum);
}
