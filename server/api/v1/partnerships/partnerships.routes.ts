import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePartnershipStatus } from '../../../../core/partnerships/change-partnership-status.ts';
import { presentPartnership, presentPartnershipDetail } from '../../../../core/partnerships/partnership.presenter.ts';
import { countByStatus } from '../../../../core/partnerships/status.ts';
import { canReadPartnershipHistory } from '../../../../core/access/partnership.policy.ts';
import { notFound } from '../../../../core/shared/errors.ts';
import { recordHistory } from '../../../../db/history/history.queries.ts';
import { getPartnership } from '../../../../db/partnerships/partnerships.queries.ts';
import {
  findVisiblePartnerships,
  getVisiblePartnership,
} from '../../../../db/partnerships/visible-partnerships.queries.ts';
import { withStatusChangeStore } from '../../../../db/partnerships/status-change.store.ts';
import { writeRateLimit } from '../../../plugins/security.ts';
import {
  changeStatusSchema,
  getPartnershipSchema,
  historySchema,
  listPartnershipsSchema,
} from './partnerships.schemas.ts';

export const partnershipRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;

  app.get('/partnerships', { schema: listPartnershipsSchema, config: { policy: 'public' } }, async (request) => {
    const rows = await findVisiblePartnerships(db, request.actor, request.query);
    return { data: rows.map((p) => presentPartnership(p, request.clock.today())), counts: countByStatus(rows) };
  });

  app.get('/partnerships/:ref', { schema: getPartnershipSchema, config: { policy: 'public' } }, async (request) => {
    const record = await getVisiblePartnership(db, request.actor, request.params.ref);
    return presentPartnershipDetail(record, request.clock.today());
  });

  app.get('/partnerships/:ref/history', { schema: historySchema, config: { policy: 'internal' } }, async (request) => {
    const record = await getPartnership(db, request.params.ref, { publicOnly: false });
    if (!canReadPartnershipHistory(request.actor, record)) throw notFound('Partnership', request.params.ref);
    return { data: await recordHistory(db, 'partnership', record.id) };
  });

  app.post(
    '/partnerships/:ref/status',
    { schema: changeStatusSchema, config: { policy: 'coordinator', ...writeRateLimit } },
    async (request, reply) => {
      const { to, effectiveOn, reason, source } = request.body;
      const result = await withStatusChangeStore(db, request.clock.now(), (store) =>
        changePartnershipStatus({
          store,
          ref: request.params.ref,
          actor: request.actor,
          today: request.clock.today(),
          request: {
            to,
            effectiveOn,
            reason,
            source: { documentKey: source.document, locator: source.locator, quote: source.quote },
          },
        }),
      );
      return reply.code(201).send({
        partnership: result.partnership,
        sequence: result.sequence,
        from: result.from,
        to: result.to,
        effectiveOn: result.effectiveOn,
      });
    },
  );
};
