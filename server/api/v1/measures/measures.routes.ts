import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { seesInternalRecords } from '../../../../core/access/visibility.ts';
import { filterMeasures, measureRollUps } from '../../../../core/measures/measure-list.ts';
import { presentMeasure, presentMeasureDetail } from '../../../../core/measures/measure.presenter.ts';
import { AppError, notFound } from '../../../../core/shared/errors.ts';
import { findMeasures, getMeasureDetail, measureChoices } from '../../../../db/measures/measures.queries.ts';
import { getMeasureSchema, listMeasuresSchema } from './measures.schemas.ts';

export const measureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;

  app.get('/measures', { schema: listMeasuresSchema, config: { policy: 'public' } }, async (request) => {
    const { stale, ...filter } = request.query;
    // Whether a report is overdue follows from internal data (the date of the last report).
    if (stale !== undefined && !seesInternalRecords(request.actor))
      throw new AppError('INVALID_INPUT', 'The filter "stale" is available to internal users only.', [
        { field: 'stale', message: 'is available to internal users only' },
      ]);
    const [all, choices] = await Promise.all([findMeasures(db), measureChoices(db)]);
    const day = request.clock.today();
    const shown = filterMeasures(all, { ...filter, stale }, day);
    return {
      data: shown.map((m) => presentMeasure(m, request.actor, day)),
      rollUp: measureRollUps(shown, choices),
    };
  });

  app.get('/measures/:key', { schema: getMeasureSchema, config: { policy: 'public' } }, async (request) => {
    const detail = await getMeasureDetail(db, request.params.key);
    if (!detail) throw notFound('Measure', request.params.key);
    return presentMeasureDetail(detail, request.actor, request.clock.today());
  });
};
