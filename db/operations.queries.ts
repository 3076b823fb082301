import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf } from './shared/raw-rows.queries.ts';
import pg from 'pg';
import type { Database } from './client.ts';
import { describeUnavailable, isDatabaseUnavailable } from './unavailable.ts';

/** Whether the database answers and holds every migration this version of the code brings. */
export type Readiness =
  | { ready: true; migrations: { applied: number; expected: number } }
  | { ready: false; reason: string; migrations?: { applied: number; expected: number } };

const journal = fileURLToPath(new URL('./migrations/meta/_journal.json', import.meta.url));
const expectedMigrations = (): number =>
  (JSON.parse(readFileSync(journal, 'utf8')) as { entries: unknown[] }).entries.length;

/** Asks the database (one small query) whether it is reachable and migrated. */
export async function checkReadiness(db: Database): Promise<Readiness> {
  const expected = expectedMigrations();
  try {
    const [table] = await rowsOf<{ present: boolean }>(
      db,
      sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
    );
    const [row] = table?.present
      ? await rowsOf<{ applied: number }>(db, sql`select count(*)::int as applied from drizzle.__drizzle_migrations`)
      : [];
    const applied = Number(row?.applied ?? 0);
    const migrations = { applied, expected };
    return applied >= expected
      ? { ready: true, migrations }
      : { ready: false, reason: `${expected - applied} migration(s) not applied`, migrations };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ready: false, reason: describeUnavailable(error).message };
    return { ready: false, reason: 'the migrations table cannot be read' };
  }
}

/** The connection pool's state on PostgreSQL; none for the embedded database. */
export function poolState(db: Database): { total: number; idle: number; waiting: number } | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool
    ? { total: client.totalCount, idle: client.idleCount, waiting: client.waitingCount }
    : null;
}

/** The lengths of the queues a person works through: candidate facts and proposals waiting for review. */
export async function queueLengths(db: Database): Promise<{ reviewCandidates: number; proposals: number }> {
  const [row] = await rowsOf<{ candidates: number; proposals: number }>(
    db,
    sql`select (select count(*)::int from fact_candidates where status = 'open') as candidates,
               (select count(*)::int from proposals where status = 'submitted') as proposals`,
  );
  return { reviewCandidates: Number(row?.candidates ?? 0), proposals: Number(row?.proposals ?? 0) };
}
