import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PartnershipDetailRecord } from '../../core/partnerships/partnership.types.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { citationsBySubject } from './citations.ts';
import { placeRefsById } from './places.ts';

type Details = Pick<PartnershipDetailRecord, 'statusHistory' | 'workingGroups' | 'conflicts' | 'activities'>;

/** Status history, working groups, source conflicts and activities of one partnership. */
export async function loadPartnershipDetails(
  db: Executor,
  partnershipId: number,
  publicOnly: boolean,
): Promise<Details> {
  const [history, groups, conflicts, activities] = await Promise.all([
    db
      .select()
      .from(t.partnershipStatusChanges)
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
        key: t.activities.key,
        kind: t.activities.kind,
        title: t.activities.title,
        startsOn: t.activities.startsOn,
        endsOn: t.activities.endsOn,
        status: t.activities.status,
      })
      .from(t.activities)
      .where(
        and(
          eq(t.activities.partnershipId, partnershipId),
          publicOnly ? eq(t.activities.visibility, 'public') : undefined,
        ),
      )
      .orderBy(sql`${t.activities.startsOn} asc nulls last`),
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
  const [historyCitations, groupCitations, claimCitations, claimPlaces] = await Promise.all([
    citationsBySubject(
      db,
      t.citations.statusChangeId,
      history.map((h) => h.id),
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
  ]);
  return {
    statusHistory: history.map((h) => ({
      sequence: h.sequence,
      from: h.fromStatus,
      to: h.toStatus,
      effectiveOn: h.effectiveOn,
      reason: h.reason,
      recordedAt: h.recordedAt.toISOString(),
      citations: historyCitations.get(h.id) ?? [],
    })),
    workingGroups: groups.map(({ id, ...g }) => ({ ...g, citations: groupCitations.get(id) ?? [] })),
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
    activities,
  };
}
