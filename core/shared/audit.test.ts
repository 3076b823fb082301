import { describe, expect, it } from 'vitest';
import { auditHash, type AuditEvent } from './audit.ts';

const event: AuditEvent = {
  actorUserId: 1,
  actorLabel: 'a@sk.sachsen.de',
  action: 'partnership.status',
  entityType: 'partnership',
  entityId: '7',
  before: { status: 'active' },
  after: { status: 'dormant', effectiveOn: '2022-02-24' },
  occurredAt: '2026-11-21T10:00:00.000Z',
};

describe('audit hash chain', () => {
  it('is stable for the same content regardless of key order', () => {
    const reordered = { ...event, after: { effectiveOn: '2022-02-24', status: 'dormant' } };
    expect(auditHash(reordered, 'abc')).toBe(auditHash(event, 'abc'));
  });

  it('changes when the entry or its predecessor changes', () => {
    const base = auditHash(event, 'abc');
    expect(auditHash({ ...event, after: { status: 'ended' } }, 'abc')).not.toBe(base);
    expect(auditHash(event, 'abd')).not.toBe(base);
  });
});
