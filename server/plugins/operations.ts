import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/client.ts';
import { checkReadiness, poolState, queueLengths } from '../../db/operations.queries.ts';
import { sendProblem } from '../error-handler.ts';

const RETRY_AFTER_SECONDS = 5;

/** The route a request counts under: the API's route pattern, or a page's first path segment. */
function routeLabel(request: FastifyRequest): string {
  const pattern = request.routeOptions.url;
  if (pattern && pattern !== '*') return pattern;
  const first = request.url.split('?')[0]!.split('/')[1] ?? '';
  return `/${decodeURIComponent(first).replace(/[^a-z0-9-]/gi, '') || ''}`;
}

const isLocal = (ip: string) => ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';

function sameSecret(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What an operator and an orchestrator ask the running server: `/healthz` (the process answers),
 * `/readyz` (the database answers and holds every migration; 503 with Retry-After otherwise) and
 * Prometheus metrics at `/metrics` (request durations by route, errors, the connection pool, the
 * review queues, Node's own figures), for a bearer token (`METRICS_TOKEN`) or, without one, for
 * this machine only.
 */
async function operations(app: FastifyInstance, options: { db: Database; metricsToken: string | undefined }) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'brueckenbauer_' });
  const durations = new Histogram({
    name: 'brueckenbauer_http_request_duration_seconds',
    help: 'Time from a request’s arrival to its answer, by method, route and status',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'brueckenbauer_http_server_errors_total',
    help: 'Answers with a status of 500 or more, by route and status',
    labelNames: ['route', 'status_code'],
    registers: [registry],
  });
  new Gauge({
    name: 'brueckenbauer_database_pool_connections',
    help: 'PostgreSQL connections of the pool by state (absent on the embedded database)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = poolState(options.db);
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  new Gauge({
    name: 'brueckenbauer_queue_length',
    help: 'Items waiting for a person: candidate facts to review, proposals to decide',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const lengths = await queueLengths(options.db).catch(() => null);
      if (!lengths) return;
      this.set({ queue: 'review_candidates' }, lengths.reviewCandidates);
      this.set({ queue: 'proposals' }, lengths.proposals);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeLabel(request), status_code: String(reply.statusCode) };
    durations.observe(labels, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc({ route: labels.route, status_code: labels.status_code });
  });

  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }),
  );

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const readiness = await checkReadiness(options.db);
    reply.header('Cache-Control', 'no-store');
    if (readiness.ready) return reply.send({ status: 'ready', migrations: readiness.migrations });
    return reply
      .code(503)
      .header('Retry-After', String(RETRY_AFTER_SECONDS))
      .send({ status: 'unavailable', reason: readiness.reason, migrations: readiness.migrations ?? null });
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const auth = request.headers.authorization ?? '';
    const allowed = options.metricsToken
      ? auth.startsWith('Bearer ') && sameSecret(auth.slice(7), options.metricsToken)
      : isLocal(request.ip);
    if (!allowed)
      return sendProblem(
        reply,
        request,
        403,
        options.metricsToken ? 'The metrics need the bearer token.' : 'The metrics answer only on this machine.',
      );
    return reply
      .header('Content-Type', registry.contentType)
      .header('Cache-Control', 'no-store')
      .send(await registry.metrics());
  });
}

export const operationsPlugin = fp(operations, { name: 'operations' });
