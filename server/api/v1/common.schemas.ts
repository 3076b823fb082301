import { z } from 'zod';
import { placeKinds } from '../../../core/shared/vocabulary.ts';

/** Text as people write it: no NUL or other control characters except line breaks and tabs. */
export const plainText = () =>
  z.string().refine((s) => !/[^\P{Cc}\t\n\r]/u.test(s), 'must not contain control characters');

export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('Date with its precision: YYYY, YYYY-MM or YYYY-MM-DD');

export const citation = z
  .object({
    source: z.string().describe('Key of the source document'),
    sourceTitle: z.string(),
    sourceFile: z.string(),
    publishedOn: partialDate.nullable(),
    locator: z.string().describe('Where in the document'),
    quote: z.string().describe('The passage, in corrected German'),
    claim: z.string().nullable().describe('Which fact the passage supports'),
  })
  .meta({ id: 'Citation' });

export const placeRef = z
  .object({
    key: z.string(),
    kind: z.enum(placeKinds),
    iso: z.string().nullable().describe('ISO 3166-2 code, or ISO 3166-1 for a country; null where none exists'),
    name: z.string(),
    nameEn: z.string(),
  })
  .meta({ id: 'PlaceRef' });

export const organisationRef = z
  .object({ key: z.string(), name: z.string(), abbreviation: z.string().nullable() })
  .meta({ id: 'OrganisationRef' });

const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string(), code: z.string().optional() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const problemResponses = { 400: problem, 404: problem } as const;
export const refParam = z.object({ ref: plainText().min(1).max(100) });
