/**
 * A server for the HTTP workloads, run as its own process so the load generator (autocannon)
 * and the server do not share one event loop. Prints {"port": n} on stdout once listening.
 *
 *   BENCH_MODE=app     the product (buildApp), pages when BENCH_PAGES=1, plus the bench-only
 *                      route GET /bench/activities (the activities register query, W2)
 *   BENCH_MODE=static  a bare Fastify app answering each path of BENCH_STATIC_FILE with a fixed body
 */
import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { openDatabase } from '../db/client.ts';
import { buildApp } from '../server/app.ts';
import { registerQuery, type RegisterFilter } from './workloads/queries.workload.ts';
import { benchClock } from './bench-data-set.ts';

let app: FastifyInstance;
let close = async () => {};

if (process.env.BENCH_MODE === 'static') {
  const payloads = JSON.parse(readFileSync(process.env.BENCH_STATIC_FILE!, 'utf8')) as Record<
    string,
    { contentType: string; body: string }
  >;
  app = Fastify({ logger: false });
  for (const [path, payload] of Object.entries(payloads))
    app.get(path, (_request, reply) => reply.type(payload.contentType).send(payload.body));
} else {
  const handle = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.DATA_DIR ?? './data',
  });
  close = () => handle.close();
  app = await buildApp({
    services: { db: handle.db, clock: benchClock },
    logger: false,
    // The product limits each client to 600 requests a minute; one load generator would hit it at once.
    rateLimit: false,
    pages: process.env.BENCH_PAGES === '1' ? {} : false,
  });
  // Not a product route: the register query behind an HTTP endpoint, as /api/v1/activities would serve it.
  app.get('/bench/activities', async (request) => {
    const q = request.query as Record<string, string>;
    const filter: RegisterFilter = {
      partnershipId: Number(q.partnership),
      status: q.status as RegisterFilter['status'],
      from: q.from ?? '0000',
    };
    return { data: await registerQuery(handle.db, filter) };
  });
}

await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    void app
      .close()
      .then(close)
      .then(() => process.exit(0));
  });
