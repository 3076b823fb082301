import { asc, desc, gt, sql } from 'drizzle-orm';
import { auditHash, type AuditEvent } from '../core/shared/audit.ts';
import type { Executor, Transaction } from './client.ts';
import { auditLog } from './schema.ts';

/**
 * Appends entries to the audit log inside the caller's transaction, stamped with the instant of
 * the action they record (from the caller's clock). An advisory lock serialises writers so the
 * hash chain has exactly one predecessor per entry.
 */
export async function appendAudit(tx: Transaction, events: Omit<AuditEvent, 'occurredAt'>[], at: Date): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('audit_log'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? null;
  const occurredAt = at.toISOString();
  const rows = events.map((e) => {
    const event: AuditEvent = { ...e, occurredAt };
    const hash = auditHash(event, prevHash);
    const row = { ...event, occurredAt: new Date(occurredAt), prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditLog).values(rows);
}

export interface AuditVerification {
  entries: number;
  /** The first entry whose hash or link to its predecessor does not match, if any. */
  brokenAt: { id: number; reason: string } | null;
}

/** Recomputes the hash chain of the whole audit log, in batches. */
export async function verifyAuditChain(db: Executor): Promise<AuditVerification> {
  let prevHash: string | null = null;
  let lastId = 0;
  let entries = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(1000);
    if (rows.length === 0) return { entries, brokenAt: null };
    for (const row of rows) {
      entries++;
      if (row.prevHash !== prevHash)
        return { entries, brokenAt: { id: row.id, reason: 'does not link to the entry before it' } };
      const event: AuditEvent = {
        actorUserId: row.actorUserId,
        actorLabel: row.actorLabel,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
        occurredAt: row.occurredAt.toISOString(),
      };
      if (auditHash(event, prevHash) !== row.hash)
        return { entries, brokenAt: { id: row.id, reason: 'its content does not match its hash' } };
      prevHash = row.hash;
      lastId = row.id;
    }
  }
}
