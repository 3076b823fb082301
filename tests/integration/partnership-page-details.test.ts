import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/** Working group meetings, measures served and who sees which activity, on the partnership page's data. */
describe.each(engines)('a partnership with its activities on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let smwkReader: TestUser;
  let smiReader: TestUser;

  const lazio = async (user: TestUser | null) => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/partnerships/lazio',
      headers: user ? { cookie: user.cookie } : {},
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false });
    const db = handle.db;
    smwkReader = await buildUser(db, 'reader', 'SMWK');
    smiReader = await buildUser(db, 'reader', 'SMI');
    const id = async <T extends { id: number }>(rows: Promise<T[]>) => (await rows)[0]!.id;
    const partnershipId = await id(
      db.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.key, 'lazio')),
    );
    const groupId = await id(
      db
        .select({ id: t.workingGroups.id })
        .from(t.workingGroups)
        .where(eq(t.workingGroups.partnershipId, partnershipId)),
    );
    const smwk = await id(
      db.select({ id: t.organisations.id }).from(t.organisations).where(eq(t.organisations.abbreviation, 'SMWK')),
    );
    const [measureA, measureB] = await db.select({ id: t.measures.id, key: t.measures.key }).from(t.measures).limit(2);
    const insert = async (values: Partial<typeof t.activities.$inferInsert>, measureId?: number) => {
      const [row] = await db
        .insert(t.activities)
        .values({ kind: 'working_group_meeting', title: 'x', status: 'done', partnershipId, ...values })
        .returning({ id: t.activities.id });
      if (measureId) await db.insert(t.activityMeasures).values({ activityId: row!.id, targetId: measureId });
    };
    await insert(
      {
        title: 'Sitzung der Arbeitsgruppe in Rom',
        startsOn: '2026-03-12',
        workingGroupId: groupId,
        visibility: 'public',
      },
      measureA!.id,
    );
    await insert(
      { title: 'Abgesagte Sitzung', startsOn: '2026-10-01', status: 'cancelled', workingGroupId: groupId },
      measureB!.id,
    );
    await insert({
      title: 'Vertrauliche Vorbesprechung',
      kind: 'conference',
      startsOn: '2026-06',
      visibility: 'restricted',
      organiserId: smwk,
    });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('shows each working group with its meetings and the last one held, not flagged within 12 months', async () => {
    const group = (await lazio(null)).workingGroups[0];
    expect(group.meetings.map((m: { title: string }) => m.title)).toEqual(['Sitzung der Arbeitsgruppe in Rom']);
    expect(group).toMatchObject({ lastMeetingOn: '2026-03-12', meetingOverdue: false });
    // The cancelled meeting is internal: a reader sees it, and it still does not count as held.
    const internal = (await lazio(smiReader)).workingGroups[0];
    expect(internal.meetings).toHaveLength(2);
    expect(internal.lastMeetingOn).toBe('2026-03-12');
  });

  it('lists the measures served by activities that were not cancelled', async () => {
    const body = await lazio(smiReader);
    expect(body.measuresServed).toHaveLength(1);
    const held = body.activities.find((a: { title: string }) => a.title === 'Sitzung der Arbeitsgruppe in Rom');
    expect(body.measuresServed).toEqual(held.measures);
  });

  it('shows a restricted activity only to its ministry, not to readers of other ministries or the public', async () => {
    const titles = async (user: TestUser | null) =>
      (await lazio(user)).activities.map((a: { title: string }) => a.title);
    expect(await titles(smwkReader)).toContain('Vertrauliche Vorbesprechung');
    expect(await titles(smiReader)).not.toContain('Vertrauliche Vorbesprechung');
    expect(await titles(null)).not.toContain('Vertrauliche Vorbesprechung');
    expect(await titles(null)).not.toContain('Abgesagte Sitzung');
  });
});
