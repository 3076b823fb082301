import { and, eq, sql } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import { changesCalendar } from '../../core/calendar/calendar-changes.ts';
import type {
  ActivityData,
  ActivityIds,
  ActivityStore,
  AuditNote,
  StoredActivity,
} from '../../core/activities/activity.types.ts';
import { appendAudit } from '../audit-log.ts';
import { citableDocuments, insertCitation } from '../sources/cite.queries.ts';
import type { Database, Transaction } from '../client.ts';
import { activityLinks } from './activity-details.queries.ts';
import { recordRefs } from '../shared/record-refs.queries.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';
import * as t from '../schema.ts';

const columns = (data: ActivityData, ids: ActivityIds) => ({
  kind: data.kind,
  title: data.title,
  description: data.description,
  startsOn: data.startsOn,
  endsOn: data.endsOn,
  organiserId: ids.organiserId,
  partnershipId: ids.partnershipId,
  workingGroupId: ids.workingGroupId,
  status: data.status,
  visibility: data.visibility,
  budgetPlannedCents: data.budgetPlannedCents,
  budgetActualCents: data.budgetActualCents,
  outcome: data.outcome,
});

async function writeLinks(tx: Transaction, activityId: number, ids: ActivityIds) {
  const links = [
    [t.activityPlaces, ids.placeIds],
    [t.activityParticipants, ids.participantIds],
    [t.activitySectors, ids.sectorIds],
    [t.activityInstruments, ids.instrumentIds],
    [t.activityGoals, ids.goalIds],
    [t.activityMeasures, ids.measureIds],
  ] as const;
  for (const [table, targets] of links) {
    await tx.delete(table).where(eq(table.activityId, activityId));
    if (targets.length) await tx.insert(table).values(targets.map((targetId) => ({ activityId, targetId })));
  }
}

/** The activity store bound to an open transaction (for writes that span more than activities, like an import). */
export function activityStore(tx: Transaction, actor: Actor, at: Date): ActivityStore {
  const audit = (id: number, note: AuditNote) =>
    appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action: note.action,
          entityType: 'activity',
          entityId: String(id),
          before: note.before,
          after: note.after,
        },
      ],
      at,
    );
  return {
    ...recordRefs(tx),
    async workingGroup(key) {
      const [row] = await tx
        .select({
          id: t.workingGroups.id,
          key: t.workingGroups.key,
          partnershipId: t.workingGroups.partnershipId,
          partnershipKey: t.partnerships.key,
        })
        .from(t.workingGroups)
        .innerJoin(t.partnerships, eq(t.partnerships.id, t.workingGroups.partnershipId))
        .where(eq(t.workingGroups.key, key));
      return row ?? null;
    },
    async instrument(numeral) {
      const [row] = await tx
        .select({ id: t.instruments.id, key: t.instruments.numeral })
        .from(t.instruments)
        .where(and(eq(t.instruments.numeral, numeral), eq(t.instruments.strategyVersionId, currentStrategyVersionId)));
      return row ?? null;
    },
    async goal(key) {
      const [row] = await tx
        .select({ id: t.goals.id, key: t.goals.key })
        .from(t.goals)
        .where(and(eq(t.goals.key, key), eq(t.goals.strategyVersionId, currentStrategyVersionId)));
      return row ?? null;
    },
    async measure(key) {
      const [row] = await tx
        .select({ id: t.measures.id, key: t.measures.key })
        .from(t.measures)
        .where(and(eq(t.measures.key, key), eq(t.measures.strategyVersionId, currentStrategyVersionId)));
      return row ?? null;
    },
    async find(id): Promise<StoredActivity | null> {
      const [row] = await tx
        .select()
        .from(t.activities)
        .where(and(eq(t.activities.id, id)))
        .for('update');
      if (!row) return null;
      const links = await activityLinks(tx, id);
      return {
        id: row.id,
        organiserId: row.organiserId,
        kind: row.kind,
        title: row.title,
        description: row.description,
        startsOn: row.startsOn,
        endsOn: row.endsOn,
        organiser: links.organiser,
        partnership: links.partnership,
        workingGroup: links.workingGroup,
        places: links.places,
        participants: links.participants,
        sectors: links.sectors,
        instruments: links.instruments,
        goals: links.goals,
        measures: links.measures,
        status: row.status,
        visibility: row.visibility,
        budgetPlannedCents: row.budgetPlannedCents,
        budgetActualCents: row.budgetActualCents,
        outcome: row.outcome,
      };
    },
    citableDocument: citableDocuments(tx),
    async insert(data, ids, note, cited) {
      const [row] = await tx.insert(t.activities).values(columns(data, ids)).returning({ id: t.activities.id });
      await writeLinks(tx, row!.id, ids);
      if (cited) await insertCitation(tx, { activityId: row!.id }, cited, 'existence');
      await audit(row!.id, note);
      return row!.id;
    },
    async update(id, data, ids, note, cited) {
      const [before] = await tx
        .select({
          title: t.activities.title,
          startsOn: t.activities.startsOn,
          endsOn: t.activities.endsOn,
          status: t.activities.status,
        })
        .from(t.activities)
        .where(eq(t.activities.id, id));
      const placesBefore = await tx
        .select({ id: t.activityPlaces.targetId })
        .from(t.activityPlaces)
        .where(eq(t.activityPlaces.activityId, id));
      // Subscribed calendars replace an event only when its SEQUENCE grows (RFC 5545).
      const shown =
        before !== undefined &&
        changesCalendar({ ...before, placeIds: placesBefore.map((p) => p.id) }, { ...data, placeIds: ids.placeIds });
      await tx
        .update(t.activities)
        .set({
          ...columns(data, ids),
          updatedAt: at,
          ...(shown ? { icalSequence: sql`${t.activities.icalSequence} + 1` } : {}),
        })
        .where(eq(t.activities.id, id));
      await writeLinks(tx, id, ids);
      if (cited) await insertCitation(tx, { activityId: id }, cited, 'existence');
      await audit(id, note);
    },
  };
}

/** Runs `work` with an activity store bound to one transaction and actor: all of it is written, or none. */
export function withActivityStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: ActivityStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(activityStore(tx, actor, at)));
}
