import { eq } from 'drizzle-orm';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import type { RegisterIds } from './insert-partnerships.ts';
import type { SeedBundle } from './load-seed.ts';
import { CitationWriter } from './citation-writer.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';

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

/**
 * Links the seeded activities to the instruments, goals and measures of the current strategy
 * their sources say they serve, each link set citing its passage. Runs once the strategy is
 * loaded (the register is written before it).
 */
export async function linkSeededActivities(tx: Transaction, b: SeedBundle, sourceIds: Map<string, number>) {
  const serving = b.activities.data.filter((a) => a.serves);
  if (!serving.length) return;
  const current = currentStrategyVersionId;
  const ids = async <R extends { id: number; key: string | null }>(rows: Promise<R[]>) =>
    new Map((await rows).map((r) => [r.key, r.id]));
  const [activityIds, instrumentIds, goalIds, measureIds] = await Promise.all([
    ids(tx.select({ id: t.activities.id, key: t.activities.key }).from(t.activities)),
    ids(
      tx
        .select({ id: t.instruments.id, key: t.instruments.numeral })
        .from(t.instruments)
        .where(eq(t.instruments.strategyVersionId, current)),
    ),
    ids(tx.select({ id: t.goals.id, key: t.goals.key }).from(t.goals).where(eq(t.goals.strategyVersionId, current))),
    ids(
      tx
        .select({ id: t.measures.id, key: t.measures.key })
        .from(t.measures)
        .where(eq(t.measures.strategyVersionId, current)),
    ),
  ]);
  const citations = new CitationWriter(sourceIds);
  for (const a of serving) {
    const activityId = activityIds.get(a.key)!;
    const links = [
      [t.activityInstruments, a.serves!.instruments, instrumentIds],
      [t.activityGoals, a.serves!.goals, goalIds],
      [t.activityMeasures, a.serves!.measures, measureIds],
    ] as const;
    for (const [table, keys, known] of links) {
      const rows = keys.flatMap((k) => (known.has(k) ? [{ activityId, targetId: known.get(k)! }] : []));
      if (rows.length) await tx.insert(table).values(rows);
    }
    a.serves!.citations.forEach((c) => citations.add({ activityId }, c));
  }
  await citations.flush(tx);
}
