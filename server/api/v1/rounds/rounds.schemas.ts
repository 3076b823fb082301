import { z } from 'zod';
import {
  partnershipKinds,
  partnershipStatuses,
  roundOccasions,
  roundStatuses,
  scoreStates,
  weightMethods,
} from '../../../../core/shared/vocabulary.ts';
import { plainText, problemResponses } from '../common.schemas.ts';

const roundKey = z
  .string()
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a round key of lower-case letters, digits and hyphens');
const itemKey = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a key of lower-case letters, digits and hyphens');
const isoDay = z.string().describe('ISO date YYYY-MM-DD');
const problems = { ...problemResponses, 403: problemResponses[400], 409: problemResponses[400] };

export const roundParams = z.object({ key: roundKey });
const criterionParams = z.object({ key: roundKey, criterion: itemKey });
const partnershipParams = z.object({ key: roundKey, partnership: itemKey });

const roundRef = z.object({ key: z.string(), name: z.string() }).nullable();

export const roundSummary = z
  .object({
    key: z.string(),
    name: z.string(),
    occasion: z.enum(roundOccasions),
    status: z.enum(roundStatuses).describe('draft → scoring → review → closed'),
    periodFrom: isoDay,
    periodTo: isoDay,
    scoringDeadline: isoDay,
    reportDeadline: isoDay.nullable(),
    scaleMin: z.number().int(),
    scaleMax: z.number().int(),
    weightMethod: z.enum(weightMethods),
    judgements: z.array(z.object({ first: z.string(), second: z.string(), value: z.number() })),
    consistencyRatio: z.number().nullable().describe('of the pairwise comparison; above 0.1 the judgements contradict'),
    smaa: z.object({ seed: z.number().int(), samples: z.number().int(), concentration: z.number() }),
    previousRound: roundRef,
    correctsRound: roundRef,
    correctedBy: roundRef,
    scoringStartedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'RoundSummary' });

const anchor = z.object({ value: z.number().int(), label: z.string(), labelEn: z.string().nullable() });

export const roundCriterion = z
  .object({
    key: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    guidance: z.string(),
    guidanceEn: z.string().nullable(),
    anchors: z.array(anchor),
    goalKey: z.string().nullable(),
    position: z.number().int(),
    rating: z.number().nullable(),
    weight: z.number().describe('normalised; the weights of a round sum to 1'),
    basis: z.object({ documentKey: z.string(), locator: z.string(), quote: z.string() }).nullable(),
  })
  .meta({ id: 'RoundCriterion' });

const storedScore = z
  .object({
    partnership: z.string(),
    criterion: z.string(),
    assessorUserId: z.number().int(),
    assessorName: z.string(),
    ministry: z.string(),
    value: z.number().int().nullable().describe('null: no basis for a judgement (or no point chosen yet, see scored)'),
    scored: z.boolean().describe('false: a draft holding only a justification so far'),
    justification: z.string(),
    state: z.enum(scoreStates),
  })
  .meta({ id: 'RoundScore' });

export const listRoundsSchema = {
  summary: 'The evaluation rounds (Leitlinien-Check), newest first (internal users)',
  tags: ['rounds'],
  response: {
    200: z.object({
      data: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          occasion: z.enum(roundOccasions),
          status: z.enum(roundStatuses),
          periodFrom: isoDay,
          periodTo: isoDay,
          scoringDeadline: isoDay,
          partnerships: z.number().int(),
          assessing: z.boolean().describe('whether the caller scores in the round'),
          closedAt: z.string().nullable(),
        }),
      ),
    }),
    ...problems,
  },
};

export const getRoundSchema = {
  summary: 'One round: settings, criteria with weights, scope, ministries and assessors; progress for coordinators',
  tags: ['rounds'],
  params: roundParams,
  response: {
    200: z.object({
      round: roundSummary,
      criteria: z.array(roundCriterion),
      partnerships: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          nameEn: z.string(),
          kind: z.enum(partnershipKinds),
          statusAtStart: z.enum(partnershipStatuses),
          candidate: z.boolean(),
        }),
      ),
      ministries: z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          abbreviation: z.string().nullable(),
          assessors: z.array(z.object({ userId: z.number().int(), displayName: z.string() })),
        }),
      ),
      weightsComplete: z.boolean(),
      progress: z
        .array(
          z.object({
            ministry: z.string(),
            assessorUserId: z.number().int(),
            submitted: z.number().int(),
            expected: z.number().int().describe('partnerships × criteria'),
            drafts: z.number().int(),
          }),
        )
        .optional()
        .describe('coordinators only'),
    }),
    ...problems,
  },
};

const settingsFields = {
  name: plainText().max(200),
  occasion: z.enum(roundOccasions),
  periodFrom: isoDay,
  periodTo: isoDay,
  scoringDeadline: isoDay,
  reportDeadline: isoDay.optional(),
};

export const createRoundSchema = {
  summary: 'Open a round in preparation (coordinators); the robustness seed is drawn by the server',
  description:
    'Without "partnerships" the scope is every regional and cross-border partnership that has not ended, dormant ones included (candidates with includeCandidates). Needs the X-CSRF-Token header.',
  tags: ['rounds'],
  body: z.strictObject({
    key: roundKey,
    ...settingsFields,
    partnerships: z.array(itemKey).max(500).optional(),
    includeCandidates: z.boolean().optional(),
    ministries: z.array(itemKey).max(50).optional(),
    previousRound: roundKey.optional(),
  }),
  response: { 201: z.object({ key: z.string() }), ...problems },
};

export const weightsSchema = {
  summary: 'Set how the criteria are weighted: equal, direct ratings (0–100) or pairwise judgements (AHP)',
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({
    method: z.enum(weightMethods),
    ratings: z.record(z.string(), z.number()).optional(),
    judgements: z
      .array(z.strictObject({ first: z.string(), second: z.string(), value: z.number().describe('1/9 … 9') }))
      .max(200)
      .optional(),
  }),
  response: {
    200: z.object({
      weights: z.record(z.string(), z.number()),
      complete: z.boolean().describe('false while ratings or judgements are missing (weights stay equal)'),
      consistencyRatio: z.number().nullable(),
    }),
    ...problems,
  },
};

export const scopeSchema = {
  summary: 'Set the partnerships in scope while the round is in preparation',
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({ partnerships: z.array(itemKey).max(500) }),
  response: { 204: z.null(), ...problems },
};

export const participantsSchema = {
  summary: 'Set the participating ministries and their assessors',
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({
    ministries: z.array(itemKey).max(50),
    assessors: z.array(z.number().int().positive()).max(500).describe('user ids'),
  }),
  response: { 204: z.null(), ...problems },
};

const criterionBody = {
  name: plainText().max(300),
  nameEn: plainText().max(300).nullable().optional(),
  guidance: plainText().max(2000),
  guidanceEn: plainText().max(2000).nullable().optional(),
  anchors: z.array(
    z.strictObject({ value: z.number().int(), label: plainText(), labelEn: plainText().nullable().optional() }),
  ),
  goalKey: z.string().max(10).nullable().optional(),
};

export const addCriterionSchema = {
  summary: 'Add a criterion while the round is in preparation (the weights are computed anew)',
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({ key: itemKey, ...criterionBody }),
  response: { 201: z.object({ key: z.string() }), ...problems },
};

export const updateCriterionSchema = {
  summary: 'Change a criterion while the round is in preparation',
  tags: ['rounds'],
  params: criterionParams,
  body: z.strictObject(criterionBody),
  response: { 204: z.null(), ...problems },
};

export const removeCriterionSchema = {
  summary: 'Remove a criterion while the round is in preparation',
  tags: ['rounds'],
  params: criterionParams,
  response: { 204: z.null(), ...problems },
};

export const transitionSchema = {
  summary: 'Move the round to its next phase: scoring (open or reopen), review (end scoring) or closed',
  description: 'Closing needs a recommendation for every partnership; a closed round is immutable.',
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({ to: z.enum(['scoring', 'review', 'closed']) }),
  response: { 200: z.object({ status: z.enum(roundStatuses) }), ...problems },
};

export const saveScoresSchema = {
  summary: "Save the caller's scores of one partnership as a draft, or submit them (final)",
  description:
    'A submitted sheet needs every criterion scored or marked "no basis" (value null), and a justification for every score away from the middle of the scale.',
  tags: ['rounds'],
  params: partnershipParams,
  body: z.strictObject({
    scores: z
      .array(
        z.strictObject({
          criterion: itemKey,
          value: z.number().int().nullable(),
          justification: plainText().max(4000).optional(),
        }),
      )
      .max(50),
    submit: z.boolean().optional(),
  }),
  response: { 200: z.object({ state: z.enum(['draft', 'submitted']) }), ...problems },
};

export const listScoresSchema = {
  summary: 'The scores of a round the caller may see',
  description:
    "Coordinators see all; other staff their own ministry's, and every ministry's once the round has closed.",
  tags: ['rounds'],
  params: roundParams,
  response: { 200: z.object({ data: z.array(storedScore) }), ...problems },
};

export const reminderSchema = {
  summary: "Send a reminder to a participating ministry's assessors while scoring runs",
  tags: ['rounds'],
  params: roundParams,
  body: z.strictObject({ ministry: itemKey, message: plainText().max(2000) }),
  response: { 201: z.object({ ministry: z.string() }), ...problems },
};
