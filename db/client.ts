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
import * as schema from './schema/index.ts';

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
}

export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgresql';
  /** Applies every committed migration not yet applied. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens the embedded PGlite database, or a real PostgreSQL server when a URL is given. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // An idle connection the server closes (restart, failover, an administrator) must not take
    // the process down: the pool drops it and opens a new one on the next query.
    pool.on('error', (error) =>
      process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`, 'DatabaseWarning'),
    );
    const db = drizzlePg({ client: pool, schema });
    await pool.query('select 1');
    return {
      db: db as unknown as Database,
      engine: 'postgresql',
      migrate: () => migratePg(db, { migrationsFolder }),
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
