import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDirectory } from './data-dir-lock.ts';
import { createPool, withRetriedTransactionStart } from './postgres-pool.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database as the rest of the code sees it: PostgreSQL, whichever engine runs it. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: read functions accept both. */
export type Executor = Database | Transaction;

export interface DatabaseConfig {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory; "memory://" keeps everything in memory (tests). */
  dataDir: string;
  /** PostgreSQL only: how long to wait for a connection, in ms (0: as long as the system does). */
  connectTimeoutMs?: number | undefined;
  /** PostgreSQL only: the longest a statement may run, in ms (0: no limit). */
  statementTimeoutMs?: number | undefined;
  /** PostgreSQL only: told about every connection the server closes (default: a process warning). */
  onConnectionError?: ((error: Error) => void) | undefined;
}

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgresql';
  /** Applies every committed migration not yet applied. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Migrations run on a connection of their own, without the pool's statement timeout. */
async function migrateOverOwnConnection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // A lost connection fails the running statement; the event must not end the process as well.
  client.on('error', () => {});
  await client.connect();
  try {
    await migratePg(drizzlePg({ client }), { migrationsFolder });
  } finally {
    await client.end();
  }
}

/** Opens the embedded PGlite database, or a real PostgreSQL server when a URL is given. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const pool = createPool({
      url: config.databaseUrl,
      connectTimeoutMs: config.connectTimeoutMs ?? 0,
      statementTimeoutMs: config.statementTimeoutMs ?? 0,
      onConnectionError:
        config.onConnectionError ??
        ((error) => process.emitWarning(`PostgreSQL closed a connection: ${error.message}`, 'DatabaseWarning')),
    });
    const db = withRetriedTransactionStart(drizzlePg({ client: pool, schema }) as unknown as Database, pool, schema);
    await pool.query('select 1');
    return {
      db,
      engine: 'postgresql',
      migrate: () => migrateOverOwnConnection(config.databaseUrl!),
      close: () => pool.end(),
    };
  }
  const onDisk = !config.dataDir.startsWith('memory://');
  if (onDisk) mkdirSync(config.dataDir, { recursive: true });
  // One writer per data directory (docs/adr/0017): refuses at once when another process has it.
  const lock = onDisk ? lockDataDirectory(config.dataDir) : undefined;
  const client = await PGlite.create(config.dataDir).catch((error: unknown) => {
    lock?.release();
    throw error;
  });
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    engine: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close().finally(() => lock?.release()),
  };
}
