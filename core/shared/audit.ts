import { createHash } from 'node:crypto';

export interface AuditEvent {
  actorUserId: number | null;
  /** Who acted, readable without a join: an e-mail, or "system:seed". */
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  occurredAt: string;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The hash of an audit entry chains it to its predecessor: changing or removing any earlier
 * entry changes every hash after it.
 */
export function auditHash(event: AuditEvent, prevHash: string | null): string {
  return createHash('sha256')
    .update(prevHash ?? '')
    .update('\n')
    .update(canonical(event))
    .digest('hex');
}
