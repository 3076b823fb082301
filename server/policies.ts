import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { routePolicies, type RoutePolicy } from '../core/access/route-policies.ts';
import { sendProblem } from './error-handler.ts';

/** Every API route names its policy in `config.policy`; a route without one cannot be registered. */
export { routePolicies, type RoutePolicy };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyInstance {
    /** Every API route with the policy it declared (the authorization tests are generated from it). */
    routeTable: { method: string; url: string; policy: RoutePolicy }[];
  }
}

async function policies(app: FastifyInstance) {
  const table: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    // Static assets and the pages' catch-all are not API routes; pages declare their own policies.
    if (!route.url.startsWith('/api/')) return;
    const policy = route.config?.policy;
    if (!policy || !(policy in routePolicies)) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no policy (config.policy); every route must.`,
      );
    }
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, policy });
  });
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const policy = request.routeOptions.config.policy;
    if (!policy || routePolicies[policy](request.actor)) return;
    if (request.actor.kind === 'public') return sendProblem(reply, request, 401, 'Please log in first.');
    return sendProblem(reply, request, 403, 'Your role does not allow this.');
  });
}

export const policyPlugin = fp(policies, { name: 'policies', dependencies: ['auth'] });
