import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { expect } from 'vitest';
import type { Database } from '../../db/client.ts';

/** The connection string of the database the app uses, on the same server and as the same user. */
export async function databaseUrl(db: Database, serverUrl: string): Promise<string> {
  const result = (await db.execute(sql`select current_database() as name`)) as unknown as {
    rows: { name: string }[];
  };
  return serverUrl.replace(/\/[^/]+$/, `/${result.rows[0]!.name}`);
}

/** A connection of the test's own beside the app's: it holds locks and ends the app's backends. */
export async function adminConnection(url: string): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: url });
  // A restart of the server ends this connection too; the test opens a new one.
  admin.on('error', () => {});
  await admin.connect();
  return admin;
}

/** Holds an exclusive lock on a table, so every request that reads it waits (until rollback). */
export async function holdLock(admin: pg.Client, table: string): Promise<void> {
  await admin.query('begin');
  await admin.query(`lock table ${table} in access exclusive mode`);
}

/**
 * pg_stat_activity, fresh: inside a transaction (the admin's holding a lock) PostgreSQL would
 * otherwise answer from the snapshot it took at the first look.
 */
const activity = async <T extends pg.QueryResultRow>(admin: pg.Client, query: string) => {
  await admin.query('select pg_stat_clear_snapshot()');
  return admin.query<T>(query);
};

/** Waits until `count` of the app's statements are waiting for a lock. */
export async function waitForWaiting(admin: pg.Client, count: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { rows } = await activity<{ n: number }>(
      admin,
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock'`,
    );
    if (rows[0]!.n >= count) return;
    await delay(50);
  }
  throw new Error(`fewer than ${count} statements came to wait for the lock`);
}

/** Ends every backend of the database but the admin's own, as an administrator or failover would. */
export async function terminateOthers(admin: pg.Client): Promise<number> {
  const { rowCount } = await activity(
    admin,
    `select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rowCount ?? 0;
}

/** The answer to an outage: 503 with Retry-After, problem+json for the API, a page for browsers. */
export function expectOutage(res: LightMyRequestResponse, as: 'problem' | 'page-de' | 'page-en') {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(503);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  if (as === 'problem') {
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    return;
  }
  expect(res.headers['content-type']).toMatch(/text\/html/);
  expect(res.body).toContain(as === 'page-de' ? 'vorübergehend nicht erreichbar' : 'temporarily unavailable');
}
