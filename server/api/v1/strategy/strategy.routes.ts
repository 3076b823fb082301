import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentStrategy } from '../../../../core/strategy/strategy.presenter.ts';
import { getStrategy } from '../../../../db/strategy/strategy.queries.ts';
import { getStrategySchema } from './strategy.schemas.ts';

export const strategyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/strategy', { schema: getStrategySchema, config: { policy: 'public' } }, async (request) =>
    presentStrategy(await getStrategy(app.services.db, request.query.version)),
  );
};
