import { z } from 'zod';
import {
  activityKinds,
  activityStatuses,
  agreementKinds,
  partnershipKinds,
  partnershipStatuses,
  signatorySides,
  visibilities,
} from '../../../../core/shared/vocabulary.ts';
import {
  citation,
  organisationRef,
  partialDate,
  placeRef,
  plainText,
  problemResponses,
  refParam,
} from '../common.schemas.ts';

export const agreement = z
  .object({
    key: z.string(),
    kind: z.enum(agreementKinds),
    title: z.string(),
    signedOn: partialDate.nullable(),
    signedAt: placeRef.nullable(),
    termMonths: z.number().int().nullable(),
    expiresOn: partialDate.nullable().describe('Signing date plus term, with the precision of the signing date'),
    validity: z
      .enum(['in_force', 'expired', 'expires_within_period', 'open_ended'])
      .describe('On today’s date (Europe/Berlin)'),
    renews: z.string().nullable(),
    renewedBy: z.string().nullable(),
    signatories: z.array(
      z.object({
        name: z.string(),
        role: z.string(),
        side: z.enum(signatorySides),
        organisation: organisationRef.nullable(),
      }),
    ),
    citations: z.array(citation),
  })
  .meta({ id: 'Agreement' });

export const partnership = z
  .object({
    key: z.string(),
    name: z.string(),
    nameEn: z.string(),
    kind: z.enum(partnershipKinds),
    status: z.enum(partnershipStatuses),
    active: z.boolean().describe('The one definition of active: a dormant partnership is never active'),
    since: partialDate.nullable(),
    visibility: z.enum(visibilities),
    leadOrganisation: organisationRef.nullable(),
    places: z.array(placeRef),
    sectors: z.array(z.object({ key: z.string(), name: z.string(), nameEn: z.string() })),
    agreements: z.array(agreement),
    agreementAlerts: z
      .array(
        z.object({
          kind: z.enum(['expired', 'expires_soon']),
          key: z.string().describe('Key of the agreement'),
          title: z.string(),
          expiresOn: partialDate,
        }),
      )
      .describe(
        'Agreements that ran out (expired) or run out within 90 days (expires_soon) on today’s date, with no renewal recorded',
      ),
    citations: z.array(citation),
    openConflicts: z.number().int().describe('Disagreements between sources not yet resolved'),
  })
  .meta({ id: 'Partnership' });

const measureRef = z.object({ key: z.string(), text: z.string() });

export const partnershipDetail = partnership
  .extend({
    statusHistory: z.array(
      z.object({
        sequence: z.number().int(),
        from: z.enum(partnershipStatuses).nullable(),
        to: z.enum(partnershipStatuses),
        effectiveOn: partialDate.nullable(),
        reason: z.string(),
        recordedAt: z.string(),
        citations: z.array(citation),
        evaluationRound: z
          .object({ key: z.string(), name: z.string() })
          .nullable()
          .describe('The Leitlinien-Check whose decision made the change (its source instead of a citation)'),
      }),
    ),
    workingGroups: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        purpose: z.string().nullable(),
        establishedBy: z.string().nullable(),
        citations: z.array(citation),
        meetings: z.array(
          z.object({
            id: z.number().int(),
            title: z.string(),
            kind: z.enum(activityKinds),
            startsOn: partialDate.nullable(),
            endsOn: partialDate.nullable(),
            status: z.enum(activityStatuses),
          }),
        ),
        lastMeetingOn: z.iso.date().nullable().describe('Last day known to have had a meeting (done or confirmed)'),
        meetingOverdue: z.boolean().describe('No meeting in the last 12 months, or none recorded'),
      }),
    ),
    conflicts: z.array(
      z.object({
        key: z.string(),
        topic: z.string(),
        summary: z.string(),
        status: z.enum(['open', 'resolved']),
        claims: z.array(z.object({ statement: z.string(), place: placeRef.nullable(), citations: z.array(citation) })),
      }),
    ),
    activities: z.array(
      z.object({
        id: z.number().int(),
        key: z.string().nullable(),
        kind: z.enum(activityKinds),
        title: z.string(),
        startsOn: partialDate.nullable().describe('null: the sources give no date'),
        endsOn: partialDate.nullable(),
        status: z.enum(activityStatuses),
        visibility: z.enum(visibilities),
        measures: z.array(measureRef),
      }),
    ),
    measuresServed: z
      .array(measureRef)
      .describe("The strategy's measures served by the partnership's activities (cancelled ones left out)"),
  })
  .meta({ id: 'PartnershipDetail' });

export const listPartnershipsSchema = {
  summary: 'List partnerships',
  tags: ['partnerships'],
  querystring: z.strictObject({
    status: z.enum(partnershipStatuses).optional(),
    kind: z.enum(partnershipKinds).optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .transform((s) => s.toUpperCase())
      .optional(),
  }),
  response: {
    200: z.object({
      data: z.array(partnership),
      counts: z.object({
        total: z.number().int(),
        active: z.number().int(),
        byStatus: z.record(z.enum(partnershipStatuses), z.number().int()),
      }),
    }),
    ...problemResponses,
  },
};

export const getPartnershipSchema = {
  summary: 'One partnership with status history, agreements, working groups, conflicts and citations',
  description:
    '`ref` is the partnership key, its id, or the ISO 3166 code (current or withdrawn) of its partner place.',
  tags: ['partnerships'],
  params: refParam,
  response: { 200: partnershipDetail, ...problemResponses },
};

export const historySchema = {
  summary: 'The history of a partnership from the audit log, field by field (internal)',
  tags: ['partnerships'],
  params: refParam,
  response: {
    200: z.object({
      data: z.array(
        z.object({
          at: z.string(),
          actor: z.string(),
          action: z.string(),
          changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
        }),
      ),
    }),
    ...problemResponses,
  },
};

export const changeStatusSchema = {
  summary: 'Change the status of a partnership (coordinators): dated, reasoned and sourced',
  description:
    'The lifecycle is under_examination → active ⇄ dormant → ended; other transitions are refused with 409. Needs the X-CSRF-Token header.',
  tags: ['partnerships'],
  params: refParam,
  body: z.strictObject({
    to: z.enum(partnershipStatuses),
    effectiveOn: partialDate.describe('When it took effect, with its precision'),
    reason: plainText().trim().min(1, 'A status change needs a reason.').max(2000),
    source: z.strictObject({
      document: plainText().min(1).max(100).describe('Key of a stored source document'),
      locator: plainText().trim().min(1).max(500),
      quote: plainText().trim().min(1).max(5000).describe('The passage, as it stands in the document'),
    }),
  }),
  response: {
    201: z.object({
      partnership: z.string(),
      sequence: z.number().int(),
      from: z.enum(partnershipStatuses).nullable(),
      to: z.enum(partnershipStatuses),
      effectiveOn: partialDate.nullable(),
    }),
    ...problemResponses,
  },
};
