import { execFileSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import {
  adminConnection,
  databaseUrl,
  expectOutage,
  holdLock,
  terminateOthers,
  waitForWaiting,
} from '../support/outage.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';
import { createPool } from '../../db/postgres-pool.ts';

const page = { accept: 'text/html,application/xhtml+xml' };

/** The app with its pages on a copy of the seeded database on the test cluster. */
async function start(pool: { connectTimeoutMs?: number; statementTimeoutMs?: number }) {
  const handle = await createTestDatabase('postgresql', { pool });
  const app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
  const admin = await adminConnection(await databaseUrl(handle.db, inject('postgresUrl')));
  return { handle, app, admin };
}

describe('PostgreSQL ends the connections the app is using', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: pg.Client;
  let coordinator: TestUser;
  let csrf: string;

  beforeAll(async () => {
    ({ handle, app, admin } = await start({ connectTimeoutMs: 2000 }));
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterEach(() => admin.query('rollback'));
  afterAll(async () => {
    await admin?.end();
    await app?.close();
    await handle?.close();
  });

  it('answers the requests that lost their connection with 503 and Retry-After, and serves the next ones', async () => {
    await holdLock(admin, 'partnerships');
    const api = app.inject({ url: '/api/v1/partnerships' });
    const list = app.inject({ url: '/partnerschaften', headers: page });
    await waitForWaiting(admin, 2);
    expect(await terminateOthers(admin)).toBeGreaterThanOrEqual(2);
    await admin.query('rollback');

    expectOutage(await api, 'problem');
    expectOutage(await list, 'page-de');
    // The pool has dropped the dead connections and opens new ones by itself.
    expect((await app.inject({ url: '/api/v1/partnerships' })).statusCode).toBe(200);
    const again = await app.inject({ url: '/partnerschaften', headers: page });
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Latium');
  });

  it('gives a logged-in browser the outage page, not a problem document, when the session lookup fails', async () => {
    await holdLock(admin, 'sessions');
    const german = app.inject({ url: '/partnerschaften', headers: { ...page, cookie: coordinator.cookie } });
    const english = app.inject({ url: '/uebersicht?lang=en', headers: { ...page, cookie: coordinator.cookie } });
    const api = app.inject({ url: '/api/v1/overview', headers: { cookie: coordinator.cookie } });
    await waitForWaiting(admin, 3);
    await terminateOthers(admin);
    await admin.query('rollback');

    expectOutage(await german, 'page-de');
    expectOutage(await english, 'page-en');
    expectOutage(await api, 'problem');
    const after = await app.inject({ url: '/uebersicht', headers: { ...page, cookie: coordinator.cookie } });
    expect(after.statusCode, after.body.slice(0, 300)).toBe(200);
  });

  it('keeps every write it acknowledged while connections are ended again and again', async () => {
    const openRound = (key: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/rounds',
        headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf },
        payload: {
          key,
          name: `Ausfallprobe ${key}`,
          occasion: 'ad_hoc',
          periodFrom: '2025-01-01',
          periodTo: '2025-12-31',
          scoringDeadline: '2027-01-31',
        },
      });
    const keys = Array.from({ length: 16 }, (_, i) => `ausfall-${i}`);
    const writes = keys.map((key, i) => delay(i * 20).then(() => openRound(key)));
    for (let i = 0; i < 5; i++) {
      await delay(40);
      await terminateOthers(admin);
    }
    const answers = await Promise.all(writes);
    for (const res of answers) {
      expect([201, 503], res.body).toContain(res.statusCode);
      if (res.statusCode === 503) expectOutage(res, 'problem');
    }
    const acknowledged = keys.filter((_, i) => answers[i]!.statusCode === 201);
    for (const key of acknowledged) {
      const stored = await app.inject({ url: `/api/v1/rounds/${key}`, headers: { cookie: coordinator.cookie } });
      expect(stored.statusCode, `acknowledged round ${key}`).toBe(200);
    }
    expect((await openRound('nach-dem-ausfall')).statusCode).toBe(201);
  });
});

describe('a database that does not answer in time', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let admin: pg.Client;

  beforeAll(async () => {
    ({ handle, app, admin } = await start({ connectTimeoutMs: 2000, statementTimeoutMs: 500 }));
  });
  afterEach(() => admin.query('rollback'));
  afterAll(async () => {
    await admin?.end();
    await app?.close();
    await handle?.close();
  });

  it('gives up on a statement after the statement timeout and answers 503', async () => {
    await holdLock(admin, 'partnerships');
    expectOutage(await app.inject({ url: '/api/v1/partnerships' }), 'problem');
    expectOutage(await app.inject({ url: '/partnerschaften?lang=en', headers: page }), 'page-en');
    await admin.query('rollback');
    expect((await app.inject({ url: '/api/v1/partnerships' })).statusCode).toBe(200);
  });

  it('gives up on a frozen server process too, and does not use its connection again', async () => {
    await holdLock(admin, 'partnerships');
    const api = app.inject({ url: '/api/v1/partnerships' });
    await waitForWaiting(admin, 1);
    const { rows } = await admin.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    const frozen = rows[0]!.pid;
    // The backend stops dead: the server cannot cancel the statement; only the client's own limit helps.
    execFileSync('kill', ['-STOP', String(frozen)]);
    try {
      await admin.query('rollback');
      expectOutage(await api, 'problem');
      expect((await app.inject({ url: '/api/v1/partnerships' })).statusCode).toBe(200);
    } finally {
      execFileSync('kill', ['-CONT', String(frozen)]);
    }
  });
});

describe('the pool after one of its connections was lost', () => {
  let handle: DatabaseHandle;
  let admin: pg.Client;
  let pool: pg.Pool;

  beforeAll(async () => {
    handle = await createTestDatabase('postgresql');
    const url = await databaseUrl(handle.db, inject('postgresUrl'));
    admin = await adminConnection(url);
    pool = createPool({ url, connectTimeoutMs: 2000, statementTimeoutMs: 0, onConnectionError: () => {} });
  });
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await handle?.close();
  });

  const backend = async (client: pg.PoolClient) =>
    (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;

  it('does not hand out a connection opened before the loss, even one that still looks alive', async () => {
    const [first, second] = [await pool.connect(), await pool.connect()];
    const [lostPid, idlePid] = [await backend(first), await backend(second)];
    second.release();
    await admin.query('select pg_terminate_backend($1)', [lostPid]);
    await expect(first.query('select 1')).rejects.toThrow();
    first.release(new Error('lost'));

    // The idle connection was not ended, but it is of the generation before the loss.
    const next = await pool.connect();
    try {
      expect(await backend(next)).not.toBe(idlePid);
    } finally {
      next.release();
    }
    const stillThere = async () =>
      (await admin.query('select 1 from pg_stat_activity where pid = $1', [idlePid])).rowCount;
    await expect.poll(stillThere, { timeout: 5000 }).toBe(0);
  });
});
