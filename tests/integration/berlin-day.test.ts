import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stoppedClock } from '../../core/shared/clock.ts';
import { recordDecision } from '../../core/rounds/round-conclusion.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { openSession } from '../../db/accounts/account.store.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { setUpRound } from '../support/round-fixture.ts';
import { buildUser, type TestUser } from '../support/users.ts';

// "Today" is Berlin's date: at 00:30 in Berlin on 1 January UTC still has 31 December, and
// midnight in Berlin is 23:00 UTC in winter and 22:00 UTC in summer.
describe.each(engines)("Berlin's day on %s", (engine) => {
  let handle: DatabaseHandle;
  let coordinator: TestUser;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  });
  afterAll(async () => handle?.close());

  const overviewDay = async (instant: string) => {
    const app: FastifyInstance = await buildApp({
      services: { db: handle.db, clock: stoppedClock(instant) },
      pages: false,
      rateLimit: false,
    });
    try {
      // A session opened at that instant: the one the tests' day opened has long expired by then.
      const { token } = await openSession(handle.db, coordinator.id, null, new Date(instant));
      const res = await app.inject({ url: '/api/v1/overview', headers: { cookie: `__Host-bb_session=${token}` } });
      expect(res.statusCode).toBe(200);
      return res.json().today as string;
    } finally {
      await app.close();
    }
  };

  it.each([
    ['2027-12-31T22:59:00Z', '2027-12-31'],
    ['2027-12-31T23:30:00Z', '2028-01-01'],
    ['2027-03-27T22:59:00Z', '2027-03-27'],
    ['2027-03-27T23:00:00Z', '2027-03-28'],
    ['2027-10-30T21:59:00Z', '2027-10-30'],
    ['2027-10-30T22:00:00Z', '2027-10-31'],
    ['2027-10-31T22:59:00Z', '2027-10-31'],
    ['2027-10-31T23:00:00Z', '2027-11-01'],
  ])('the overview at %s is of %s', async (instant, day) => {
    expect(await overviewDay(instant)).toBe(day);
  });

  it("dates a round's close by Berlin's day: closed at 00:30 on 22 November, a decision of 21 November lies before it", async () => {
    const round = await setUpRound(handle.db, 'lc-mitternacht');
    const closedAt = new Date('2026-11-21T23:30:00Z');
    await round.close(closedAt);
    const decide = (decidedOn: string) =>
      withRoundStore(handle.db, closedAt, (store) =>
        recordDecision({
          store,
          actor: round.coordinator,
          key: 'lc-mitternacht',
          partnership: 'lazio',
          today: '2026-11-22',
          input: { decision: 'continue', decidedOn, body: 'Kabinett', note: '' },
        }),
      );
    await expect(decide('2026-11-21')).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'decidedOn' })],
    });
    await expect(decide('2026-11-22')).resolves.toMatchObject({ statusChangedTo: null });
  });
});
