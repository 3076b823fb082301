import type { FastifyInstance } from 'fastify';
import { berlinToday } from '../../core/shared/partial-date.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { buildApp } from '../../server/app.ts';

/**
 * The real app with pages (production build) on a free port, on a seeded in-memory PGlite.
 * Its URL uses "localhost" so the browser accepts the Secure (__Host-) cookies over HTTP.
 */
export async function startTestServer(): Promise<{ url: string; handle: DatabaseHandle; stop(): Promise<void> }> {
  const { handle } = await prepareDatabase({ dataDir: 'memory://' });
  const app: FastifyInstance = await buildApp({
    services: { db: handle.db, today: () => berlinToday() },
    rateLimit: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    handle,
    async stop() {
      await app.close();
      await handle.close();
    },
  };
}
