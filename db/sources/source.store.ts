import { eq, sql } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { SourceStore } from '../../core/sources/source.types.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import { sourceDocuments } from '../schema.ts';

function sourceStore(tx: Transaction, actor: Actor, at: Date): SourceStore {
  return {
    async findBySha256(sha256) {
      const [row] = await tx
        .select({ key: sourceDocuments.key })
        .from(sourceDocuments)
        .where(eq(sourceDocuments.sha256, sha256));
      return row ?? null;
    },
    async keyTaken(key) {
      const [row] = await tx
        .select({ id: sourceDocuments.id })
        .from(sourceDocuments)
        .where(eq(sourceDocuments.key, key));
      return row !== undefined;
    },
    async insert(document) {
      const [row] = await tx
        .insert(sourceDocuments)
        .values({ ...document, ocr: false, addedByUserId: actorUserId(actor), createdAt: at })
        .onConflictDoNothing({ target: sourceDocuments.sha256 })
        .returning({ id: sourceDocuments.id });
      return row ?? null;
    },
    async keepRepair(id, repair) {
      await tx
        .update(sourceDocuments)
        .set({
          content: repair.content,
          originalContent: repair.originalContent,
          repairs: sql`${JSON.stringify(repair.repairs)}::jsonb`,
          ocr: repair.ocr,
        })
        .where(eq(sourceDocuments.id, id));
    },
    async audit(id, after) {
      await appendAudit(
        tx,
        [
          {
            actorUserId: actorUserId(actor),
            actorLabel: actorLabel(actor),
            action: 'source.add',
            entityType: 'source_document',
            entityId: String(id),
            before: null,
            after,
          },
        ],
        at,
      );
    },
  };
}

/**
 * Runs `work` with a source store bound to one transaction and actor: the document, its repair,
 * its queued candidates and the audit entry are all written, or none. `work` also gets the
 * transaction, so the repair and queue seams can be bound to it (db/sources/source-seams.ts).
 */
export function withSourceStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: SourceStore, tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(sourceStore(tx, actor, at), tx));
}
