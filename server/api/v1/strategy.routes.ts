import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentStrategy } from '../../../core/strategy/strategy.presenter.ts';
import { getStrategy } from '../../../db/queries/strategy.ts';
import { getStrategySchema, listMeasuresSchema } from './strategy.schemas.ts';

export const strategyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/strategy', { schema: getStrategySchema, config: { policy: 'public' } }, async (request) =>
    presentStrategy(await getStrategy(app.services.db, request.query.version)),
  );

  app.get('/measures', { schema: listMeasuresSchema, config: { policy: 'public' } }, async (request) => {
    const { instrument, commitment, status } = request.query;
    const strategy = await getStrategy(app.services.db);
    const data = strategy.instruments
      .filter((i) => !instrument || i.numeral === instrument)
      .flatMap((i) => i.measures.map((m) => ({ ...m, instrument: i.numeral })))
      .filter((m) => (!commitment || m.commitment === commitment) && (!status || m.status === status));
    return { data };
  });
};
