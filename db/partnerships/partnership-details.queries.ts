import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PartnershipDetailRecord } from '../../core/partnerships/partnership.types.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityListColumns } from '../activities/activity-columns.queries.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';
import { placeRefsById } from '../places/places.queries.ts';

type Details = Pick<PartnershipDetailRecord, 'statusHistory' | 'workingGroups' | 'conflicts' | 'activities'>;

/** Status history, working groups, source conflicts and activities of one partnership. */
export async function loadPartnershipDetails(
  db: Executor,
  partnershipId: number,
  publicOnly: boolean,
): Promise<Details> {
  const [history, groups, conflicts, activities] = await Promise.all([
    db
      .select({
        change: t.partnershipStatusChanges,
        roundKey: t.evaluationRounds.key,
        roundName: t.evaluationRounds.name,
      })
      .from(t.partnershipStatusChanges)
      .leftJoin(t.evaluationRounds, eq(t.evaluationRounds.id, t.partnershipStatusChanges.evaluationRoundId))
      .where(eq(t.partnershipStatusChanges.partnershipId, partnershipId))
      .orderBy(asc(t.partnershipStatusChanges.sequence)),
    db
      .select({
        id: t.workingGroups.id,
        key: t.workingGroups.key,
        name: t.workingGroups.name,
        purpose: t.workingGroups.purpose,
        establishedBy: t.agreements.key,
      })
      .from(t.workingGroups)
      .leftJoin(t.agreements, eq(t.agreements.id, t.workingGroups.establishedByAgreementId))
      .where(eq(t.workingGroups.partnershipId, partnershipId))
      .orderBy(asc(t.workingGroups.name)),
    db.select().from(t.conflicts).where(eq(t.conflicts.partnershipId, partnershipId)).orderBy(asc(t.conflicts.id)),
    db
      .select({
        ...activityListColumns,
        key: t.activities.key,
        workingGroupId: t.activities.workingGroupId,
      })
      .from(t.activities)
      .where(
        and(
          eq(t.activities.partnershipId, partnershipId),
          publicOnly ? eq(t.activities.visibility, 'public') : undefined,
        ),
      )
      .orderBy(sql`${t.activities.startsOn} asc nulls last`, asc(t.activities.id)),
  ]);
  const claims = conflicts.length
    ? await db
        .select()
        .from(t.conflictClaims)
        .where(
          inArray(
            t.conflictClaims.conflictId,
            conflicts.map((c) => c.id),
          ),
        )
        .orderBy(asc(t.conflictClaims.position))
    : [];
  const [historyCitations, groupCitations, claimCitations, claimPlaces, measureLinks] = await Promise.all([
    citationsBySubject(
      db,
      t.citations.statusChangeId,
      history.map((h) => h.change.id),
    ),
    citationsBySubject(
      db,
      t.citations.workingGroupId,
      groups.map((g) => g.id),
    ),
    citationsBySubject(
      db,
      t.citations.conflictClaimId,
      claims.map((c) => c.id),
    ),
    placeRefsById(
      db,
      claims.flatMap((c) => (c.placeId ? [c.placeId] : [])),
    ),
    measuresOfActivities(
      db,
      activities.map((a) => a.id),
    ),
  ]);
  return {
    statusHistory: history.map(({ change: h, roundKey, roundName }) => ({
      sequence: h.sequence,
      from: h.fromStatus,
      to: h.toStatus,
      effectiveOn: h.effectiveOn,
      reason: h.reason,
      recordedAt: h.recordedAt.toISOString(),
      citations: historyCitations.get(h.id) ?? [],
      evaluationRound: roundKey && roundName ? { key: roundKey, name: roundName } : null,
    })),
    workingGroups: groups.map((g) => ({ ...g, citations: groupCitations.get(g.id) ?? [] })),
    conflicts: conflicts.map((c) => ({
      key: c.key,
      topic: c.topic,
      summary: c.summary,
      status: c.status,
      claims: claims
        .filter((cl) => cl.conflictId === c.id)
        .map((cl) => ({
          statement: cl.statement,
          place: cl.placeId ? claimPlaces.get(cl.placeId)! : null,
          citations: claimCitations.get(cl.id) ?? [],
        })),
    })),
    activities: activities.map((a) => ({ ...a, measures: measureLinks.get(a.id) ?? [] })),
  };
}

/** The strategy's measures each activity serves, in the strategy's order, by activity id. */
async function measuresOfActivities(db: Executor, activityIds: number[]) {
  const out = new Map<number, { key: string; text: string }[]>();
  if (activityIds.length === 0) return out;
  const rows = await db
    .select({ activityId: t.activityMeasures.activityId, key: t.measures.key, text: t.measures.text })
    .from(t.activityMeasures)
    .innerJoin(t.measures, eq(t.measures.id, t.activityMeasures.targetId))
    .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
    .where(inArray(t.activityMeasures.activityId, activityIds))
    .orderBy(asc(t.instruments.position), asc(t.measures.position));
  for (const { activityId, ...measure } of rows) out.set(activityId, [...(out.get(activityId) ?? []), measure]);
  return out;
}
