import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { changePartnershipStatus } from '../../core/partnerships/change-partnership-status.ts';
import type { StatusChangeRequest } from '../../core/partnerships/status-lifecycle.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { recordHistory } from '../../db/history/history.queries.ts';
import { getPartnership } from '../../db/partnerships/partnerships.queries.ts';
import * as t from '../../db/schema.ts';
import { withStatusChangeStore } from '../../db/partnerships/status-change.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';

const actor = operator('test');
const source = {
  documentKey: 'strategie-2025',
  locator: 'II) Regionale und sektorale Partnerschaften, Maßnahme 9',
  quote:
    'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die Rahmenbedingungen zulassen',
};

describe.each(engines)('changing a partnership status on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
  });
  afterAll(async () => handle?.close());

  const change = (ref: string, request: Partial<StatusChangeRequest>) =>
    withStatusChangeStore(handle.db, testClock.now(), (store) =>
      changePartnershipStatus({
        store,
        ref,
        actor,
        today: '2026-11-21',
        request: { to: 'active', effectiveOn: '2026-11', reason: 'Reaktivierung beschlossen', source, ...request },
      }),
    );
  const historyOf = async (ref: string) => (await getPartnership(handle.db, ref, { publicOnly: false })).statusHistory;

  it('reactivates a dormant partnership with date, reason, source and an audit entry, all at once', async () => {
    const result = await change('RU-TA', {});
    expect(result).toMatchObject({ partnership: 'tatarstan', from: 'dormant', to: 'active', sequence: 3 });
    const detail = await getPartnership(handle.db, 'RU-TA', { publicOnly: false });
    expect(detail.status).toBe('active');
    expect(detail.statusHistory.at(-1)).toMatchObject({
      from: 'dormant',
      to: 'active',
      effectiveOn: '2026-11',
      reason: 'Reaktivierung beschlossen',
    });
    expect(detail.statusHistory.at(-1)!.citations[0]).toMatchObject({ source: 'strategie-2025', quote: source.quote });
    const [audit] = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
    const history = await recordHistory(handle.db, 'partnership', detail.id);
    expect(history.at(-1)).toMatchObject({ actor: 'cli:test', action: 'partnership.status.change' });
    expect(history.at(-1)!.changes).toContainEqual({ field: 'status', from: 'dormant', to: 'active' });
    expect(history.at(-1)!.changes).toContainEqual({ field: 'effectiveOn', from: null, to: '2026-11' });
    expect(audit).toMatchObject({
      action: 'partnership.status.change',
      actorLabel: 'cli:test',
      before: { status: 'dormant' },
    });
  });

  it('refuses an invalid transition and writes nothing', async () => {
    const before = await historyOf('RU-BA');
    const auditBefore = await handle.db.$count(t.auditLog);
    await expect(change('RU-BA', { to: 'under_examination' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/dormant to under_examination/),
    });
    await expect(change('RU-BA', { to: 'ended', reason: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [expect.objectContaining({ field: 'reason' })],
    });
    await expect(
      change('RU-BA', { to: 'ended', source: { ...source, quote: 'Die Partnerschaft wird beendet.' } }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'quote' })] });
    await expect(change('RU-BA', { to: 'ended', source: { ...source, documentKey: 'nowhere' } })).rejects.toMatchObject(
      { issues: [expect.objectContaining({ field: 'source' })] },
    );
    await expect(change('atlantis', {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await historyOf('RU-BA')).toEqual(before);
    expect(await handle.db.$count(t.auditLog)).toBe(auditBefore);
    const [row] = await handle.db
      .select({ status: t.partnerships.status })
      .from(t.partnerships)
      .where(eq(t.partnerships.key, 'baschkortostan'));
    expect(row!.status).toBe('dormant');
  });

  it('ends a partnership for good', async () => {
    await change('RU-SPE', { to: 'ended' });
    await expect(change('RU-SPE', { to: 'active' })).rejects.toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringMatching(/has ended/),
    });
  });
});
