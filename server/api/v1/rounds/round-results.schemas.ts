import { z } from 'zod';
import { partnershipStatuses, roundRecommendations, roundStatuses } from '../../../../core/shared/vocabulary.ts';
import { plainText, problemResponses } from '../common.schemas.ts';

const key = plainText().min(1).max(100);
const roundParams = z.object({ key });
const partnershipParams = z.object({ key, partnership: key });
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const refusals = { ...problemResponses, 403: problemResponses[404], 409: problemResponses[404] };

export const storedRecommendation = z
  .object({ recommendation: z.enum(roundRecommendations), justification: z.string() })
  .meta({ id: 'RoundRecommendation' });

export const decision = z
  .object({
    partnership: z.string(),
    decision: z.enum(roundRecommendations),
    decidedOn: isoDay,
    body: z.string(),
    note: z.string(),
    statusChangedTo: z
      .enum(partnershipStatuses)
      .nullable()
      .describe('the status the decision moved the partnership to'),
  })
  .meta({ id: 'RoundDecision' });

export const recommendationEntry = z
  .object({
    partnership: z.string(),
    name: z.string(),
    statusAtStart: z.enum(partnershipStatuses),
    options: z
      .array(z.enum(roundRecommendations))
      .describe('the options the strategy gives for its status at the start'),
    score: z.number().nullable().describe('weighted score 0–1; null without a complete score'),
    rank: z.number().int().nullable(),
    suggestion: z
      .enum(roundRecommendations)
      .nullable()
      .describe('under the documented rules; null without a complete score'),
    rule: z.string().describe('which documented rule gave the suggestion, or why there is none'),
    draft: z.object({ de: z.string(), en: z.string() }).describe('the drafted justification'),
    recommendation: storedRecommendation.nullable(),
    decision: decision.omit({ partnership: true }).nullable(),
  })
  .meta({ id: 'RoundRecommendationEntry' });

export const getResultsSchema = {
  summary: 'The results of a Leitlinien-Check (coordinators; other staff once it has closed)',
  description:
    'Ranking, scores by ministry and criterion, rank acceptability (SMAA-2), weight stability, Krippendorff’s alpha per criterion, comparison with the previous round, recommendations and decisions; the scores one by one with their ministry, without who gave them. 403 before the round closes for anyone but coordinators.',
  tags: ['rounds'],
  params: roundParams,
  response: {
    200: z.looseObject({
      round: z.looseObject({ key: z.string(), name: z.string(), status: z.enum(roundStatuses) }),
      criteria: z.array(z.looseObject({ key: z.string(), name: z.string(), weight: z.number() })),
      partnerships: z.array(
        z.looseObject({ key: z.string(), name: z.string(), statusAtStart: z.enum(partnershipStatuses) }),
      ),
      ministries: z.array(z.looseObject({ key: z.string(), name: z.string() })),
      results: z.looseObject({
        submittedScores: z.number().int(),
        expectedScores: z.number().int(),
        partnerships: z.array(
          z.looseObject({ partnership: z.string(), score: z.number().nullable(), rank: z.number().nullable() }),
        ),
      }),
      scores: z.array(
        z.object({
          partnership: z.string(),
          criterion: z.string(),
          ministry: z.string(),
          value: z.number().nullable().describe('null: no basis for a judgement'),
          justification: z.string(),
        }),
      ),
      recommendations: z.record(z.string(), storedRecommendation.extend({ partnership: z.string() })),
      decisions: z.record(z.string(), decision),
    }),
    ...refusals,
  },
};

export const listRecommendationsSchema = {
  summary: 'Suggested and stored recommendations and decisions of every partnership of a round',
  tags: ['rounds'],
  params: roundParams,
  response: { 200: z.object({ data: z.array(recommendationEntry) }), ...refusals },
};

export const getRecommendationSchema = {
  summary: 'The suggested and stored recommendation and the decision of one partnership of a round',
  tags: ['rounds'],
  params: partnershipParams,
  response: { 200: recommendationEntry, ...refusals },
};

export const putRecommendationSchema = {
  summary: 'Write the recommendation for one partnership (coordinators, while the round is in review)',
  description:
    'The option must be one the strategy gives for the partnership’s status at the start; otherwise 400 naming "recommendation". Outside review 409. Needs the X-CSRF-Token header.',
  tags: ['rounds'],
  params: partnershipParams,
  body: z.strictObject({
    recommendation: z.enum(roundRecommendations),
    justification: plainText().trim().min(1, 'is required').max(8000),
  }),
  response: { 200: recommendationEntry, ...refusals },
};

export const postDecisionSchema = {
  summary: 'Record the decision on one partnership of a closed round (coordinators), once',
  description:
    'A decision that ends, establishes or does not establish a partnership changes its status through the lifecycle, with the round as its source. Needs the X-CSRF-Token header.',
  tags: ['rounds'],
  params: partnershipParams,
  body: z.strictObject({
    decision: z.enum(roundRecommendations),
    decidedOn: isoDay,
    body: plainText().trim().min(1, 'is required').max(200).describe('e.g. "Kabinett"'),
    note: plainText().max(4000).optional(),
  }),
  response: { 201: decision, ...refusals },
};

export const getReportSchema = {
  summary: 'The cabinet report of a Leitlinien-Check as DOCX or PDF (same access as the results)',
  description:
    'Summary, method, criteria and weights, ranking with robustness, agreement, comparison with the previous round, a section per partnership with evidence and justifications, and the recommendations. `lang=en` for English. Sent as an attachment.',
  tags: ['rounds'],
  params: roundParams.extend({ format: z.enum(['docx', 'pdf']) }),
  querystring: z.object({ lang: z.enum(['de', 'en']).default('de') }),
};
