import { z } from 'zod';
import { AppError, withCodes } from '../shared/errors.ts';
import { roundOccasions, roundRecommendations, weightMethods } from '../shared/vocabulary.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons a field of an evaluation round is refused, as stable messages the pages translate. */
export const ROUND_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  date: 'must be a date YYYY-MM-DD',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  key: 'must be lower-case letters, digits and hyphens, starting with a letter or digit',
  keyTaken: 'is used already',
  periodOrder: 'must not lie before the start of the period',
  deadlineBeforeToday: 'must not lie in the past',
  unknown: 'names nothing the register knows',
  notAMinistry: 'is not a ministry or the State Chancellery',
  notAnAssessor: 'must be an assessor or editor of a participating ministry',
  noPartnerships: 'needs at least one partnership',
  noCriteria: 'needs at least one criterion',
  noAssessors: 'needs at least one assessor',
  ministryWithoutAssessor: 'has no assessor',
  anchors: 'needs a described anchor for the lowest and the highest point of the scale',
  anchorValue: 'must be a point of the scale',
  rating: 'must be a number from 0 to 100',
  ratingsMissing: 'rate every criterion',
  judgement: 'must be one of 1/9 … 9',
  judgementsMissing: 'compare every pair of criteria',
  tooManyForPairwise: 'pairwise comparison takes at most 15 criteria',
  score: 'must be a point of the scale or "no basis"',
  justification: 'needs a justification (the score is away from the middle of the scale)',
  unscored: 'has no score yet',
  submittedAlready: 'has been submitted already and cannot change',
  notInScope: 'is not in the scope of the round',
  notAssessor: 'you are not an assessor of this round',
  status: 'not possible in this phase of the round',
  optionForCandidate: 'a candidate can only be established or not',
  optionForPartnership: 'establish or not is for candidates only',
  optionForDormant: 'keep dormant and examine reactivation are for dormant partnerships',
  recommendationsMissing: 'every partnership needs a recommendation',
  decidedAlready: 'has been decided already',
  decisionFuture: 'must not lie in the future',
  decisionBeforeClose: 'must not lie before the round closed',
  withScores: 'has given scores in this round',
  notClosed: 'only a closed round can be corrected',
  correctedAlready: 'has been corrected already',
  previousNotClosed: 'must be a closed round',
} as const;
export type RoundIssue = keyof typeof ROUND_ISSUES;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, ROUND_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), ROUND_ISSUES.control);
const requiredText = (max: number) => text(max).min(1, ROUND_ISSUES.required);
const optionalText = (max: number) =>
  text(max)
    .prefault('')
    .transform((v) => v || null);
const isoDate = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && sameDay(v), {
    message: ROUND_ISSUES.date,
  });
const sameDay = (v: string) => new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const optionalDate = z
  .string()
  .trim()
  .prefault('')
  .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && sameDay(v)), { message: ROUND_ISSUES.date })
  .transform((v) => v || null);
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input ? ROUND_ISSUES.vocabulary : ROUND_ISSUES.required) });
const keyText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, ROUND_ISSUES.required)
    .max(max, ROUND_ISSUES.tooLong)
    .regex(/^[a-z0-9][a-z0-9-]*$/, ROUND_ISSUES.key);
const keyList = z.array(z.string().trim().min(1).max(100)).max(500);

/** The name, occasion, period and deadlines of a round. */
export const roundSettingsSchema = z
  .object({
    name: requiredText(200),
    occasion: enumOf(roundOccasions),
    periodFrom: isoDate,
    periodTo: isoDate,
    scoringDeadline: isoDate,
    reportDeadline: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.periodTo < v.periodFrom)
      ctx.addIssue({ code: 'custom', path: ['periodTo'], message: ROUND_ISSUES.periodOrder });
  });

/** The key of a round, as in its address (/evaluierung/<key>). */
export const roundKeySchema = z.object({ key: keyText(80) });

/** A new round: its settings, a key, and its scope and participants (defaults apply when left out). */
export const newRoundSchema = z.intersection(
  roundSettingsSchema,
  z.object({
    key: keyText(80),
    /** Partnerships in scope by key; by default every regional and cross-border partnership, dormant ones included. */
    partnerships: keyList.optional(),
    /** With the default scope: also the candidates under examination. */
    includeCandidates: z.boolean().prefault(false),
    /** Participating ministries by organisation key. */
    ministries: keyList.prefault([]),
    /** The round compared with; by default the latest closed round. */
    previousRound: z.string().trim().max(80).optional(),
  }),
);

const anchorSchema = z.object({
  value: z.number().int(),
  label: requiredText(300),
  labelEn: optionalText(300),
});

/** A criterion as coordinators write it. */
export const criterionSchema = z.object({
  key: keyText(40),
  name: requiredText(300),
  nameEn: optionalText(300),
  guidance: requiredText(2000),
  guidanceEn: optionalText(2000),
  anchors: z.array(anchorSchema).max(11),
  goalKey: optionalText(10),
});

const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** How the criteria are weighted: equally, by a rating per criterion, or by pairwise judgements. */
export const weightingSchema = z.object({
  method: enumOf(weightMethods),
  ratings: z.record(z.string(), z.number().min(0, ROUND_ISSUES.rating).max(100, ROUND_ISSUES.rating)).prefault({}),
  judgements: z
    .array(
      z.object({
        first: z.string().trim().min(1),
        second: z.string().trim().min(1),
        value: z
          .number()
          .refine((v) => SAATY.some((s) => Math.abs(s - v) < 1e-6 * Math.max(1, s)), ROUND_ISSUES.judgement),
      }),
    )
    .max(200)
    .prefault([]),
});

/** The longest justification of one score, in characters. */
export const JUSTIFICATION_MAX = 4000;

/**
 * One score as an assessor enters it; `value` null is "no basis for a judgement", no `value` at
 * all a justification typed before a point was chosen (kept in the draft).
 */
export const scoreEntrySchema = z.object({
  criterion: z.string().trim().min(1).max(40),
  value: z.number().int().nullable().optional(),
  justification: text(JUSTIFICATION_MAX).prefault(''),
});

export const scoreSheetSchema = z.object({
  scores: z.array(scoreEntrySchema).max(50),
  submit: z.boolean().prefault(false),
});

export const recommendationSchema = z.object({
  recommendation: enumOf(roundRecommendations),
  justification: requiredText(8000),
});

export const decisionSchema = z.object({
  decision: enumOf(roundRecommendations),
  decidedOn: isoDate,
  body: requiredText(200),
  note: text(4000).prefault(''),
});

export const reminderSchema = z.object({
  ministry: z.string().trim().min(1, ROUND_ISSUES.required).max(100),
  message: requiredText(2000),
});

export const scopeSchema = z.object({ partnerships: keyList });

export const participantsSchema = z.object({
  ministries: keyList,
  assessors: z.array(z.number().int().positive()).max(500),
});

export type NewRound = z.output<typeof newRoundSchema>;
export type RoundSettingsInput = z.output<typeof roundSettingsSchema>;
export type CriterionEntry = z.output<typeof criterionSchema>;
export type Weighting = z.output<typeof weightingSchema>;
export type ScoreSheet = z.output<typeof scoreSheetSchema>;
export type RecommendationInput = z.output<typeof recommendationSchema>;
export type DecisionInput = z.output<typeof decisionSchema>;
export type ReminderInput = z.output<typeof reminderSchema>;
export type ParticipantsInput = z.output<typeof participantsSchema>;

/** Parses input with a schema, or throws INVALID_INPUT naming each field and why. */
export function parseRoundInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError(
    'INVALID_INPUT',
    'The input for the evaluation round is incomplete or wrong.',
    withCodes(
      ROUND_ISSUES,
      parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    ),
  );
}
