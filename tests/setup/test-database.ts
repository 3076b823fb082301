import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from '../../db/client.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { testClock } from '../support/clock.ts';

export type Engine = 'pglite' | 'postgresql';

/** Both engines the product runs on; integration tests run against each. */
export const engines: Engine[] = ['pglite', 'postgresql'];

/**
 * A fresh, migrated and seeded database of the given engine, private to the caller:
 * PGlite in memory, or a copy of the seeded template on the test cluster.
 */
export async function createTestDatabase(
  engine: Engine,
  options: { seeded?: boolean; pool?: Pick<DatabaseConfig, 'connectTimeoutMs' | 'statementTimeoutMs'> } = {},
): Promise<DatabaseHandle> {
  const seeded = options.seeded ?? true;
  if (engine === 'pglite') {
    if (!seeded) return openDatabase({ dataDir: 'memory://' });
    return (await prepareDatabase({ dataDir: 'memory://' }, testClock)).handle;
  }
  const adminUrl = inject('postgresUrl');
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(seeded ? `create database ${name} template brueckenbauer_template` : `create database ${name}`);
  await admin.end();
  const handle = await openDatabase({
    databaseUrl: adminUrl.replace(/\/postgres$/, `/${name}`),
    dataDir: 'unused',
    ...options.pool,
  });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
