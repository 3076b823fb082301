import { and, asc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';

/**
 * The partnership evidence of an evaluation round (see readRoundEvidence in round-evidence.queries.ts):
 * working groups and their meetings, agreements, sectors and the status history.
 */

const collator = new Intl.Collator('de');

/**
 * The working groups with every meeting the actor may see (activities recorded as the group's
 * meetings, as on the partnership page), each marked whether it lies in the period.
 */
export async function workingGroupMeetings(db: Executor, ids: number[], visible: SQL | undefined, period: SQL) {
  const [groups, meetings] = await Promise.all([
    db
      .select({ id: t.workingGroups.id, name: t.workingGroups.name, partnershipId: t.workingGroups.partnershipId })
      .from(t.workingGroups)
      .where(inArray(t.workingGroups.partnershipId, ids)),
    db
      .select({
        workingGroupId: t.activities.workingGroupId,
        startsOn: t.activities.startsOn,
        status: t.activities.status,
        inPeriod: sql<boolean>`coalesce(${period}, false)`,
      })
      .from(t.activities)
      .innerJoin(t.workingGroups, eq(t.workingGroups.id, t.activities.workingGroupId))
      .where(and(inArray(t.workingGroups.partnershipId, ids), visible)),
  ]);
  return groups
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ id, ...g }) => ({ ...g, meetings: meetings.filter((m) => m.workingGroupId === id) }));
}

/** The agreements of the partnerships, oldest first, each with the agreement that renewed it. */
export async function agreements(db: Executor, ids: number[]) {
  const renewal = alias(t.agreements, 'renewal');
  return db
    .select({
      partnershipId: t.agreements.partnershipId,
      key: t.agreements.key,
      title: t.agreements.title,
      signedOn: t.agreements.signedOn,
      expiresOn: t.agreements.expiresOn,
      renewedBy: renewal.key,
    })
    .from(t.agreements)
    .leftJoin(renewal, eq(renewal.renewsAgreementId, t.agreements.id))
    .where(inArray(t.agreements.partnershipId, ids))
    .orderBy(sql`${t.agreements.signedOn} asc nulls last`, asc(t.agreements.id));
}

/**
 * The partnerships' sectors in German order; `priority` where the current strategy names the
 * sector as suitable for sectoral partnerships (its focus designations of that field, by name).
 */
export async function sectors(db: Executor, ids: number[]) {
  const named = db
    .select({ one: sql`1` })
    .from(t.focusDesignations)
    .where(
      and(
        eq(t.focusDesignations.strategyVersionId, currentStrategyVersionId),
        eq(t.focusDesignations.field, 'sectoral_partnership_sectors'),
        eq(t.focusDesignations.label, t.sectors.nameDe),
      ),
    );
  const rows = await db
    .select({
      partnershipId: t.partnershipSectors.partnershipId,
      key: t.sectors.key,
      name: t.sectors.nameDe,
      nameEn: t.sectors.nameEn,
      priority: sql<boolean>`${exists(named)}`,
    })
    .from(t.partnershipSectors)
    .innerJoin(t.sectors, eq(t.sectors.id, t.partnershipSectors.sectorId))
    .where(inArray(t.partnershipSectors.partnershipId, ids));
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every status change of the partnerships, in the order of their sequence. */
export function statusHistory(db: Executor, ids: number[]) {
  return db
    .select({
      partnershipId: t.partnershipStatusChanges.partnershipId,
      from: t.partnershipStatusChanges.fromStatus,
      to: t.partnershipStatusChanges.toStatus,
      effectiveOn: t.partnershipStatusChanges.effectiveOn,
      reason: t.partnershipStatusChanges.reason,
    })
    .from(t.partnershipStatusChanges)
    .where(inArray(t.partnershipStatusChanges.partnershipId, ids))
    .orderBy(asc(t.partnershipStatusChanges.partnershipId), asc(t.partnershipStatusChanges.sequence));
}
