import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.schema.ts';
import { createdAt, id, ref, requiredRef, updatedAt } from './columns.schema.ts';
import {
  partnershipStatus,
  roundOccasion,
  roundRecommendation,
  roundStatus,
  scoreState,
  weightMethod,
} from './enums.schema.ts';
import { partnerships, partnershipStatusChanges } from './partnerships.schema.ts';
import { organisations } from './places.schema.ts';
import { goals } from './strategy.schema.ts';

/**
 * An evaluation round of the partnerships (the "Leitlinien-Check"). A closed round is immutable:
 * triggers refuse any change to it or to its criteria, scope, assessors, scores and
 * recommendations; a correction is a new round pointing to it with `corrects_round_id`.
 */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: id(),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    occasion: roundOccasion('occasion').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: roundStatus('status').notNull().default('draft'),
    scoringDeadline: date('scoring_deadline', { mode: 'string' }).notNull(),
    reportDeadline: date('report_deadline', { mode: 'string' }),
    scaleMin: integer('scale_min').notNull().default(0),
    scaleMax: integer('scale_max').notNull().default(4),
    weightMethod: weightMethod('weight_method').notNull().default('equal'),
    /** The pairwise judgements of the AHP as [{ first, second, value }] by criterion key; null for other methods. */
    pairwiseJudgements: jsonb('pairwise_judgements'),
    /** Seed, samples and Dirichlet concentration κ of the robustness analysis, so its result can be reproduced. */
    smaaSeed: bigint('smaa_seed', { mode: 'number' }).notNull(),
    smaaSamples: integer('smaa_samples').notNull().default(10000),
    smaaConcentration: doublePrecision('smaa_concentration').notNull().default(100),
    /** The round whose ranking this one is compared with. */
    previousRoundId: integer('previous_round_id').references((): AnyPgColumn => evaluationRounds.id, {
      onDelete: 'restrict',
    }),
    /** The closed round this one corrects. */
    correctsRoundId: integer('corrects_round_id')
      .unique()
      .references((): AnyPgColumn => evaluationRounds.id, { onDelete: 'restrict' }),
    createdByUserId: ref('created_by_user_id', () => users.id),
    scoringStartedAt: timestamp('scoring_started_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('evaluation_rounds_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('evaluation_rounds_key_format', sql`${t.key} ~ '^[a-z0-9][a-z0-9-]{1,79}$'`),
    check('evaluation_rounds_period_order', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('evaluation_rounds_scale', sql`${t.scaleMin} >= 0 and ${t.scaleMax} > ${t.scaleMin} and ${t.scaleMax} <= 10`),
    check('evaluation_rounds_smaa_samples', sql`${t.smaaSamples} between 100 and 1000000`),
    check('evaluation_rounds_smaa_seed', sql`${t.smaaSeed} between 0 and 4294967295`),
    check('evaluation_rounds_smaa_concentration', sql`${t.smaaConcentration} > 0`),
    check('evaluation_rounds_closed', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('evaluation_rounds_not_own_previous', sql`${t.previousRoundId} <> ${t.id}`),
    check('evaluation_rounds_not_own_correction', sql`${t.correctsRoundId} <> ${t.id}`),
  ],
);

/**
 * A criterion of a round with its guidance and described anchor points of the scale
 * ([{ value, label, labelEn }]). Criteria derived from a goal of the strategy point to it.
 */
export const evaluationCriteria = pgTable(
  'evaluation_criteria',
  {
    id: id(),
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    guidance: text('guidance').notNull(),
    guidanceEn: text('guidance_en'),
    anchors: jsonb('anchors').notNull(),
    goalId: ref('goal_id', () => goals.id),
    /** The coordinators' direct rating (weight method "direct"); null otherwise. */
    rating: doublePrecision('rating'),
    /** The criterion's normalised weight under the round's method, kept by the weighting use-case. */
    weight: doublePrecision('weight').notNull(),
  },
  (t) => [
    unique('evaluation_criteria_round_key').on(t.roundId, t.key),
    check('evaluation_criteria_key_format', sql`${t.key} ~ '^[a-z0-9][a-z0-9-]{0,39}$'`),
    check('evaluation_criteria_name_not_blank', sql`length(trim(${t.name})) > 0`),
    check('evaluation_criteria_weight_range', sql`${t.weight} >= 0 and ${t.weight} <= 1`),
    check('evaluation_criteria_rating_nonnegative', sql`${t.rating} is null or ${t.rating} >= 0`),
    index('evaluation_criteria_round_idx').on(t.roundId),
  ],
);

/** The partnerships a round evaluates, with the status each had when the round was set up. */
export const evaluationRoundPartnerships = pgTable(
  'evaluation_round_partnerships',
  {
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    statusAtStart: partnershipStatus('status_at_start').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.partnershipId] }),
    index('evaluation_round_partnerships_partnership_idx').on(t.partnershipId),
  ],
);

/** The ministries taking part in a round. */
export const evaluationRoundMinistries = pgTable(
  'evaluation_round_ministries',
  {
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organisationId] })],
);

/** The assessors of a round, each speaking for the ministry they belong to. */
export const evaluationAssessors = pgTable(
  'evaluation_assessors',
  {
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    userId: requiredRef('user_id', () => users.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('evaluation_assessors_user_idx').on(t.userId)],
);

/**
 * One assessor's score of one partnership on one criterion. A null value is an explicit "no basis
 * for a judgement". A justification is required for any score away from the middle of the scale.
 */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    id: id(),
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    criterionId: requiredRef('criterion_id', () => evaluationCriteria.id),
    assessorUserId: requiredRef('assessor_user_id', () => users.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    value: integer('value'),
    /** False for a draft that holds only a justification, typed before a point was chosen (value is then null). */
    scored: boolean('scored').notNull().default(true),
    justification: text('justification').notNull().default(''),
    state: scoreState('state').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('evaluation_scores_one_per_assessor').on(t.roundId, t.partnershipId, t.criterionId, t.assessorUserId),
    check('evaluation_scores_submitted', sql`(${t.state} = 'submitted') = (${t.submittedAt} is not null)`),
    check('evaluation_scores_submitted_scored', sql`${t.state} = 'draft' or ${t.scored}`),
    index('evaluation_scores_round_idx').on(t.roundId, t.partnershipId),
    index('evaluation_scores_assessor_idx').on(t.assessorUserId),
  ],
);

/** The coordinators' recommendation for a partnership, one of the strategy's options, with its justification. */
export const evaluationRecommendations = pgTable(
  'evaluation_recommendations',
  {
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    recommendation: roundRecommendation('recommendation').notNull(),
    justification: text('justification').notNull(),
    updatedByUserId: ref('updated_by_user_id', () => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.partnershipId] }),
    check('evaluation_recommendations_justified', sql`length(trim(${t.justification})) > 0`),
  ],
);

/**
 * The decision taken on a closed round's recommendation (by the cabinet or another body), once per
 * partnership. A decision that changes the partnership's status points to that status change.
 */
export const evaluationDecisions = pgTable(
  'evaluation_decisions',
  {
    id: id(),
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    decision: roundRecommendation('decision').notNull(),
    decidedOn: date('decided_on', { mode: 'string' }).notNull(),
    body: text('body').notNull(),
    note: text('note').notNull().default(''),
    statusChangeId: integer('status_change_id')
      .unique()
      .references(() => partnershipStatusChanges.id, { onDelete: 'restrict' }),
    recordedByUserId: ref('recorded_by_user_id', () => users.id),
    recordedAt: createdAt(),
  },
  (t) => [
    unique('evaluation_decisions_once').on(t.roundId, t.partnershipId),
    check('evaluation_decisions_body_not_blank', sql`length(trim(${t.body})) > 0`),
  ],
);

/** A reminder the coordinators sent to a ministry's assessors; shown to them until the round leaves scoring. */
export const evaluationReminders = pgTable(
  'evaluation_reminders',
  {
    id: id(),
    roundId: requiredRef('round_id', () => evaluationRounds.id),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    message: text('message').notNull(),
    sentByUserId: ref('sent_by_user_id', () => users.id),
    sentAt: createdAt(),
  },
  (t) => [index('evaluation_reminders_round_idx').on(t.roundId, t.organisationId)],
);
