/**
 * The shapes the evaluation maths of a Leitlinien-Check works on. Criteria, partnerships,
 * assessors and ministries are named by their keys; the maths never looks them up.
 */

/** Weights by criterion key; non-negative, summing to 1 once normalised. */
export type Weights = Readonly<Record<string, number>>;

/** A criterion of an evaluation round with the scale its scores are given on (e.g. 0–4). */
export interface Criterion {
  key: string;
  /** The worst score on the scale. */
  scaleMin: number;
  /** The best score on the scale; greater than `scaleMin`. */
  scaleMax: number;
}

/**
 * One assessor's score of one partnership on one criterion. `value` null means the assessor
 * saw the criterion and gave no score (no basis for a judgement); it counts as missing.
 */
export interface Score {
  partnership: string;
  criterion: string;
  /** Who scored: a person or a desk; several assessors may belong to one ministry. */
  assessor: string;
  /** The ministry (Ressort) the assessor speaks for. */
  ministry: string;
  value: number | null;
}
