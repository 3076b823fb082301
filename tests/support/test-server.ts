import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/client.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { buildApp } from '../../server/app.ts';
import { movableClock, testClock, type MovableClock } from './clock.ts';

/**
 * The real app with pages (production build) on a free port, on a seeded in-memory PGlite.
 * Its URL uses "localhost" so the browser accepts the Secure (__Host-) cookies over HTTP.
 */
export async function startTestServer(): Promise<{
  url: string;
  handle: DatabaseHandle;
  /** The server's clock, set on the tests' day; a test may move it on. */
  clock: MovableClock;
  stop(): Promise<void>;
}> {
  const clock = movableClock(testClock.now());
  const { handle } = await prepareDatabase({ dataDir: 'memory://' }, clock);
  const app: FastifyInstance = await buildApp({
    services: { db: handle.db, clock },
    rateLimit: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    handle,
    clock,
    async stop() {
      await app.close();
      await handle.close();
    },
  };
}
