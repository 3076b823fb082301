import { desc, sql } from 'drizzle-orm';
import { auditHash, type AuditEvent } from '../core/shared/audit.ts';
import type { Transaction } from './client.ts';
import { auditLog } from './schema/index.ts';

/**
 * Appends entries to the audit log inside the caller's transaction. An advisory lock
 * serialises writers so the hash chain has exactly one predecessor per entry.
 */
export async function appendAudit(tx: Transaction, events: Omit<AuditEvent, 'occurredAt'>[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('audit_log'))`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? null;
  const occurredAt = new Date().toISOString();
  const rows = events.map((e) => {
    const event: AuditEvent = { ...e, occurredAt };
    const hash = auditHash(event, prevHash);
    const row = { ...event, occurredAt: new Date(occurredAt), prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.insert(auditLog).values(rows);
}
