import { z } from 'zod';
import {
  activityKinds,
  activityStatuses,
  commitmentLevels,
  measureStatuses,
} from '../../../../core/shared/vocabulary.ts';
import { citation, organisationRef, partialDate, problemResponses } from '../common.schemas.ts';

export const progress = z
  .object({
    percent: z.number().int().min(0).max(100),
    source: z.enum(['stated', 'default']).describe('stated by the lead ministry, or the default of the status'),
  })
  .nullable()
  .describe('null when the measure has no status yet (never 0 %) or is discontinued')
  .meta({ id: 'MeasureProgress' });

export const rollUp = z
  .object({
    measures: z.number().int(),
    counted: z.number().int().describe('measures with a status, not discontinued: the mean rests on them'),
    withoutStatus: z.number().int().describe('left out of the mean, never counted as 0 %'),
    discontinued: z.number().int(),
    meanPercent: z.number().nullable().describe('null when no measure of the group has a status'),
  })
  .meta({ id: 'RollUp' });

export const measureView = z
  .object({
    key: z.string(),
    position: z.number().int(),
    instrument: z.string().describe('Roman numeral of the instrument'),
    subArea: z.string().nullable(),
    text: z.string().describe('The exact wording of the strategy'),
    commitment: z.enum(commitmentLevels).describe('sollen | könnten aus gegenwärtiger Sicht | werden (indicative)'),
    leadOrganisation: organisationRef.nullable(),
    goals: z.array(z.string()).describe('Keys of the goals the measure serves'),
    status: z.enum(measureStatuses).nullable().describe('null: no status yet'),
    progress,
    budgetReservation: z.boolean().describe('Subject to the Haushaltsvorbehalt'),
    footnote: z.string().nullable(),
    citation: citation.nullable(),
    statusNote: z.string().nullable().optional().describe('internal users only'),
    statusUpdatedAt: z.string().nullable().optional().describe('internal users only'),
    stale: z.boolean().optional().describe('no status report in six months; internal users only'),
  })
  .meta({ id: 'MeasureView' });

const key = z
  .string()
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/, 'must be a key of letters, digits and hyphens');

export const listMeasuresSchema = {
  summary: 'The measures of the current strategy with status and progress, filterable, and their roll-up',
  tags: ['measures'],
  querystring: z.strictObject({
    instrument: z
      .string()
      .regex(/^[IVX]+$/, 'must be a Roman numeral I…VII')
      .optional(),
    goal: key.optional(),
    lead: key.optional().describe('key of the lead ministry, or "none"'),
    status: z
      .enum([...measureStatuses, 'none'])
      .optional()
      .describe('"none": no status yet'),
    commitment: z.enum(commitmentLevels).optional(),
    stale: z.stringbool().optional().describe('only measures without a status report in six months (internal users)'),
  }),
  response: {
    200: z.object({
      data: z.array(measureView),
      rollUp: z.object({
        all: rollUp,
        byInstrument: z.array(rollUp.extend({ instrument: z.string() })),
        byGoal: z.array(rollUp.extend({ goal: z.string() })),
        withoutGoal: z.number().int().describe('measures that serve no goal yet'),
      }),
    }),
    ...problemResponses,
  },
};

export const getMeasureSchema = {
  summary: 'One measure with its status, progress, milestones (internal) and linked activities',
  tags: ['measures'],
  params: z.object({ key }),
  response: {
    200: measureView.extend({
      milestones: z
        .array(
          z.object({
            id: z.number().int(),
            title: z.string(),
            dueOn: partialDate.nullable(),
            reachedOn: partialDate.nullable(),
          }),
        )
        .optional()
        .describe('internal users only'),
      activities: z.array(
        z.object({
          id: z.number().int(),
          kind: z.enum(activityKinds),
          title: z.string(),
          startsOn: partialDate.nullable(),
          endsOn: partialDate.nullable(),
          status: z.enum(activityStatuses),
        }),
      ),
    }),
    ...problemResponses,
  },
};
