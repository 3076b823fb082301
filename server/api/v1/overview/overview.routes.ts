import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { buildOverview } from '../../../../core/overview/overview.ts';
import { readOverview } from '../../../../db/overview/overview.queries.ts';
import { getOverviewSchema } from './overview.schemas.ts';

export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;

  app.get('/overview', { schema: getOverviewSchema, config: { policy: 'internal' } }, async (request) => {
    const day = request.clock.today();
    return buildOverview(await readOverview(db, request.actor, day), request.actor, day);
  });
};
