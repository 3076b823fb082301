import { z } from 'zod';
import {
  activityKinds,
  agreementKinds,
  candidateMatches,
  candidateStatuses,
  factTypes,
} from '../../../../core/shared/vocabulary.ts';
import { partialDate, plainText, problemResponses } from '../common.schemas.ts';

const named = z.object({ iso: z.string().nullable(), name: z.string() });
const fact = z
  .object({
    type: z.enum(factTypes),
    activityKind: z.enum(activityKinds).optional(),
    partner: named.nullable(),
    date: z.string().nullable(),
    endDate: z.string().nullable(),
    quote: z.string(),
    confidence: z.number(),
    quoteAt: z.number().int().optional(),
    primary: z.boolean().optional(),
    status: z.enum(['suspended', 'active', 'ended']).optional(),
    agreementKind: z.string().optional(),
    renewal: z.boolean().optional(),
    renews: z.string().nullable().optional().describe('The agreement a renewal renews, as the reviewer names it'),
    organiser: z.object({ key: z.string().nullable(), name: z.string() }).nullable().optional(),
    people: z.array(z.object({ name: z.string(), role: z.string().nullable() })).optional(),
    places: z.array(named).optional(),
    title: z.string().optional(),
  })
  .meta({ id: 'ExtractedFact', description: 'A fact as the extraction proposes it (sources extract --json)' });

const candidate = z
  .object({
    id: z.number().int(),
    source: z.string().describe('Key of the source document'),
    sourceTitle: z.string(),
    type: z.enum(factTypes),
    status: z.enum(candidateStatuses),
    match: z.enum(candidateMatches).describe('How it compared with the register when queued or last edited'),
    matchRef: z.string().nullable().describe('The recorded fact it matches or contradicts, e.g. agreement:lazio-2021'),
    partnership: z.string().nullable(),
    quote: z.string(),
    quoteAt: z.number().int().describe('Where the quote starts in the document text (UTF-16 offset)'),
    confidence: z.number(),
    result: z.string().nullable().describe('What it became or was merged into'),
    reason: z.string().nullable().describe('Why it was rejected'),
    fact,
  })
  .meta({ id: 'Candidate' });

const group = z.object({ key: z.string(), name: z.string(), open: z.number().int(), total: z.number().int() });

export const listCandidatesSchema = {
  summary: 'The review queue (coordinators; ministry editors: their own ministry’s activities)',
  description:
    'Candidates of documents the caller may not see are neither listed nor counted. Filter by status, source document, partnership, kind of fact and match; paged.',
  tags: ['review'],
  querystring: z.strictObject({
    status: z.enum(candidateStatuses).optional(),
    source: plainText().max(100).optional(),
    partnership: plainText().max(100).optional(),
    type: z.enum(factTypes).optional(),
    match: z.enum(candidateMatches).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  }),
  response: {
    200: z.object({
      items: z.array(candidate),
      total: z.number().int(),
      page: z.number().int(),
      pages: z.number().int(),
      counts: z.object({
        open: z.number().int(),
        accepted: z.number().int(),
        merged: z.number().int(),
        rejected: z.number().int(),
      }),
      bySource: z.array(group),
      byPartnership: z.array(group),
    }),
    ...problemResponses,
  },
};

const idParam = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

export const getCandidateSchema = {
  summary: 'One candidate, with its document’s text',
  tags: ['review'],
  params: idParam,
  response: { 200: candidate.extend({ sourceText: z.string() }), ...problemResponses },
};

const field = (max: number) => plainText().max(max).optional();

export const editCandidateSchema = {
  summary: 'Correct an open candidate before deciding it; fields left out keep their value, empty ones are cleared',
  tags: ['review'],
  params: idParam,
  body: z.strictObject({
    title: field(300),
    date: z.union([partialDate, z.literal('')]).optional(),
    endDate: z.union([partialDate, z.literal('')]).optional(),
    partnership: field(100).describe('Key of the partnership'),
    activityKind: z.union([z.enum(activityKinds), z.literal('')]).optional(),
    agreementKind: z.union([z.enum(agreementKinds), z.literal('')]).optional(),
    status: z.enum(['suspended', 'active', 'ended', '']).optional(),
    organiser: field(100).describe('Key or abbreviation of the Saxon organiser'),
    renews: field(100).describe('Key of the agreement a renewal renews'),
  }),
  response: { 200: candidate, ...problemResponses },
};

const decision = z.object({ id: z.number().int(), status: z.enum(candidateStatuses), result: z.string().nullable() });

export const acceptCandidateSchema = {
  summary: 'Accept a candidate: recorded through the same rules as a hand-made entry, with its citation',
  description:
    'A new fact is written with its citation and audited; one the register already holds is merged (a further citation); one it contradicts opens a conflict with both claims. Needs the X-CSRF-Token header.',
  tags: ['review'],
  params: idParam,
  response: { 200: decision, ...problemResponses },
};

export const mergeCandidateSchema = {
  summary: 'Merge a candidate into a recorded fact: its document becomes a further citation',
  tags: ['review'],
  params: idParam,
  body: z.strictObject({ into: plainText().max(200).optional().describe('e.g. agreement:lazio-2021') }),
  response: { 200: decision, ...problemResponses },
};

export const rejectCandidateSchema = {
  summary: 'Reject a candidate with a reason',
  tags: ['review'],
  params: idParam,
  body: z.strictObject({ reason: plainText().max(2000).optional() }),
  response: { 200: decision.extend({ reason: z.string() }), ...problemResponses },
};
