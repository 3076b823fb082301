import type { FastifyInstance } from 'fastify';
import { berlinToday } from '../../core/shared/partial-date.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { prepareDatabase } from '../../db/prepare.ts';
import { buildApp } from '../../server/app.ts';

/** The real app with pages (production build) on a free localhost port, on a seeded in-memory PGlite. */
export async function startTestServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const { handle }: { handle: DatabaseHandle } = await prepareDatabase({ dataDir: 'memory://' });
  const app: FastifyInstance = await buildApp({ services: { db: handle.db, today: () => berlinToday() } });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    async stop() {
      await app.close();
      await handle.close();
    },
  };
}
