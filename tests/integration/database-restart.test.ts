import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { buildApp } from '../../server/app.ts';
import { startCluster, type Cluster } from '../../dev/postgres-cluster.ts';
import { adminConnection, expectOutage, holdLock, waitForWaiting } from '../support/outage.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const page = { accept: 'text/html' };

// A cluster of its own: stopping the shared one would pull the floor from under every other test file.
describe('the PostgreSQL server stops and starts again', () => {
  let cluster: Cluster;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let csrf: string;
  let url: string;

  beforeAll(async () => {
    cluster = await startCluster();
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query('create database brueckenbauer');
    await admin.end();
    url = cluster.url('brueckenbauer');
    ({ handle } = await prepareDatabase({ databaseUrl: url, dataDir: 'unused', connectTimeoutMs: 2000 }, testClock));
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    cluster?.stop();
  });

  const openRound = (key: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf },
      payload: {
        key,
        name: `Neustartprobe ${key}`,
        occasion: 'ad_hoc',
        periodFrom: '2025-01-01',
        periodTo: '2025-12-31',
        scoringDeadline: '2027-01-31',
      },
    });
  const roundExists = async (key: string) =>
    (await app.inject({ url: `/api/v1/rounds/${key}`, headers: { cookie: coordinator.cookie } })).statusCode === 200;

  it('answers 503 to the requests a restart cuts off and while the server is down, then serves again', async () => {
    const admin = await adminConnection(url);
    await holdLock(admin, 'partnerships');
    const api = app.inject({ url: '/api/v1/partnerships' });
    const list = app.inject({ url: '/partnerschaften', headers: page });
    await waitForWaiting(admin, 2);
    cluster.stopServer('fast');
    await admin.end().catch(() => {});

    expectOutage(await api, 'problem');
    expectOutage(await list, 'page-de');
    // While it is down: answered after a short retry rather than left hanging; a logged-in browser gets the page.
    expectOutage(await app.inject({ url: '/api/v1/partnerships' }), 'problem');
    const loggedIn = await app.inject({ url: '/konto?lang=en', headers: { ...page, cookie: coordinator.cookie } });
    expectOutage(loggedIn, 'page-en');

    cluster.startServer();
    expect((await app.inject({ url: '/api/v1/partnerships' })).statusCode).toBe(200);
    const back = await app.inject({ url: '/konto', headers: { ...page, cookie: coordinator.cookie } });
    expect(back.statusCode).toBe(200);
  });

  it('keeps every write acknowledged before a crash of the server, and writes again after it', async () => {
    expect((await openRound('vor-dem-absturz')).statusCode).toBe(201);
    const keys = Array.from({ length: 8 }, (_, i) => `beim-absturz-${i}`);
    const writes = keys.map((key, i) => delay(i * 10).then(() => openRound(key)));
    await delay(40);
    cluster.stopServer('immediate');
    const answers = await Promise.all(writes);
    cluster.startServer();

    for (const res of answers) {
      expect([201, 503], res.body).toContain(res.statusCode);
      if (res.statusCode === 503) expectOutage(res, 'problem');
    }
    expect(await roundExists('vor-dem-absturz')).toBe(true);
    for (const [i, key] of keys.entries())
      if (answers[i]!.statusCode === 201) expect(await roundExists(key), key).toBe(true);
    expect((await openRound('nach-dem-absturz')).statusCode).toBe(201);
  });

  it('lets requests that arrive during a quick restart wait for the server instead of failing', async () => {
    cluster.stopServer('fast');
    // The pool notices its idle connections closing as soon as it gets to run.
    await delay(50);
    const read = app.inject({ url: '/api/v1/partnerships' });
    const write = openRound('beim-neustart');
    // Both are refused at first (the session lookup, the list, the transaction) and try again shortly.
    await delay(100);
    cluster.startServer();
    expect((await read).statusCode).toBe(200);
    const res = await write;
    expect(res.statusCode, res.body).toBe(201);
    expect(await roundExists('beim-neustart')).toBe(true);
    // Done once: the key is taken now.
    const again = await openRound('beim-neustart');
    expect(again.statusCode).toBe(400);
    expect(again.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('key');
  });
});
