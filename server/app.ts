import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { ViteDevServer } from 'vite';
import type { AppServices } from '#app-context';
import { stopClock } from '../core/shared/clock.ts';
import { handleError, sendProblem } from './error-handler.ts';
import { refuseDuplicateKeys } from './json-body.ts';
import { partnershipRoutes } from './api/v1/partnerships/partnerships.routes.ts';
import { placeRoutes } from './api/v1/places/places.routes.ts';
import { strategyRoutes } from './api/v1/strategy/strategy.routes.ts';
import { accountRoutes } from './api/v1/accounts/accounts.routes.ts';
import { agreementRoutes } from './api/v1/agreements/agreements.routes.ts';
import { searchRoutes } from './api/v1/search/search.routes.ts';
import { measureRoutes } from './api/v1/measures/measures.routes.ts';
import { overviewRoutes } from './api/v1/overview/overview.routes.ts';
import { roundResultRoutes } from './api/v1/rounds/round-results.routes.ts';
import { roundRoutes } from './api/v1/rounds/rounds.routes.ts';
import { reviewRoutes } from './api/v1/review/review.routes.ts';
import { sourceRoutes } from './api/v1/sources/sources.routes.ts';
import { authPlugin } from './plugins/auth.ts';
import { oidcPlugin } from './plugins/oidc.ts';
import { oidcEnabled, type TrustProxy } from './config.ts';
import { operationsPlugin } from './plugins/operations.ts';
import { securityPlugin } from './plugins/security.ts';
import { policyPlugin } from './policies.ts';
import { registerPages } from './pages.ts';

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
  }
}

export interface AppOptions {
  services: AppServices;
  /** Rate limits (on by default; tests that send many requests switch them off). */
  rateLimit?: boolean;
  logger?: FastifyServerOptions['logger'];
  /**
   * The reverse proxies to believe about the client's address and protocol (`TRUST_PROXY`):
   * then the rate limits count real clients and HSTS is sent behind a TLS proxy. None by default.
   */
  trustProxy?: TrustProxy;
  /** The bearer token for /metrics (`METRICS_TOKEN`); without it, /metrics answers only on this machine. */
  metricsToken?: string;
  /** Serve the pages: from the production build, or through Vite in development; false for API-only tests. */
  pages?: { devServer?: ViteDevServer } | false;
}

/** Builds the Fastify host: /api/v1 with its OpenAPI document, and the server-rendered pages. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    ...(options.trustProxy ? { trustProxy: options.trustProxy as FastifyServerOptions['trustProxy'] } : {}),
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  refuseDuplicateKeys(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('services', options.services);
  // One request, one moment: everything a request reads and writes carries the instant it arrived.
  app.decorateRequest('clock', null as never);
  app.addHook('onRequest', async (request) => {
    request.clock = stopClock(options.services.clock);
  });
  app.setErrorHandler(handleError);
  await app.register(operationsPlugin, { db: options.services.db, metricsToken: options.metricsToken });
  await app.register(securityPlugin, { rateLimit: options.rateLimit ?? true });
  await app.register(authPlugin, { db: options.services.db });
  await app.register(policyPlugin);
  if (oidcEnabled()) await app.register(oidcPlugin, { db: options.services.db });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Brückenbauer API',
        version: '1.0.0',
        description:
          'The sourced register of the international relations of the Free State of Saxony. Errors are RFC 9457 problem+json.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: '__Host-bb_session',
            description:
              'The session of a logged-in user; state-changing requests also need the X-CSRF-Token header (GET /api/v1/me).',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  await app.register(
    async (api) => {
      // Anything under /api/ that no endpoint claims is a problem+json 404, never a page.
      api.all('/*', { config: { policy: 'public' }, schema: { hide: true } }, async (request, reply) =>
        sendProblem(reply, request, 404, `No API resource at ${request.url.slice(0, 200)}.`),
      );
      await api.register(strategyRoutes);
      await api.register(partnershipRoutes);
      await api.register(placeRoutes);
      await api.register(accountRoutes);
      await api.register(agreementRoutes);
      await api.register(searchRoutes);
      await api.register(measureRoutes);
      await api.register(overviewRoutes);
      await api.register(roundResultRoutes);
      await api.register(roundRoutes);
      await api.register(reviewRoutes);
      await api.register(sourceRoutes);
      api.get('/openapi.json', { schema: { hide: true }, config: { policy: 'public' } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );

  if (options.pages !== false) await registerPages(app, options.services, options.pages?.devServer);
  return app;
}
