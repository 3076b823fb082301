import { z } from 'zod';
import { agreementSorts, validityClasses } from '../../../../core/agreements/agreement-list.ts';
import { agreementKinds } from '../../../../core/shared/vocabulary.ts';
import { partialDate, plainText, problemResponses } from '../common.schemas.ts';
import { agreement as partnershipAgreement } from '../partnerships/partnerships.schemas.ts';

const validityClass = z
  .enum(validityClasses)
  .describe('valid; expiring (may run out within six months); expired; unknown (no term or end date known)');

const partnershipRef = z
  .object({ key: z.string(), name: z.string(), nameEn: z.string() })
  .nullable()
  .describe('The partnership the agreement belongs to; its visibility decides who sees the agreement');

export const agreementSummary = z
  .object({
    key: z.string(),
    kind: z.enum(agreementKinds),
    title: z.string(),
    partnership: partnershipRef,
    signedOn: partialDate.nullable(),
    termMonths: z.number().int().nullable(),
    expiresOn: partialDate.nullable().describe('Signing date plus term, or the end date the document states'),
    validity: partnershipAgreement.shape.validity,
    validityClass,
    renews: z.string().nullable().describe('Key of the agreement this one renews'),
    renewedBy: z.string().nullable().describe('Key of the agreement renewing this one'),
    documents: z.number().int().describe('Number of stored documents'),
  })
  .meta({ id: 'AgreementSummary' });

export const agreementDetail = agreementSummary
  .extend({
    signedAt: partnershipAgreement.shape.signedAt,
    signatories: partnershipAgreement.shape.signatories,
    citations: partnershipAgreement.shape.citations,
    documents: z.array(
      z.object({
        id: z.number().int(),
        fileName: z.string(),
        mediaType: z.string(),
        sizeBytes: z.number().int(),
        sha256: z.string().describe('SHA-256 of the content, hex'),
        uploadedAt: z.string(),
        href: z.string().describe('Download (Content-Disposition: attachment)'),
      }),
    ),
    chain: z
      .array(
        z.object({
          key: z.string(),
          kind: z.enum(agreementKinds),
          title: z.string(),
          signedOn: partialDate.nullable(),
          expiresOn: partialDate.nullable(),
          validity: partnershipAgreement.shape.validity,
          validityClass,
        }),
      )
      .describe('The renewal chain this agreement belongs to, from the first agreement to the latest renewal'),
  })
  .meta({ id: 'AgreementDetail' });

export const listAgreementsSchema = {
  summary: 'List agreements (those of the partnerships the caller may see)',
  tags: ['agreements'],
  querystring: z.strictObject({
    kind: z.enum(agreementKinds).optional(),
    partnership: plainText().min(1).max(100).optional().describe('Key of a partnership'),
    validity: validityClass.optional(),
    sort: z.enum(agreementSorts).optional().describe('partnership (default), title, signed (newest first), expires'),
  }),
  response: { 200: z.object({ data: z.array(agreementSummary) }), ...problemResponses },
};

export const getAgreementSchema = {
  summary: 'One agreement with signatories, renewal chain, documents and citations',
  tags: ['agreements'],
  params: z.object({ key: plainText().min(1).max(200) }),
  response: { 200: agreementDetail, ...problemResponses },
};
