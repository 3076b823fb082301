import { eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/access/actor.ts';
import { activityVisibleTo } from '../../core/access/activity.policy.ts';
import { buildOverview } from '../../core/overview/overview.ts';
import type { ActivityKind, ActivityStatus, Visibility } from '../../core/shared/vocabulary.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { findActivities } from '../../db/activities/activities.queries.ts';
import { activityCounts, readOverview } from '../../db/overview/overview.queries.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-11-21';

describe.each(engines)('the overview on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const users = {} as Record<'coordinator' | 'editor' | 'reader' | 'stakeholder', TestUser>;
  const actorOf = (u: TestUser): Actor => ({
    kind: 'user',
    userId: u.id,
    label: u.email,
    role: u.role,
    organisationId: u.organisationId,
  });
  const get = async (url: string, user?: TestUser) => {
    const res = await app.inject({ method: 'GET', url, headers: user ? { cookie: user.cookie } : {} });
    return { status: res.statusCode, body: res.json() };
  };
  const idOf = async (table: typeof t.organisations | typeof t.partnerships, key: string) =>
    (await handle.db.select({ id: table.id }).from(table).where(eq(table.key, key)))[0]!.id;

  /** An activity written as a fixture (the register's own use-cases are tested elsewhere). */
  const activity = async (a: {
    title: string;
    kind?: ActivityKind;
    status?: ActivityStatus;
    visibility?: Visibility;
    organiser?: string;
    startsOn?: string;
    workingGroupId?: number;
    instrument?: string;
    goal?: string;
  }) => {
    const [row] = await handle.db
      .insert(t.activities)
      .values({
        title: a.title,
        kind: a.kind ?? 'conference',
        status: a.status ?? 'done',
        visibility: a.visibility ?? 'internal',
        organiserId: a.organiser ? await idOf(t.organisations, a.organiser) : null,
        startsOn: a.startsOn ?? '2026-06-01',
        workingGroupId: a.workingGroupId ?? null,
      })
      .returning({ id: t.activities.id });
    if (a.instrument) {
      const [i] = await handle.db.select().from(t.instruments).where(eq(t.instruments.numeral, a.instrument));
      await handle.db.insert(t.activityInstruments).values({ activityId: row!.id, targetId: i!.id });
    }
    if (a.goal) {
      const [g] = await handle.db.select().from(t.goals).where(eq(t.goals.key, a.goal));
      await handle.db.insert(t.activityGoals).values({ activityId: row!.id, targetId: g!.id });
    }
    return row!.id;
  };

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false, rateLimit: false });
    users.coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    users.editor = await buildUser(handle.db, 'ministry_editor', 'SMWK');
    users.reader = await buildUser(handle.db, 'reader', 'SMI');
    users.stakeholder = await buildUser(handle.db, 'stakeholder', 'IHK');

    // Working groups: Lazio's met last month (a cancelled meeting does not count elsewhere);
    // a second group last met thirteen months ago; a third never met.
    const [lazioGroup] = await handle.db
      .select({ id: t.workingGroups.id })
      .from(t.workingGroups)
      .where(eq(t.workingGroups.key, 'ag-sachsen-lazio'));
    const groups = await handle.db
      .insert(t.workingGroups)
      .values([
        {
          key: 'ag-test-dreizehn',
          name: 'AG Dreizehn Monate',
          partnershipId: await idOf(t.partnerships, 'niederschlesien'),
        },
        { key: 'ag-test-nie', name: 'AG ohne Sitzung', partnershipId: await idOf(t.partnerships, 'charkiw') },
      ])
      .returning({ id: t.workingGroups.id });
    const meeting = { kind: 'working_group_meeting' as const, organiser: 'sk' };
    await activity({ ...meeting, title: 'Sitzung AG Latium', startsOn: '2026-10-20', workingGroupId: lazioGroup!.id });
    await activity({ ...meeting, title: 'Sitzung AG 13', startsOn: '2025-10-20', workingGroupId: groups[0]!.id });
    await activity({
      ...meeting,
      title: 'Abgesagte Sitzung AG 13',
      startsOn: '2026-10-01',
      status: 'cancelled',
      workingGroupId: groups[0]!.id,
    });

    // Measures: one updated seven months ago (stale), one last month (not stale).
    const sevenMonthsAgo = new Date('2026-04-21T10:00:00Z');
    const lastMonth = new Date('2026-10-21T10:00:00Z');
    await handle.db
      .update(t.measures)
      .set({ status: 'in_progress', statusNote: 'Stand April', statusUpdatedAt: sevenMonthsAgo })
      .where(eq(t.measures.key, 'I-02'));
    await handle.db
      .update(t.measures)
      .set({ status: 'planned', progressPercent: 20, statusNote: 'Stand Oktober', statusUpdatedAt: lastMonth })
      .where(eq(t.measures.key, 'I-03'));

    // Activities of each visibility, tagged with an instrument and a goal.
    await activity({ title: 'öffentlich', visibility: 'public', organiser: 'smi', instrument: 'I', goal: 'Z1' });
    await activity({ title: 'intern', visibility: 'internal', organiser: 'smi', instrument: 'I', goal: 'Z1' });
    await activity({
      title: 'eingeschränkt SMWK',
      visibility: 'restricted',
      organiser: 'smwk',
      instrument: 'IV',
      goal: 'Z4',
    });
    await activity({
      title: 'eingeschränkt SMI',
      visibility: 'restricted',
      organiser: 'smi',
      instrument: 'I',
      goal: 'Z1',
    });
    await activity({ title: 'abgesagt', status: 'cancelled', organiser: 'smi', instrument: 'I', goal: 'Z1' });

    // A proposal waiting for review, and one already reviewed.
    await handle.db.insert(t.proposals).values([
      {
        kind: 'new_activity',
        title: 'Messebeteiligung Mailand',
        body: 'Vorschlag',
        submittedByUserId: users.stakeholder.id,
        organisationId: users.stakeholder.organisationId,
      },
      {
        kind: 'correction',
        title: 'Schon geprüft',
        body: 'x',
        submittedByUserId: users.stakeholder.id,
        status: 'accepted',
        reviewedAt: testClock.now(),
        reviewedByUserId: users.coordinator.id,
      },
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('lists Lazio’s MoU as expired on 4 Oct 2026, linked to its partnership', async () => {
    const { status, body } = await get('/api/v1/overview', users.reader);
    expect(status).toBe(200);
    expect(body.today).toBe(TODAY);
    const lazio = body.attention.agreements.find((a: { key: string }) => a.key === 'lazio-2021');
    expect(lazio).toMatchObject({ attention: 'expired', expiresOn: '2026-10-04', partnership: { key: 'lazio' } });
    // the 2016 agreement was renewed: the renewal is what counts
    expect(body.attention.agreements.map((a: { key: string }) => a.key)).not.toContain('lazio-2016');
  });

  it('lists working groups without a meeting in twelve months, not the one that met last month', async () => {
    const { body } = await get('/api/v1/overview', users.reader);
    const keys = body.attention.workingGroups.map((w: { key: string }) => w.key);
    expect(keys).toEqual(['ag-test-nie', 'ag-test-dreizehn']);
    expect(body.attention.workingGroups[1]).toMatchObject({ lastMeeting: '2025-10-20', nextMeeting: null });
  });

  it('lists measures without a status report in six months, not one reported last month', async () => {
    const { body } = await get('/api/v1/overview', users.editor);
    const keys = body.attention.staleMeasures.map((m: { key: string }) => m.key);
    expect(keys).toContain('I-02');
    expect(keys).not.toContain('I-03');
    expect(keys).toHaveLength(65);
    // the one reported seven months ago comes after those never reported
    expect(keys.at(-1)).toBe('I-02');
    // the editor's own ministry's measure (V-02, led by SMWK) comes first
    expect(keys[0]).toBe('V-02');
    expect(body.counts.measures.byStatus).toMatchObject({ none: 64, in_progress: 1, planned: 1 });
    expect(body.counts.measures.rollUp).toMatchObject({ counted: 2, withoutStatus: 64, meanPercent: 35 });
  });

  it('shows the proposals waiting for review to coordinators only', async () => {
    const coordinator = (await get('/api/v1/overview', users.coordinator)).body;
    expect(coordinator.attention.proposals).toMatchObject([
      { kind: 'new_activity', title: 'Messebeteiligung Mailand', organisation: { abbreviation: 'IHK' } },
    ]);
    expect((await get('/api/v1/overview', users.editor)).body.attention.proposals).toBeNull();
  });

  it('never counts dormant partnerships as active', async () => {
    const { partnerships } = (await get('/api/v1/overview', users.coordinator)).body.counts;
    const stored = await handle.db.select({ status: t.partnerships.status }).from(t.partnerships);
    const dormant = stored.filter((p) => p.status === 'dormant').length;
    expect(dormant).toBeGreaterThan(0);
    expect(partnerships.byStatus.dormant).toBe(dormant);
    expect(partnerships.active).toBe(stored.filter((p) => p.status === 'active').length);
    expect(partnerships.active).toBe(partnerships.byStatus.active);
    expect(partnerships.total).toBe(stored.length);
    const kinds = Object.values(partnerships.byKind as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(kinds).toBe(stored.length);
  });

  it('counts the activities each viewer may see, as the register lists them', async () => {
    const instrumentI = (body: { counts: { activities: { byInstrument: { numeral: string; count: number }[] } } }) =>
      body.counts.activities.byInstrument.find((i) => i.numeral === 'I')!.count;
    const coordinator = (await get('/api/v1/overview', users.coordinator)).body;
    const editor = (await get('/api/v1/overview', users.editor)).body;
    const reader = (await get('/api/v1/overview', users.reader)).body;
    // I: public, internal, restricted of SMI (the cancelled one is left out)
    expect(instrumentI(coordinator)).toBe(3);
    expect(instrumentI(reader)).toBe(3);
    expect(instrumentI(editor)).toBe(2);
    // Z4: the three public seeded activities whose sources say they serve it (the Lazio and
    // Kharkiv signings, the Warsaw trip), and the editor's own internal one.
    expect(editor.counts.activities.byGoal.find((g: { key: string }) => g.key === 'Z4').count).toBe(4);
    expect(reader.counts.activities.byGoal.find((g: { key: string }) => g.key === 'Z4').count).toBe(3);
    expect(reader.counts.activities.byGoal.find((g: { key: string }) => g.key === 'Z5').count).toBe(1);
    expect(coordinator.counts.activities.byStatus.cancelled).toBe(2);
    // The SQL rule gives the same totals as the register's own filter, for every role.
    for (const user of Object.values(users)) {
      const actor = actorOf(user);
      const listed = (await findActivities(handle.db, { publicOnly: false })).filter(activityVisibleTo(actor));
      const counted = await activityCounts(handle.db, actor);
      const total = counted.byStatusAndKind.reduce((n, r) => n + r.count, 0);
      expect(total, user.role).toBe(listed.length);
    }
  });

  it('is for internal users: the public must log in, stakeholders are refused', async () => {
    expect((await get('/api/v1/overview')).status).toBe(401);
    expect((await get('/api/v1/overview', users.stakeholder)).status).toBe(403);
  });

  it('reads the same through the core as through the API', async () => {
    const actor = actorOf(users.coordinator);
    const direct = buildOverview(await readOverview(handle.db, actor, TODAY), actor, TODAY);
    expect(JSON.parse(JSON.stringify(direct))).toEqual((await get('/api/v1/overview', users.coordinator)).body);
  });
});

describe.each(engines)('the measures API on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let reader: TestUser;
  const get = async (url: string, user?: TestUser) => {
    const res = await app.inject({ method: 'GET', url, headers: user ? { cookie: user.cookie } : {} });
    return { status: res.statusCode, body: res.json() };
  };
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false, rateLimit: false });
    reader = await buildUser(handle.db, 'reader', 'SMI');
    await handle.db
      .update(t.measures)
      .set({ status: 'completed', statusNote: 'intern: Abschlussbericht liegt vor', statusUpdatedAt: testClock.now() })
      .where(inArray(t.measures.key, ['VII-01']));
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('lists every measure with its progress and the roll-up per instrument, without status meaning no figure', async () => {
    const { status, body } = await get('/api/v1/measures');
    expect(status).toBe(200);
    expect(body.data).toHaveLength(66);
    const vii = body.rollUp.byInstrument.find((r: { instrument: string }) => r.instrument === 'VII');
    expect(vii).toMatchObject({ measures: 5, counted: 1, withoutStatus: 4, meanPercent: 100 });
    const i = body.rollUp.byInstrument.find((r: { instrument: string }) => r.instrument === 'I');
    expect(i).toMatchObject({ counted: 0, withoutStatus: 12, meanPercent: null });
    expect(body.rollUp.withoutGoal).toBe(66);
    const done = body.data.find((m: { key: string }) => m.key === 'VII-01');
    expect(done).toMatchObject({ status: 'completed', progress: { percent: 100, source: 'default' } });
    expect(body.data.find((m: { key: string }) => m.key === 'I-01').progress).toBeNull();
  });

  it('keeps the status note, the report date and milestones from the public', async () => {
    const publicView = (await get('/api/v1/measures/VII-01')).body;
    expect(publicView).not.toHaveProperty('statusNote');
    expect(publicView).not.toHaveProperty('milestones');
    expect(JSON.stringify((await get('/api/v1/measures')).body)).not.toContain('Abschlussbericht');
    const internal = (await get('/api/v1/measures/VII-01', reader)).body;
    expect(internal).toMatchObject({ statusNote: 'intern: Abschlussbericht liegt vor', stale: false, milestones: [] });
  });

  it('is described in the OpenAPI document, with the overview', async () => {
    const paths = Object.keys((await get('/api/v1/openapi.json')).body.paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/measures', '/api/v1/measures/{key}', '/api/v1/overview']));
  });

  it('filters by status (also “no status yet”), instrument and stale, and refuses bad filters naming them', async () => {
    expect((await get('/api/v1/measures?status=completed')).body.data).toHaveLength(1);
    expect((await get('/api/v1/measures?status=none&instrument=VII')).body.data).toHaveLength(4);
    expect((await get('/api/v1/measures?stale=true', reader)).body.data).toHaveLength(65);
    const refused = await get('/api/v1/measures?stale=true');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].pointer).toBe('stale');
    expect((await get('/api/v1/measures?status=fertig')).body.errors[0].pointer).toBe('status');
    expect((await get('/api/v1/measures/IX-99')).status).toBe(404);
    expect((await get('/api/v1/measures/%3Cscript%3E')).status).toBe(400);
  });
});
