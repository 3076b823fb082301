import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, type Engine } from '../setup/test-database.ts';
import { testClock } from './clock.ts';

/**
 * The API (no pages) on a fresh seeded database of the given engine, for one describe block;
 * `get` returns status, content type and parsed body. Today is fixed at 21 Nov 2026.
 */
export function useApi(engine: Engine) {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false });
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });
  return {
    async get(url: string) {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, type: res.headers['content-type'], body: res.json() };
    },
  };
}
