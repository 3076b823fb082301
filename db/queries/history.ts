import { and, asc, eq } from 'drizzle-orm';
import { fieldChanges } from '../../core/shared/history.ts';
import type { Executor } from '../client.ts';
import { auditLog } from '../schema/index.ts';

/** The history of one record from the audit log: who changed what, when, field by field. */
export async function recordHistory(db: Executor, entityType: string, entityId: string | number) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => ({
    at: r.occurredAt.toISOString(),
    actor: r.actorLabel,
    action: r.action,
    changes: fieldChanges(r.before, r.after),
  }));
}
