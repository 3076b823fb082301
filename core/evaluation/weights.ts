import { EigenvalueDecomposition } from 'ml-matrix';
import type { FieldIssue } from '../shared/errors.ts';
import type { Weights } from './evaluation.types.ts';
import { EVALUATION_ISSUES, criteriaKeyIssues, orderedWeights, refuse } from './invalid-input.ts';

/** Equal weights: every criterion counts 1/n. */
export function equalWeights(criteria: readonly string[]): Weights {
  refuse(criteriaKeyIssues(criteria, 'criteria'));
  return Object.fromEntries(criteria.map((key) => [key, 1 / criteria.length]));
}

/**
 * Direct rating (e.g. points from 0 to 100 per criterion): each weight is the criterion's rating
 * divided by the sum of all ratings. Ratings must be finite and non-negative, and not all 0;
 * a refused rating is named by its criterion (`ratings.<criterion>`).
 */
export function weightsFromRatings(ratings: Readonly<Record<string, number>>): Weights {
  const criteria = Object.keys(ratings);
  const weights = orderedWeights(criteria, ratings, 'ratings', 'ratings');
  return Object.fromEntries(criteria.map((key, j) => [key, weights[j]!]));
}

/**
 * Saaty's random consistency indices RI for n = 1…15: the mean consistency index of random
 * reciprocal matrices on the 1/9–9 scale. n = 1…10 as in Saaty, The Analytic Hierarchy Process
 * (McGraw-Hill 1980): 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49; n = 11…15 the
 * continuation reproduced with it: 1.51, 1.48, 1.56, 1.57, 1.59.
 */
export const SAATY_RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** Saaty's threshold: a consistency ratio above 0.1 asks for the judgements to be revisited. */
export const CONSISTENCY_THRESHOLD = 0.1;

/** The most criteria a pairwise comparison takes (the random index table ends there). */
export const MAX_PAIRWISE_CRITERIA = SAATY_RANDOM_INDEX.length;

/**
 * One judgement of a pair: how much more important `first` is than `second` on Saaty's scale
 * (1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, even numbers between); a value
 * below 1 (1/3, 1/5, …) says `second` is the more important one.
 */
export interface PairwiseJudgement {
  first: string;
  second: string;
  value: number;
}

/** The result of the analytic hierarchy process for one pairwise comparison matrix. */
export interface AhpResult {
  weights: Weights;
  /** The principal (Perron) eigenvalue of the matrix; n for perfectly consistent judgements. */
  lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  consistencyIndex: number;
  /** Saaty's random index for n ({@link SAATY_RANDOM_INDEX}). */
  randomIndex: number;
  /** CR = CI / RI; 0 for n ≤ 2, where any reciprocal matrix is consistent. */
  consistencyRatio: number;
  /** CR above 0.1 ({@link CONSISTENCY_THRESHOLD}): the judgements contradict each other too much. */
  inconsistent: boolean;
}

/** Relative tolerance for a_ij · a_ji = 1 and the diagonal: 0.33 is accepted for 1/3. */
const RECIPROCAL_TOLERANCE = 0.011;

const onSaatyScale = (v: number) => v >= (1 / 9) * (1 - RECIPROCAL_TOLERANCE) && v <= 9 * (1 + RECIPROCAL_TOLERANCE);

const cell = (criteria: readonly string[], i: number, j: number) => `matrix.${criteria[i]}.${criteria[j]}`;

function matrixIssues(criteria: readonly string[], matrix: readonly (readonly number[])[]): FieldIssue[] {
  const n = criteria.length;
  if (matrix.length !== n || matrix.some((row) => !Array.isArray(row) || row.length !== n))
    return [{ field: 'matrix', message: EVALUATION_ISSUES.notSquare }];
  const issues: FieldIssue[] = [];
  const usable = (v: number) => typeof v === 'number' && Number.isFinite(v) && onSaatyScale(v);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = matrix[i]![j]!;
      if (typeof v !== 'number' || !Number.isFinite(v))
        issues.push({ field: cell(criteria, i, j), message: EVALUATION_ISSUES.notANumber });
      else if (v <= 0) issues.push({ field: cell(criteria, i, j), message: EVALUATION_ISSUES.notPositive });
      else if (i === j && Math.abs(v - 1) > RECIPROCAL_TOLERANCE)
        issues.push({ field: cell(criteria, i, j), message: EVALUATION_ISSUES.diagonal });
      else if (!onSaatyScale(v))
        issues.push({ field: cell(criteria, i, j), message: EVALUATION_ISSUES.outsideSaatyScale });
      else if (j < i && usable(matrix[j]![i]!) && Math.abs(v * matrix[j]![i]! - 1) > RECIPROCAL_TOLERANCE)
        issues.push({ field: cell(criteria, i, j), message: EVALUATION_ISSUES.notReciprocal });
    }
  }
  return issues;
}

/**
 * The full reciprocal matrix (rows and columns in the order of `criteria`) from the judgements a
 * coordinator enters for each pair once, in either order: a_ij = value, a_ji = 1/value, a_ii = 1.
 * Every pair needs exactly one judgement; a missing, doubled or unknown one is named.
 */
export function pairwiseMatrix(criteria: readonly string[], judgements: readonly PairwiseJudgement[]): number[][] {
  const issues = criteriaKeyIssues(criteria, 'criteria');
  if (criteria.length > MAX_PAIRWISE_CRITERIA)
    issues.push({ field: 'criteria', message: EVALUATION_ISSUES.tooManyCriteria });
  refuse(issues);
  const index = new Map(criteria.map((key, i) => [key, i]));
  const n = criteria.length;
  const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : NaN)));
  const judged = new Set<string>();
  const pair = (i: number, j: number) => (i < j ? `${i} ${j}` : `${j} ${i}`);
  for (const { first, second, value } of judgements) {
    const field = `judgements.${first}.${second}`;
    const i = index.get(first);
    const j = index.get(second);
    if (i === undefined || j === undefined) issues.push({ field, message: EVALUATION_ISSUES.unknownCriterion });
    else if (i === j) issues.push({ field, message: EVALUATION_ISSUES.selfJudgement });
    else if (judged.has(pair(i, j))) issues.push({ field, message: EVALUATION_ISSUES.judgedTwice });
    else {
      judged.add(pair(i, j));
      if (typeof value !== 'number' || !Number.isFinite(value))
        issues.push({ field, message: EVALUATION_ISSUES.notANumber });
      else if (value <= 0) issues.push({ field, message: EVALUATION_ISSUES.notPositive });
      else if (!onSaatyScale(value)) issues.push({ field, message: EVALUATION_ISSUES.outsideSaatyScale });
      else {
        matrix[i]![j] = value;
        matrix[j]![i] = 1 / value;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!judged.has(pair(i, j)))
        issues.push({ field: `judgements.${criteria[i]}.${criteria[j]}`, message: EVALUATION_ISSUES.missingJudgement });
    }
  }
  refuse(issues);
  return matrix;
}

/**
 * Weights by the analytic hierarchy process (Saaty 1980; Saaty, "Decision making with the analytic
 * hierarchy process", Int. J. Services Sciences 1 (2008) 83–98): the principal right eigenvector
 * of the reciprocal pairwise comparison matrix, normalised to sum 1, computed by the eigenvalue
 * decomposition of ml-matrix (the JAMA algorithm: Hessenberg reduction and shifted QR).
 *
 * The matrix (rows and columns in the order of `criteria`, a_ij = importance of i over j) must be
 * square with at most 15 criteria, positive, on Saaty's scale 1/9…9, 1 on the diagonal and
 * reciprocal (a_ij · a_ji = 1 within 1.1 %, so 0.33 passes for 1/3, and is then made exactly
 * reciprocal by the geometric mean √(a_ij / a_ji)); a refused cell is named
 * `matrix.<row criterion>.<column criterion>`.
 */
export function ahpWeights(criteria: readonly string[], matrix: readonly (readonly number[])[]): AhpResult {
  const issues = criteriaKeyIssues(criteria, 'criteria');
  if (criteria.length > MAX_PAIRWISE_CRITERIA)
    issues.push({ field: 'criteria', message: EVALUATION_ISSUES.tooManyCriteria });
  refuse(issues);
  refuse(matrixIssues(criteria, matrix));

  const n = criteria.length;
  // Entries accepted within the tolerance are made exactly reciprocal: a_ij := √(a_ij / a_ji).
  const reciprocal = matrix.map((row, i) => row.map((v, j) => (i === j ? 1 : Math.sqrt(v / matrix[j]![i]!))));
  const { lambdaMax, vector } = principalEigenpair(reciprocal);
  const sum = vector.reduce((a, b) => a + b, 0);
  const weights = Object.fromEntries(criteria.map((key, i) => [key, vector[i]! / sum]));
  // λmax ≥ n holds for every positive reciprocal matrix; rounding may leave it a hair below n.
  const consistencyIndex = n <= 2 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  const randomIndex = SAATY_RANDOM_INDEX[n - 1]!;
  const consistencyRatio = randomIndex === 0 ? 0 : consistencyIndex / randomIndex;
  return {
    weights,
    lambdaMax,
    consistencyIndex,
    randomIndex,
    consistencyRatio,
    inconsistent: consistencyRatio > CONSISTENCY_THRESHOLD,
  };
}

/** AHP weights straight from the judgements of each pair ({@link pairwiseMatrix}, {@link ahpWeights}). */
export function ahpWeightsFromJudgements(
  criteria: readonly string[],
  judgements: readonly PairwiseJudgement[],
): AhpResult {
  return ahpWeights(criteria, pairwiseMatrix(criteria, judgements));
}

/**
 * The Perron eigenvalue (real, largest; Perron–Frobenius for positive matrices) and its
 * eigenvector, all of whose components share one sign.
 */
function principalEigenpair(matrix: readonly (readonly number[])[]): { lambdaMax: number; vector: number[] } {
  const decomposition = new EigenvalueDecomposition(matrix as number[][]);
  const real = decomposition.realEigenvalues;
  const imaginary = decomposition.imaginaryEigenvalues;
  let k = -1;
  for (let i = 0; i < real.length; i++) {
    if (Math.abs(imaginary[i]!) > 1e-9 * Math.max(1, Math.abs(real[i]!))) continue;
    if (k === -1 || real[i]! > real[k]!) k = i;
  }
  return { lambdaMax: real[k]!, vector: decomposition.eigenvectorMatrix.getColumn(k) };
}
