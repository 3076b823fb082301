import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { presentPartnership, presentPartnershipDetail } from '../../../core/partnerships/partnership.presenter.ts';
import { countByStatus } from '../../../core/partnerships/status.ts';
import { findPartnerships, getPartnership } from '../../../db/queries/partnerships.ts';
import { getPartnershipSchema, listPartnershipsSchema } from './partnerships.schemas.ts';

export const partnershipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/partnerships', { schema: listPartnershipsSchema }, async (request) => {
    const today = app.services.today();
    const rows = await findPartnerships(app.services.db, { ...request.query, publicOnly: true });
    return { data: rows.map((p) => presentPartnership(p, today)), counts: countByStatus(rows) };
  });

  app.get('/partnerships/:ref', { schema: getPartnershipSchema }, async (request) =>
    presentPartnershipDetail(
      await getPartnership(app.services.db, request.params.ref, { publicOnly: true }),
      app.services.today(),
    ),
  );
};
