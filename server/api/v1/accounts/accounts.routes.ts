import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { verifyAuditChain } from '../../../../db/audit-log.ts';
import { roles } from '../../../../core/shared/vocabulary.ts';

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      config: { policy: 'public' },
      schema: {
        summary: 'Who is asking, and the CSRF token to send as X-CSRF-Token with state-changing requests',
        tags: ['accounts'],
        response: {
          200: z.object({
            user: z.object({ email: z.string(), displayName: z.string(), role: z.enum(roles) }).nullable(),
            csrfToken: z.string(),
          }),
        },
      },
    },
    async (request) => ({
      user: request.session
        ? { email: request.session.email, displayName: request.session.displayName, role: request.session.role }
        : null,
      csrfToken: request.csrfToken,
    }),
  );

  app.get(
    '/audit/verify',
    {
      config: { policy: 'coordinator' },
      schema: {
        summary: 'Recompute the hash chain of the audit log (coordinators)',
        tags: ['accounts'],
        response: {
          200: z.object({
            entries: z.number().int(),
            intact: z.boolean(),
            brokenAt: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
          }),
        },
      },
    },
    async () => {
      const result = await verifyAuditChain(app.services.db);
      return { entries: result.entries, intact: result.brokenAt === null, brokenAt: result.brokenAt };
    },
  );
};
