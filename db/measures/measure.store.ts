import { and, asc, eq, inArray, max, or, sql } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { MeasureAuditNote, MeasureStore, StoredMeasure } from '../../core/measures/measure.types.ts';
import { appendAudit } from '../audit-log.ts';
import { citableDocuments, insertCitation } from '../sources/cite.queries.ts';
import type { Database, Transaction } from '../client.ts';
import { currentStrategyVersionId } from './measures.queries.ts';
import * as t from '../schema.ts';

function measureStore(tx: Transaction, actor: Actor, at: Date): MeasureStore {
  const audit = (id: number, note: MeasureAuditNote) =>
    appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action: note.action,
          entityType: 'measure',
          entityId: String(id),
          before: note.before,
          after: note.after,
        },
      ],
      at,
    );
  return {
    async find(key): Promise<StoredMeasure | null> {
      const version = await currentStrategyVersionId(tx);
      if (version === null) return null;
      const [row] = await tx
        .select()
        .from(t.measures)
        .where(and(eq(t.measures.strategyVersionId, version), eq(t.measures.key, key)))
        .for('update');
      if (!row) return null;
      const [org] = row.leadOrganisationId
        ? await tx
            .select({ key: t.organisations.key })
            .from(t.organisations)
            .where(eq(t.organisations.id, row.leadOrganisationId))
        : [];
      const goals = await tx
        .select({ key: t.goals.key })
        .from(t.measureGoals)
        .innerJoin(t.goals, eq(t.goals.id, t.measureGoals.goalId))
        .where(eq(t.measureGoals.measureId, row.id))
        .orderBy(asc(t.goals.key));
      return {
        id: row.id,
        key: row.key,
        strategyVersionId: row.strategyVersionId,
        leadOrganisationId: row.leadOrganisationId,
        lead: org?.key ?? null,
        goals: goals.map((g) => g.key),
        status: row.status,
        progressPercent: row.progressPercent,
        statusNote: row.statusNote,
      };
    },
    async leadOrganisation(ref) {
      const [row] = await tx
        .select({ id: t.organisations.id, key: t.organisations.key })
        .from(t.organisations)
        .where(
          and(
            or(eq(t.organisations.key, ref), eq(t.organisations.abbreviation, ref)),
            inArray(t.organisations.kind, ['ministry', 'state_chancellery']),
          ),
        );
      return row ?? null;
    },
    async goal(strategyVersionId, key) {
      const [row] = await tx
        .select({ id: t.goals.id, key: t.goals.key })
        .from(t.goals)
        .where(and(eq(t.goals.strategyVersionId, strategyVersionId), eq(t.goals.key, key)));
      return row ?? null;
    },
    async milestone(measureId, id) {
      const [row] = await tx
        .select()
        .from(t.measureMilestones)
        .where(and(eq(t.measureMilestones.measureId, measureId), eq(t.measureMilestones.id, id)))
        .for('update');
      return row ?? null;
    },
    citableDocument: citableDocuments(tx),
    async updateStatus(id, data, note, cited) {
      await tx
        .update(t.measures)
        .set({ ...data, statusUpdatedAt: at })
        .where(eq(t.measures.id, id));
      if (cited) await insertCitation(tx, { measureId: id }, cited, 'status');
      await audit(id, note);
    },
    async assign(id, leadOrganisationId, goalIds, note) {
      await tx.update(t.measures).set({ leadOrganisationId }).where(eq(t.measures.id, id));
      await tx.delete(t.measureGoals).where(eq(t.measureGoals.measureId, id));
      if (goalIds.length) await tx.insert(t.measureGoals).values(goalIds.map((goalId) => ({ measureId: id, goalId })));
      await audit(id, note);
    },
    async addMilestone(measureId, milestone, note) {
      const [last] = await tx
        .select({ position: max(t.measureMilestones.position) })
        .from(t.measureMilestones)
        .where(eq(t.measureMilestones.measureId, measureId));
      const [row] = await tx
        .insert(t.measureMilestones)
        .values({ measureId, position: (last?.position ?? 0) + 1, title: milestone.title, dueOn: milestone.dueOn })
        .returning({ id: t.measureMilestones.id });
      await audit(measureId, { ...note, after: { ...note.after, milestoneId: row!.id } });
      return row!.id;
    },
    async reachMilestone(measureId, id, reachedOn, note) {
      await tx
        .update(t.measureMilestones)
        .set({ reachedOn })
        .where(and(eq(t.measureMilestones.id, id), sql`${t.measureMilestones.reachedOn} is null`));
      await audit(measureId, note);
    },
    async removeMilestone(measureId, id, note) {
      await tx.delete(t.measureMilestones).where(eq(t.measureMilestones.id, id));
      await audit(measureId, note);
    },
  };
}

/** Runs `work` with a measure store bound to one transaction and actor: all of it is written, or none. */
export function withMeasureStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: MeasureStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(measureStore(tx, actor, at)));
}
