import { z } from 'zod';
import {
  activityKinds,
  activityStatuses,
  agreementKinds,
  measureStatuses,
  partnershipKinds,
  partnershipStatuses,
  proposalKinds,
} from '../../../../core/shared/vocabulary.ts';
import { organisationRef, partialDate, problemResponses } from '../common.schemas.ts';
import { rollUp } from '../measures/measures.schemas.ts';

const partnershipRef = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  status: z.enum(partnershipStatuses),
});
const countsOf = <T extends readonly [string, ...string[]]>(values: T) => z.record(z.enum(values), z.number().int());

export const overview = z
  .object({
    today: z.string().describe('The day the overview was computed for (Europe/Berlin)'),
    attention: z.object({
      agreements: z
        .array(
          z.object({
            key: z.string(),
            kind: z.enum(agreementKinds),
            title: z.string(),
            expiresOn: partialDate,
            renewed: z.boolean(),
            attention: z.enum(['expired', 'expires_within_period', 'expiring']),
            partnership: partnershipRef,
          }),
        )
        .describe('Not renewed, of active or examined partnerships: expired, or running out within six months'),
      workingGroups: z
        .array(
          z.object({
            key: z.string(),
            name: z.string(),
            partnership: partnershipRef,
            lastMeeting: partialDate.nullable(),
            nextMeeting: partialDate.nullable(),
          }),
        )
        .describe('Without a meeting (activity of kind working_group_meeting, not cancelled) in twelve months'),
      staleMeasures: z
        .array(
          z.object({
            key: z.string(),
            text: z.string(),
            leadOrganisation: organisationRef.nullable(),
            status: z.enum(measureStatuses).nullable(),
            statusUpdatedAt: z.string().nullable(),
          }),
        )
        .describe('Without a status report in six months (or never); completed and discontinued ones excepted'),
      proposals: z
        .array(
          z.object({
            id: z.number().int(),
            kind: z.enum(proposalKinds),
            title: z.string(),
            submittedAt: z.string(),
            organisation: organisationRef.nullable(),
          }),
        )
        .nullable()
        .describe('Waiting for review; null for everyone but coordinators'),
    }),
    counts: z.object({
      partnerships: z.object({
        total: z.number().int(),
        active: z.number().int().describe('Only status active; dormant partnerships never count as active'),
        byStatus: countsOf(partnershipStatuses),
        byKind: countsOf(partnershipKinds),
      }),
      activities: z.object({
        total: z.number().int(),
        byStatus: countsOf(activityStatuses),
        byKind: countsOf(activityKinds),
        byInstrument: z
          .array(z.object({ numeral: z.string(), title: z.string(), titleEn: z.string(), count: z.number().int() }))
          .describe('Without cancelled activities'),
        byGoal: z
          .array(z.object({ key: z.string(), title: z.string(), titleEn: z.string(), count: z.number().int() }))
          .describe('Without cancelled activities'),
      }),
      measures: z.object({
        total: z.number().int(),
        byStatus: countsOf([...measureStatuses, 'none']).describe('"none": no status yet'),
        rollUp,
      }),
    }),
  })
  .meta({ id: 'Overview' });

export const getOverviewSchema = {
  summary: 'What needs attention today, and the counts of the register, as the caller may see them',
  tags: ['overview'],
  response: { 200: overview, ...problemResponses },
};
