import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client.ts';
import { checkReadiness } from '../../db/operations.queries.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { adminConnection, databaseUrl, holdLock } from '../support/outage.ts';

const TOKEN = 'metrics-token-0123456789abcdefghijklmnop';

describe.each(engines)('health, readiness and metrics on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let guarded: FastifyInstance;

  beforeAll(async () => {
    handle = await createTestDatabase(engine, { pool: { statementTimeoutMs: 1000 } });
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false, rateLimit: false });
    guarded = await buildApp({
      services: { db: handle.db, clock: testClock },
      pages: false,
      rateLimit: false,
      metricsToken: TOKEN,
    });
  });
  afterAll(async () => {
    await app?.close();
    await guarded?.close();
    await handle?.close();
  });

  it('says the process lives and the database is ready with every migration applied', async () => {
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    const { migrations } = ready.json();
    expect(migrations.applied).toBe(migrations.expected);
    expect(migrations.expected).toBeGreaterThanOrEqual(8);
    expect(ready.headers['cache-control']).toMatch(/no-store/);
  });

  it('counts requests by route and shows the review queues in Prometheus’ format', async () => {
    await app.inject({ url: '/api/v1/partnerships/lazio' });
    await app.inject({ url: '/api/v1/partnerships/lazio' });
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const count = new RegExp(
      String.raw`brueckenbauer_http_request_duration_seconds_count\{method="GET",route="/api/v1/partnerships/:ref",status_code="200"\} 2`,
    );
    expect(metrics.body).toMatch(count);
    expect(metrics.body).toMatch(/brueckenbauer_queue_length\{queue="review_candidates"\} \d+/);
    expect(metrics.body).toContain('brueckenbauer_process_resident_memory_bytes');
    if (engine === 'postgresql')
      expect(metrics.body).toMatch(/brueckenbauer_database_pool_connections\{state="total"\} [1-9]/);
  });

  it('gives the metrics only to this machine, or to whoever has the token', async () => {
    expect((await app.inject({ url: '/metrics', remoteAddress: '192.0.2.7' })).statusCode).toBe(403);
    expect((await guarded.inject({ url: '/metrics' })).statusCode).toBe(403);
    const wrong = await guarded.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN.slice(1)}x` } });
    expect(wrong.statusCode).toBe(403);
    const right = await guarded.inject({
      url: '/metrics',
      remoteAddress: '192.0.2.7',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(right.statusCode).toBe(200);
  });

  it('is not ready while migrations are missing', async () => {
    const empty = await openDatabase(
      engine === 'pglite' ? { dataDir: 'memory://' } : { databaseUrl: await freshDatabase(), dataDir: 'unused' },
    );
    try {
      const readiness = await checkReadiness(empty.db);
      expect(readiness).toMatchObject({ ready: false, migrations: { applied: 0 } });
      expect(readiness.ready ? '' : readiness.reason).toMatch(/migration\(s\) not applied/);
    } finally {
      await empty.close();
    }
  });

  it.runIf(engine === 'postgresql')('is not ready while the database does not answer in time', async () => {
    const admin = await adminConnection(await databaseUrl(handle.db, inject('postgresUrl')));
    try {
      await holdLock(admin, 'drizzle.__drizzle_migrations');
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toBe('5');
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await admin.query('rollback');
      await admin.end();
    }
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
  });
});

/** An empty database on the test cluster, without any migration. */
async function freshDatabase(): Promise<string> {
  const { randomUUID } = await import('node:crypto');
  const pg = (await import('pg')).default;
  const adminUrl = inject('postgresUrl');
  const name = `bare_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}
