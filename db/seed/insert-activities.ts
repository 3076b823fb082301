import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import type { RegisterIds } from './insert-partnerships.ts';
import type { SeedBundle } from './load-seed.ts';

/** Source conflicts (each claim with its citation) and the activities the sources report. */
export async function insertConflictsAndActivities(
  tx: Transaction,
  b: SeedBundle,
  ids: RegisterIds & { partnershipIds: Map<string, number> },
) {
  const { placeIds, orgIds, sectorIds, partnershipIds, citations } = ids;
  for (const c of b.conflicts.data) {
    const [conflict] = await tx
      .insert(t.conflicts)
      .values({
        key: c.key,
        topic: c.topic,
        summary: c.summary,
        partnershipId: c.partnership ? partnershipIds.get(c.partnership)! : null,
      })
      .returning({ id: t.conflicts.id });
    for (const [position, claim] of c.claims.entries()) {
      const [row] = await tx
        .insert(t.conflictClaims)
        .values({
          conflictId: conflict!.id,
          position,
          statement: claim.statement,
          placeId: claim.place ? placeIds.get(claim.place)! : null,
        })
        .returning({ id: t.conflictClaims.id });
      citations.add({ conflictClaimId: row!.id }, claim.citation);
    }
  }

  for (const a of b.activities.data) {
    const [row] = await tx
      .insert(t.activities)
      .values({
        key: a.key,
        kind: a.kind,
        title: a.title,
        description: a.description ?? null,
        startsOn: a.startsOn ?? null,
        endsOn: a.endsOn ?? null,
        organiserId: a.organiser ? orgIds.get(a.organiser)! : null,
        partnershipId: a.partnership ? partnershipIds.get(a.partnership)! : null,
        status: a.status,
        visibility: a.visibility,
      })
      .returning({ id: t.activities.id });
    const activityId = row!.id;
    if (a.places.length)
      await tx.insert(t.activityPlaces).values(a.places.map((k) => ({ activityId, targetId: placeIds.get(k)! })));
    if (a.participants.length)
      await tx
        .insert(t.activityParticipants)
        .values(a.participants.map((k) => ({ activityId, targetId: orgIds.get(k)! })));
    if (a.sectors.length)
      await tx.insert(t.activitySectors).values(a.sectors.map((k) => ({ activityId, targetId: sectorIds.get(k)! })));
    a.citations.forEach((c) => citations.add({ activityId }, c));
  }
}
