import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { renewalChains } from '../../core/partnerships/renewal-chain.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';
import { placeRefsById } from '../places/places.queries.ts';

const predecessor = alias(t.agreements, 'predecessor');
const renewal = alias(t.agreements, 'renewal');

const listColumns = {
  id: t.agreements.id,
  key: t.agreements.key,
  kind: t.agreements.kind,
  title: t.agreements.title,
  signedOn: t.agreements.signedOn,
  signedAtPlaceId: t.agreements.signedAtPlaceId,
  termMonths: t.agreements.termMonths,
  expiresOn: t.agreements.expiresOn,
  renews: predecessor.key,
  renewedBy: renewal.key,
  partnershipKey: t.partnerships.key,
  partnershipName: t.partnerships.name,
  partnershipNameEn: t.partnerships.nameEn,
  partnershipVisibility: t.partnerships.visibility,
  partnershipLeadId: t.partnerships.leadOrganisationId,
  documents: sql<number>`(select count(*)::int from ${t.agreementDocuments} where ${t.agreementDocuments.agreementId} = ${t.agreements.id})`,
};

type ListRow = Awaited<ReturnType<typeof selectAgreements>>[number];

const shape = ({
  partnershipKey,
  partnershipName,
  partnershipNameEn,
  partnershipVisibility,
  partnershipLeadId,
  ...a
}: ListRow) => ({
  ...a,
  partnership: partnershipKey
    ? {
        key: partnershipKey,
        name: partnershipName!,
        nameEn: partnershipNameEn!,
        visibility: partnershipVisibility!,
        leadOrganisationId: partnershipLeadId,
      }
    : null,
});

function selectAgreements(db: Executor) {
  return db
    .select(listColumns)
    .from(t.agreements)
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.agreements.partnershipId))
    .leftJoin(predecessor, eq(predecessor.id, t.agreements.renewsAgreementId))
    .leftJoin(renewal, eq(renewal.renewsAgreementId, t.agreements.id));
}

/** Every agreement with its partnership (for the visibility rule), renewal links and number of documents. */
export async function findAgreements(db: Executor, filter: { publicOnly: boolean }) {
  const rows = await selectAgreements(db)
    .where(filter.publicOnly ? eq(t.partnerships.visibility, 'public') : undefined)
    .orderBy(asc(t.agreements.id));
  return rows.map((r) => shape(r));
}
export type AgreementRow = Awaited<ReturnType<typeof findAgreements>>[number];

/** The stored documents of an agreement (without their content), oldest first. */
export async function agreementDocuments(db: Executor, agreementId: number) {
  return db
    .select({
      id: t.agreementDocuments.id,
      fileName: t.agreementDocuments.fileName,
      mediaType: t.agreementDocuments.mediaType,
      sizeBytes: t.agreementDocuments.sizeBytes,
      sha256: t.agreementDocuments.sha256,
      uploadedAt: t.agreementDocuments.uploadedAt,
    })
    .from(t.agreementDocuments)
    .where(eq(t.agreementDocuments.agreementId, agreementId))
    .orderBy(asc(t.agreementDocuments.id));
}

/** One document with its content, if it belongs to the agreement. */
export async function agreementDocumentContent(db: Executor, agreementId: number, documentId: number) {
  const [row] = await db
    .select({
      fileName: t.agreementDocuments.fileName,
      mediaType: t.agreementDocuments.mediaType,
      sizeBytes: t.agreementDocuments.sizeBytes,
      sha256: t.agreementDocuments.sha256,
      content: t.agreementDocuments.content,
    })
    .from(t.agreementDocuments)
    .where(and(eq(t.agreementDocuments.id, documentId), eq(t.agreementDocuments.agreementId, agreementId)));
  return row ?? null;
}

/**
 * One agreement by key with everything stored about it: place of signing, signatories,
 * citations, documents, and its whole renewal chain (first agreement to latest renewal).
 */
export async function getAgreementDetail(db: Executor, key: string) {
  const [row] = await selectAgreements(db).where(eq(t.agreements.key, key));
  if (!row) return null;
  const a = shape(row);
  const [signatories, citations, documents, places, siblings] = await Promise.all([
    db
      .select({
        name: t.agreementSignatories.name,
        role: t.agreementSignatories.role,
        side: t.agreementSignatories.side,
        organisation: {
          key: t.organisations.key,
          name: t.organisations.name,
          abbreviation: t.organisations.abbreviation,
        },
      })
      .from(t.agreementSignatories)
      .leftJoin(t.organisations, eq(t.organisations.id, t.agreementSignatories.organisationId))
      .where(eq(t.agreementSignatories.agreementId, a.id))
      .orderBy(asc(t.agreementSignatories.position)),
    citationsBySubject(db, t.citations.agreementId, [a.id]),
    agreementDocuments(db, a.id),
    placeRefsById(db, a.signedAtPlaceId ? [a.signedAtPlaceId] : []),
    row.partnershipKey
      ? selectAgreements(db)
          .where(eq(t.partnerships.key, row.partnershipKey))
          .orderBy(sql`${t.agreements.signedOn} asc nulls first`, asc(t.agreements.id))
      : Promise.resolve([row]),
  ]);
  const chain = renewalChains(siblings.map((s) => shape(s))).find((c) => c.some((s) => s.key === key)) ?? [a];
  const { signedAtPlaceId, ...rest } = a;
  return {
    ...rest,
    signedAt: signedAtPlaceId ? (places.get(signedAtPlaceId) ?? null) : null,
    signatories: signatories.map((s) => ({ ...s, organisation: s.organisation?.key ? s.organisation : null })),
    citations: citations.get(a.id) ?? [],
    documents: documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    chain: chain.map((c) => ({
      key: c.key,
      kind: c.kind,
      title: c.title,
      signedOn: c.signedOn,
      expiresOn: c.expiresOn,
    })),
  };
}
export type AgreementDetail = NonNullable<Awaited<ReturnType<typeof getAgreementDetail>>>;

/** The partnerships an agreement can be recorded for, with what the visibility rule needs. */
export async function agreementPartnerships(db: Executor) {
  return db
    .select({
      key: t.partnerships.key,
      name: t.partnerships.name,
      nameEn: t.partnerships.nameEn,
      visibility: t.partnerships.visibility,
      leadOrganisationId: t.partnerships.leadOrganisationId,
    })
    .from(t.partnerships)
    .orderBy(asc(t.partnerships.name));
}
