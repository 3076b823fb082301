import { and, asc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { notFound } from '../../core/shared/errors.ts';
import type {
  AgreementRecord,
  PartnershipDetailRecord,
  PartnershipFilter,
  PartnershipRecord,
} from '../../core/partnerships/partnership.types.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';
import { findPlaceByRef, placeRefsById } from '../places/places.queries.ts';
import { loadPartnershipDetails } from './partnership-details.queries.ts';

const orgRef = { key: t.organisations.key, name: t.organisations.name, abbreviation: t.organisations.abbreviation };

/** Partnerships matching the filter, each with places, sectors, agreements and citations. */
export async function findPartnerships(
  db: Executor,
  filter: PartnershipFilter & { ids?: number[] },
): Promise<PartnershipRecord[]> {
  const where: SQL[] = [];
  if (filter.ids) where.push(inArray(t.partnerships.id, filter.ids));
  if (filter.publicOnly) where.push(eq(t.partnerships.visibility, 'public'));
  if (filter.status) where.push(eq(t.partnerships.status, filter.status));
  if (filter.kind) where.push(eq(t.partnerships.kind, filter.kind));
  if (filter.country) {
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(t.partnershipPlaces)
          .innerJoin(t.places, eq(t.places.id, t.partnershipPlaces.placeId))
          .where(and(eq(t.partnershipPlaces.partnershipId, t.partnerships.id), eq(t.places.iso3166_1, filter.country))),
      ),
    );
  }
  const rows = await db
    .select({
      id: t.partnerships.id,
      key: t.partnerships.key,
      name: t.partnerships.name,
      nameEn: t.partnerships.nameEn,
      kind: t.partnerships.kind,
      status: t.partnerships.status,
      since: t.partnerships.since,
      visibility: t.partnerships.visibility,
      lead: orgRef,
      leadId: t.partnerships.leadOrganisationId,
      openConflicts: sql<number>`(select count(*)::int from ${t.conflicts} where ${t.conflicts.partnershipId} = ${t.partnerships.id} and ${t.conflicts.status} = 'open')`,
    })
    .from(t.partnerships)
    .leftJoin(t.organisations, eq(t.organisations.id, t.partnerships.leadOrganisationId))
    .where(and(...where))
    .orderBy(asc(t.partnerships.name));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];

  const [placeLinks, sectorRows, agreements, citations] = await Promise.all([
    db
      .select()
      .from(t.partnershipPlaces)
      .where(inArray(t.partnershipPlaces.partnershipId, ids))
      .orderBy(asc(t.partnershipPlaces.position)),
    db
      .select({
        partnershipId: t.partnershipSectors.partnershipId,
        key: t.sectors.key,
        name: t.sectors.nameDe,
        nameEn: t.sectors.nameEn,
      })
      .from(t.partnershipSectors)
      .innerJoin(t.sectors, eq(t.sectors.id, t.partnershipSectors.sectorId))
      .where(inArray(t.partnershipSectors.partnershipId, ids))
      .orderBy(asc(t.sectors.nameDe)),
    agreementsOf(db, ids),
    citationsBySubject(db, t.citations.partnershipId, ids),
  ]);
  const placeRefs = await placeRefsById(db, [...new Set(placeLinks.map((l) => l.placeId))]);

  return rows.map(({ lead, leadId, ...r }) => ({
    ...r,
    leadOrganisationId: leadId,
    leadOrganisation: leadId ? { key: lead!.key, name: lead!.name, abbreviation: lead!.abbreviation } : null,
    places: placeLinks.filter((l) => l.partnershipId === r.id).map((l) => placeRefs.get(l.placeId)!),
    sectors: sectorRows.filter((s) => s.partnershipId === r.id).map(({ partnershipId: _, ...s }) => s),
    agreements: agreements.get(r.id) ?? [],
    citations: citations.get(r.id) ?? [],
  }));
}

/** Agreements of the given partnerships, oldest first, with signatories, renewal links and citations. */
async function agreementsOf(db: Executor, partnershipIds: number[]): Promise<Map<number, AgreementRecord[]>> {
  const renewal = db
    .select({ id: t.agreements.id, key: t.agreements.key, renewsId: t.agreements.renewsAgreementId })
    .from(t.agreements)
    .as('renewal');
  const predecessor = db.select({ id: t.agreements.id, key: t.agreements.key }).from(t.agreements).as('predecessor');
  const rows = await db
    .select({
      id: t.agreements.id,
      partnershipId: t.agreements.partnershipId,
      key: t.agreements.key,
      kind: t.agreements.kind,
      title: t.agreements.title,
      signedOn: t.agreements.signedOn,
      signedAtPlaceId: t.agreements.signedAtPlaceId,
      termMonths: t.agreements.termMonths,
      expiresOn: t.agreements.expiresOn,
      renews: predecessor.key,
      renewedBy: renewal.key,
    })
    .from(t.agreements)
    .leftJoin(predecessor, eq(predecessor.id, t.agreements.renewsAgreementId))
    .leftJoin(renewal, eq(renewal.renewsId, t.agreements.id))
    .where(inArray(t.agreements.partnershipId, partnershipIds))
    .orderBy(sql`${t.agreements.signedOn} asc nulls first`, asc(t.agreements.id));
  const ids = rows.map((r) => r.id);
  const [signatories, citations, signedAt] = await Promise.all([
    ids.length
      ? db
          .select({
            agreementId: t.agreementSignatories.agreementId,
            name: t.agreementSignatories.name,
            role: t.agreementSignatories.role,
            side: t.agreementSignatories.side,
            org: orgRef,
            orgId: t.agreementSignatories.organisationId,
          })
          .from(t.agreementSignatories)
          .leftJoin(t.organisations, eq(t.organisations.id, t.agreementSignatories.organisationId))
          .where(inArray(t.agreementSignatories.agreementId, ids))
          .orderBy(asc(t.agreementSignatories.position))
      : [],
    citationsBySubject(db, t.citations.agreementId, ids),
    placeRefsById(
      db,
      rows.flatMap((r) => (r.signedAtPlaceId ? [r.signedAtPlaceId] : [])),
    ),
  ]);
  const out = new Map<number, AgreementRecord[]>();
  for (const { id, partnershipId, signedAtPlaceId, ...a } of rows) {
    const list = out.get(partnershipId!) ?? [];
    list.push({
      ...a,
      signedAt: signedAtPlaceId ? signedAt.get(signedAtPlaceId)! : null,
      signatories: signatories
        .filter((s) => s.agreementId === id)
        .map((s) => ({ name: s.name, role: s.role, side: s.side, organisation: s.orgId ? s.org! : null })),
      citations: citations.get(id) ?? [],
    });
    out.set(partnershipId!, list);
  }
  return out;
}

/**
 * One partnership by id, key, or the ISO code (current or withdrawn) of its partner place;
 * throws NOT_FOUND when nothing matches.
 */
export async function getPartnership(
  db: Executor,
  ref: string,
  options: { publicOnly: boolean },
): Promise<PartnershipDetailRecord> {
  const id = await resolvePartnershipId(db, ref, options.publicOnly);
  if (id === null) throw notFound('Partnership', ref);
  const [record] = await findPartnerships(db, { publicOnly: options.publicOnly, ids: [id] });
  if (!record) throw notFound('Partnership', ref);
  return { ...record, ...(await loadPartnershipDetails(db, id, options.publicOnly)) };
}

/** The id of the partnership a reference (id, key, or ISO code of a partner place) names, or null. */
export async function resolvePartnershipId(db: Executor, ref: string, publicOnly: boolean): Promise<number | null> {
  const visible = publicOnly ? eq(t.partnerships.visibility, 'public') : undefined;
  const byKeyOrId = /^\d+$/.test(ref) ? eq(t.partnerships.id, Number(ref)) : eq(t.partnerships.key, ref);
  const [direct] = await db.select({ id: t.partnerships.id }).from(t.partnerships).where(and(byKeyOrId, visible));
  if (direct) return direct.id;
  const place = await findPlaceByRef(db, ref);
  if (!place) return null;
  const [viaPlace] = await db
    .select({ id: t.partnerships.id })
    .from(t.partnershipPlaces)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.partnershipPlaces.partnershipId))
    .where(and(eq(t.partnershipPlaces.placeId, place.id), visible))
    .orderBy(asc(t.partnershipPlaces.position), asc(t.partnerships.id))
    .limit(1);
  return viaPlace?.id ?? null;
}
