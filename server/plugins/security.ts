import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every response: a Content Security Policy without 'unsafe-inline'
 * (the pages' inline scripts carry a per-response nonce), no framing, a strict referrer
 * policy, HSTS only where the request came over TLS; and rate limits.
 */
async function security(app: FastifyInstance, options: { rateLimit: boolean }) {
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        'base-uri': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    hsts: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
  if (options.rateLimit) {
    // A generous global limit per client; login and writes get tighter ones on their routes.
    await app.register(fastifyRateLimit, { max: 600, timeWindow: '1 minute' });
    // The login form is a page (React Router's catch-all route), so its limit is applied by path.
    const loginLimit = app.rateLimit({ ...loginRateLimit.rateLimit, keyGenerator: (request) => `login:${request.ip}` });
    app.addHook('onRequest', async (request, reply) => {
      if (request.method === 'POST' && request.url.split('?')[0]?.startsWith('/anmelden'))
        await loginLimit.call(app, request, reply);
    });
  }
}

export const securityPlugin = fp(security, { name: 'security' });

/** Route options for endpoints that change data or check passwords. */
export const writeRateLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
export const loginRateLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };
