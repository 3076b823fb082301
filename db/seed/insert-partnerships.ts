import { eq } from 'drizzle-orm';
import { expiryOf } from '../../core/agreements/agreement-validity.ts';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import { byKey, type CitationWriter } from './citation-writer.ts';
import type { SeedBundle } from './load-seed.ts';

export interface RegisterIds {
  sourceIds: Map<string, number>;
  placeIds: Map<string, number>;
  orgIds: Map<string, number>;
  sectorIds: Map<string, number>;
  citations: CitationWriter;
}

/** Partnerships with their places, sectors, status history, agreements and working groups. */
export async function insertPartnerships(
  tx: Transaction,
  b: SeedBundle,
  ids: RegisterIds,
): Promise<Map<string, number>> {
  const { placeIds, orgIds, sectorIds, citations } = ids;
  const data = b.partnerships.data;
  const partnershipIds = byKey(
    await tx
      .insert(t.partnerships)
      .values(
        data.map((p) => ({
          key: p.key,
          name: p.name,
          nameEn: p.nameEn,
          kind: p.kind,
          status: p.statusHistory.at(-1)!.status,
          since: p.since ?? null,
          leadOrganisationId: p.leadOrganisation ? orgIds.get(p.leadOrganisation)! : null,
          visibility: p.visibility,
        })),
      )
      .returning({ id: t.partnerships.id, key: t.partnerships.key }),
  );
  const placeRows = data.flatMap((p) =>
    p.places.map((k, position) => ({ partnershipId: partnershipIds.get(p.key)!, placeId: placeIds.get(k)!, position })),
  );
  if (placeRows.length) await tx.insert(t.partnershipPlaces).values(placeRows);
  const sectorRows = data.flatMap((p) =>
    p.sectors.map((k) => ({ partnershipId: partnershipIds.get(p.key)!, sectorId: sectorIds.get(k)! })),
  );
  if (sectorRows.length) await tx.insert(t.partnershipSectors).values(sectorRows);

  const agreementIds = new Map<string, number>();
  for (const p of data) {
    const partnershipId = partnershipIds.get(p.key)!;
    p.citations.forEach((c) => citations.add({ partnershipId }, c));

    let previous: (typeof p.statusHistory)[number]['status'] | null = null;
    for (const [index, entry] of p.statusHistory.entries()) {
      const [row] = await tx
        .insert(t.partnershipStatusChanges)
        .values({
          partnershipId,
          sequence: index + 1,
          fromStatus: previous,
          toStatus: entry.status,
          effectiveOn: entry.effectiveOn ?? null,
          reason: entry.reason,
        })
        .returning({ id: t.partnershipStatusChanges.id });
      citations.add({ statusChangeId: row!.id }, entry.citation);
      previous = entry.status;
    }

    for (const a of p.agreements) {
      const [row] = await tx
        .insert(t.agreements)
        .values({
          key: a.key,
          partnershipId,
          kind: a.kind,
          title: a.title,
          signedOn: a.signedOn ?? null,
          signedAtPlaceId: a.signedAt ? placeIds.get(a.signedAt)! : null,
          termMonths: a.termMonths ?? null,
          expiresOn: expiryOf({
            signedOn: a.signedOn ?? null,
            termMonths: a.termMonths ?? null,
            statedExpiresOn: a.expiresOn ?? null,
          }),
        })
        .returning({ id: t.agreements.id });
      agreementIds.set(a.key, row!.id);
      if (a.signatories.length) {
        await tx.insert(t.agreementSignatories).values(
          a.signatories.map((s, position) => ({
            agreementId: row!.id,
            position,
            name: s.name,
            role: s.role,
            side: s.side,
            organisationId: s.organisation ? orgIds.get(s.organisation)! : null,
          })),
        );
      }
      a.citations.forEach((c) => citations.add({ agreementId: row!.id }, c));
    }
  }
  // Renewals may point at agreements listed later, so they are linked once all exist.
  for (const a of data.flatMap((p) => p.agreements).filter((a) => a.renews)) {
    await tx
      .update(t.agreements)
      .set({ renewsAgreementId: agreementIds.get(a.renews!)! })
      .where(eq(t.agreements.key, a.key));
  }
  for (const p of data) {
    for (const w of p.workingGroups) {
      const [row] = await tx
        .insert(t.workingGroups)
        .values({
          key: w.key,
          name: w.name,
          partnershipId: partnershipIds.get(p.key)!,
          purpose: w.purpose ?? null,
          establishedByAgreementId: w.establishedBy ? agreementIds.get(w.establishedBy)! : null,
        })
        .returning({ id: t.workingGroups.id });
      citations.add({ workingGroupId: row!.id }, w.citation);
    }
  }
  return partnershipIds;
}
