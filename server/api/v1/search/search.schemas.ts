import { z } from 'zod';
import { facetNames, searchStatuses, searchTypes } from '../../../../core/search/facets.ts';
import { MAX_QUERY_LENGTH } from '../../../../core/search/search-query.ts';
import { partialDate, plainText, problemResponses } from '../common.schemas.ts';

const segments = z
  .array(z.object({ text: z.string(), match: z.boolean().describe('A word the query matched') }))
  .meta({ id: 'HighlightedText', description: 'A text in pieces; the pieces the query matched are marked' });

const facetEntry = z.object({
  value: z.string(),
  count: z
    .number()
    .int()
    .nullable()
    .describe('null when some type has more than 1,000 matches and the count is not known exactly'),
  more: z.boolean().optional().describe('This type has more matches than the count (more than 1,000)'),
});

export const searchSchema = {
  summary: 'Search partnerships, agreements, activities, measures and organisations (German full text)',
  description:
    'German full-text search: word forms (“Hochschule” finds “Hochschulen”) and spellings with ae/oe/ue or ä/ö/ü are found. `q` is read like a web search: all words required, "quoted words" a phrase, OR between alternatives, a leading minus excludes. Results are ranked; each facet narrows them. The caller finds only what they may see.',
  tags: ['search'],
  querystring: z.strictObject({
    q: plainText()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`)
      .describe('What to look for'),
    type: z.enum(searchTypes).optional(),
    status: z.enum(searchStatuses as [string, ...string[]]).optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, 'must be a year YYYY')
      .optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .transform((s) => s.toUpperCase())
      .optional(),
    organiser: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'must be the key of an organisation')
      .optional()
      .describe('Key of the lead or organising ministry'),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  }),
  response: {
    200: z.object({
      query: z.string().describe('The query as read'),
      tsquery: z
        .string()
        .nullable()
        .describe('The query as PostgreSQL reads it; null when it holds only stop words such as “der”'),
      total: z.object({
        count: z.number().int(),
        capped: z.boolean().describe('More than 1,000 matches of some type: the best among the first 1,000 are ranked'),
      }),
      page: z.number().int(),
      pages: z.number().int(),
      data: z.array(
        z.object({
          type: z.enum(searchTypes),
          key: z.string().describe('Key of the record (the id of an activity)'),
          path: z.string().nullable().describe('The page of the record'),
          title: z.string(),
          titleEn: z.string().nullable(),
          status: z.string().nullable(),
          year: z.string().nullable(),
          date: partialDate.nullable(),
          rank: z.number(),
          highlight: z.object({ title: segments, titleEn: segments.nullable(), snippet: segments.nullable() }),
        }),
      ),
      facets: z.object(
        Object.fromEntries(facetNames.map((f) => [f, z.array(facetEntry)])) as Record<
          (typeof facetNames)[number],
          z.ZodArray<typeof facetEntry>
        >,
      ),
    }),
    ...problemResponses,
  },
};
