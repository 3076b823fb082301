import { eq } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { ActivityStore } from '../../core/activities/activity.types.ts';
import type { ProposalAuditNote, ProposalStore } from '../../core/proposals/proposal.types.ts';
import { activityStore } from '../activities/activity.store.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import * as t from '../schema.ts';

/** The proposal store bound to an open transaction (for an acceptance that records an activity too). */
export function proposalStore(tx: Transaction, actor: Actor, at: Date): ProposalStore {
  const audit = (id: number, note: ProposalAuditNote) =>
    appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action: note.action,
          entityType: 'proposal',
          entityId: String(id),
          before: note.before,
          after: note.after,
        },
      ],
      at,
    );
  return {
    async subject(type, key) {
      const owner = { visibility: t.partnerships.visibility, leadOrganisationId: t.partnerships.leadOrganisationId };
      if (type === 'partnership') {
        const [row] = await tx.select(owner).from(t.partnerships).where(eq(t.partnerships.key, key));
        return row ? { partnership: row } : null;
      }
      const [row] = await tx
        .select({ id: t.agreements.id, ...owner })
        .from(t.agreements)
        .leftJoin(t.partnerships, eq(t.partnerships.id, t.agreements.partnershipId))
        .where(eq(t.agreements.key, key));
      if (!row) return null;
      return {
        partnership: row.visibility ? { visibility: row.visibility, leadOrganisationId: row.leadOrganisationId } : null,
      };
    },
    async find(id) {
      const [row] = await tx.select().from(t.proposals).where(eq(t.proposals.id, id)).for('update');
      if (!row) return null;
      return {
        id: row.id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        subjectRef: row.subjectRef,
        submittedByUserId: row.submittedByUserId,
        status: row.status,
      };
    },
    async insert(data, submittedByUserId, organisationId, note) {
      const [row] = await tx
        .insert(t.proposals)
        .values({ ...data, submittedByUserId, organisationId })
        .returning({ id: t.proposals.id });
      await audit(row!.id, note);
      return row!.id;
    },
    async review(id, review, note) {
      await tx
        .update(t.proposals)
        .set({
          status: review.status,
          reviewNote: review.note,
          reviewedByUserId: review.reviewedByUserId,
          reviewedAt: at,
        })
        .where(eq(t.proposals.id, id));
      await audit(id, note);
    },
  };
}

/** Runs `work` with a proposal store bound to one transaction and actor: all of it is written, or none. */
export function withProposalStore<T>(db: Database, actor: Actor, at: Date, work: (store: ProposalStore) => Promise<T>) {
  return db.transaction((tx) => work(proposalStore(tx, actor, at)));
}

/** Runs `work` with the proposal and activity stores bound to one transaction: all of it is written, or none. */
export function withProposalAndActivityStores<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (stores: { proposals: ProposalStore; activities: ActivityStore }) => Promise<T>,
) {
  return db.transaction((tx) =>
    work({ proposals: proposalStore(tx, actor, at), activities: activityStore(tx, actor, at) }),
  );
}
