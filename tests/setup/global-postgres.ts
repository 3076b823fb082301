import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../db/prepare.ts';
import { testClock } from '../support/clock.ts';
import { startCluster } from '../../dev/postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Starts one private PostgreSQL cluster for the run and builds a migrated, seeded template
 * database that each test file copies (CREATE DATABASE … TEMPLATE), so files never share data.
 */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query('create database brueckenbauer_template');
  await admin.end();
  const { handle } = await prepareDatabase(
    { databaseUrl: cluster.url('brueckenbauer_template'), dataDir: 'unused' },
    testClock,
  );
  await handle.close();
  project.provide('postgresUrl', cluster.url('postgres'));
  return () => cluster.stop();
}
