import { z } from 'zod';
import { commitmentLevels, focusFields, measureStatuses } from '../../../../core/shared/vocabulary.ts';
import { citation, organisationRef, partialDate, placeRef, problemResponses } from '../common.schemas.ts';

export const measure = z
  .object({
    key: z.string(),
    position: z.number().int(),
    subArea: z.string().nullable(),
    text: z.string().describe('The exact wording of the strategy'),
    commitment: z.enum(commitmentLevels).describe('sollen | könnten aus gegenwärtiger Sicht | werden (indicative)'),
    leadOrganisation: organisationRef.nullable(),
    status: z.enum(measureStatuses).nullable(),
    budgetReservation: z.boolean().describe('Subject to the Haushaltsvorbehalt'),
    footnote: z.string().nullable(),
    citation: citation.nullable(),
  })
  .meta({ id: 'Measure' });

const instrument = z.object({
  numeral: z.string(),
  position: z.number().int(),
  title: z.string(),
  titleEn: z.string(),
  measuresIntro: z.string().nullable(),
  citations: z.array(citation),
  subAreas: z.array(
    z.object({ key: z.string(), title: z.string(), titleEn: z.string(), measuresIntro: z.string().nullable() }),
  ),
  measures: z.array(measure),
});

export const strategy = z
  .object({
    slug: z.string(),
    title: z.string(),
    shortTitle: z.string(),
    titleEn: z.string(),
    jurisdiction: z.string(),
    version: z.string(),
    adoptedOn: partialDate.nullable(),
    adoptedBy: z.string(),
    coordination: z.string(),
    evaluation: z.string(),
    budgetReservation: z.string(),
    source: z.string(),
    measureCount: z.number().int(),
    citations: z.array(citation),
    goals: z.array(
      z.object({
        key: z.string(),
        position: z.number().int(),
        title: z.string(),
        titleEn: z.string(),
        citations: z.array(citation),
      }),
    ),
    instruments: z.array(instrument),
    focusDesignations: z.array(
      z.object({
        field: z.enum(focusFields),
        label: z.string(),
        labelEn: z.string(),
        place: placeRef.nullable(),
        citations: z.array(citation),
      }),
    ),
  })
  .meta({ id: 'Strategy' });

export const getStrategySchema = {
  summary: 'The current strategy: goals, instruments with sub-areas, every measure, focus designations',
  tags: ['strategy'],
  querystring: z.strictObject({
    version: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
  }),
  response: { 200: strategy, ...problemResponses },
};
