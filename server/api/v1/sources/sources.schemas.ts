import { z } from 'zod';
import { sourceKinds, visibilities } from '../../../../core/shared/vocabulary.ts';
import { partialDate, plainText, problemResponses } from '../common.schemas.ts';

export const sourceSummary = z
  .object({
    key: z.string().describe('The key the document is cited by, e.g. pm-2021-10-04-lazio'),
    kind: z.enum(sourceKinds),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedOn: partialDate.nullable(),
    language: z.string().describe('ISO 639-1'),
    visibility: z.enum(visibilities),
    url: z.string().nullable(),
    fileName: z.string(),
    mediaType: z.string(),
    sha256: z.string().describe('SHA-256 of the file as received (of the text, for pasted text)'),
    ocr: z.boolean().describe('The text came from OCR or a damaged text layer'),
    repaired: z.boolean().describe('The text was repaired; originalText keeps it as received'),
    characters: z.number().int(),
    addedAt: z.string(),
  })
  .meta({ id: 'SourceSummary' });

export const sourceDetail = sourceSummary
  .extend({
    text: z.string().describe('The text as used and quoted: repaired where repaired'),
    originalText: z.string().nullable().describe('The text as received, where the repair changed it'),
    repairs: z.array(z.object({ at: z.number().int(), original: z.string(), repaired: z.string() })),
    citations: z.array(
      z.object({
        subject: z.enum([
          'partnership',
          'agreement',
          'activity',
          'measure',
          'organisation',
          'criterion',
          'strategy',
          'other',
        ]),
        ref: z.string().nullable(),
        label: z.string().nullable(),
        locator: z.string(),
        quote: z.string(),
        claim: z.string().nullable(),
      }),
    ),
    candidates: z.object({
      open: z.number().int(),
      accepted: z.number().int(),
      merged: z.number().int(),
      rejected: z.number().int(),
    }),
  })
  .meta({ id: 'SourceDetail' });

export const listSourcesSchema = {
  summary: 'List the documents of the source library the caller may see',
  tags: ['sources'],
  querystring: z.strictObject({
    kind: z.enum(sourceKinds).optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, 'must be a year YYYY')
      .optional(),
    q: plainText().trim().min(1).max(200).optional().describe('Words of the title or the text'),
    page: z.coerce.number().int().min(1).max(100_000).optional(),
  }),
  response: {
    200: z.object({
      data: z.array(sourceSummary),
      total: z.number().int().describe('Documents the filters leave, among those the caller may see'),
      page: z.number().int(),
      pages: z.number().int(),
    }),
    ...problemResponses,
  },
};

export const getSourceSchema = {
  summary: 'One document with its text, the text as received, its repairs and the citations that use it',
  tags: ['sources'],
  params: z.object({ key: plainText().min(1).max(200) }),
  response: { 200: sourceDetail, ...problemResponses },
};

/** The metadata of a document, as JSON or as fields of a multipart form. */
export const sourceMetadata = z.strictObject({
  title: z.string().max(500).optional(),
  publisher: z.string().max(300).optional(),
  publishedOn: z.string().max(20).optional().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  kind: z
    .string()
    .max(40)
    .optional()
    .describe(
      'press_release, newspaper_article, agreement_text, decision, letter, parliamentary_paper, evaluation, other',
    ),
  url: z.string().max(2000).optional(),
  language: z.string().max(10).optional().describe('ISO 639-1; recognised from the text where left out'),
  visibility: z.string().max(20).optional().describe('public (default), internal, restricted'),
});

export const sourceJsonBody = sourceMetadata.extend({
  text: z.string().max(8_000_000).describe('The document’s text'),
});

export const addSourceSchema = {
  summary: 'Add a document to the library (coordinators and ministry editors)',
  description:
    'multipart/form-data with a `file` (PDF with a text layer, DOCX, HTML or plain text, at most 20 MiB, checked by its content) ' +
    'and the metadata fields, or application/json with `text` and the metadata. 201: added; 200: the same document is already in ' +
    'the library (its key is given). Needs the X-CSRF-Token header.',
  tags: ['sources'],
  response: {
    200: z.object({ status: z.literal('duplicate'), key: z.string(), detail: z.string() }),
    201: z.object({
      status: z.literal('added'),
      key: z.string(),
      title: z.string(),
      repaired: z.boolean(),
      candidates: z.number().int().describe('Candidate facts put in the review queue'),
    }),
    ...problemResponses,
  },
};
