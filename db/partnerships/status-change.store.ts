import { asc, eq } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { StatusChangeStore } from '../../core/partnerships/change-partnership-status.ts';
import type { PlannedStatusChange } from '../../core/partnerships/status-lifecycle.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import { resolvePartnershipId } from './partnerships.queries.ts';
import * as t from '../schema.ts';

/** The status-change store bound to a transaction (also used by the evaluation rounds' decisions). */
export function statusChangeStore(tx: Transaction, at: Date): StatusChangeStore {
  return {
    async findPartnership(ref) {
      const id = await resolvePartnershipId(tx, ref, false);
      if (id === null) return null;
      // Lock the partnership so concurrent changes are applied one after the other.
      const [row] = await tx
        .select({ id: t.partnerships.id, key: t.partnerships.key })
        .from(t.partnerships)
        .where(eq(t.partnerships.id, id))
        .for('update');
      const history = await tx
        .select({ toStatus: t.partnershipStatusChanges.toStatus, effectiveOn: t.partnershipStatusChanges.effectiveOn })
        .from(t.partnershipStatusChanges)
        .where(eq(t.partnershipStatusChanges.partnershipId, id))
        .orderBy(asc(t.partnershipStatusChanges.sequence));
      return { id: row!.id, key: row!.key, history };
    },
    async sourceTexts(documentKey) {
      const [row] = await tx
        .select({ content: t.sourceDocuments.content, original: t.sourceDocuments.originalContent })
        .from(t.sourceDocuments)
        .where(eq(t.sourceDocuments.key, documentKey));
      return row ? [row.content, ...(row.original === null ? [] : [row.original])] : null;
    },
    async recordStatusChange(partnershipId: number, change: PlannedStatusChange, actor: Actor) {
      const [round] = change.evaluationRound
        ? await tx
            .select({ id: t.evaluationRounds.id })
            .from(t.evaluationRounds)
            .where(eq(t.evaluationRounds.key, change.evaluationRound))
        : [];
      const [row] = await tx
        .insert(t.partnershipStatusChanges)
        .values({
          partnershipId,
          sequence: change.sequence,
          fromStatus: change.from,
          toStatus: change.to,
          effectiveOn: change.effectiveOn,
          reason: change.reason,
          recordedByUserId: actorUserId(actor),
          evaluationRoundId: round?.id ?? null,
        })
        .returning({ id: t.partnershipStatusChanges.id });
      const source = change.source;
      if (source) {
        const [document] = await tx
          .select({ id: t.sourceDocuments.id })
          .from(t.sourceDocuments)
          .where(eq(t.sourceDocuments.key, source.documentKey));
        await tx.insert(t.citations).values({
          statusChangeId: row!.id,
          sourceDocumentId: document!.id,
          locator: source.locator,
          quote: source.quote,
          claim: 'status',
        });
      }
      await tx
        .update(t.partnerships)
        .set({ status: change.to, updatedAt: at })
        .where(eq(t.partnerships.id, partnershipId));
      await appendAudit(
        tx,
        [
          {
            actorUserId: actorUserId(actor),
            actorLabel: actorLabel(actor),
            action: 'partnership.status.change',
            entityType: 'partnership',
            entityId: String(partnershipId),
            before: { status: change.from },
            after: {
              status: change.to,
              effectiveOn: change.effectiveOn,
              reason: change.reason,
              source,
              ...(change.evaluationRound ? { evaluationRound: change.evaluationRound } : {}),
            },
          },
        ],
        at,
      );
      return row!.id;
    },
  };
}

/** Runs `work` with a status-change store bound to one transaction: all of it is written, or none. */
export function withStatusChangeStore<T>(
  db: Database,
  at: Date,
  work: (store: StatusChangeStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(statusChangeStore(tx, at)));
}
