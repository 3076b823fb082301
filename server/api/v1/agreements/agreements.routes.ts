import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { filterAgreements, sortAgreements } from '../../../../core/agreements/agreement-list.ts';
import { presentAgreement, presentAgreementDetail } from '../../../../core/agreements/agreement.presenter.ts';
import { findVisibleAgreements, getVisibleAgreement } from '../../../../db/agreements/visible-agreements.queries.ts';
import { documentHref } from '../../../../core/agreements/agreement-document.ts';
import { getAgreementSchema, listAgreementsSchema } from './agreements.schemas.ts';

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;

  app.get('/agreements', { schema: listAgreementsSchema, config: { policy: 'public' } }, async (request) => {
    const { sort = 'partnership', ...filter } = request.query;
    const rows = filterAgreements(
      await findVisibleAgreements(db, request.actor),
      { ...filter, sort },
      request.clock.today(),
    );
    return { data: sortAgreements(rows, sort, (p) => p.name).map((a) => presentAgreement(a, request.clock.today())) };
  });

  app.get('/agreements/:key', { schema: getAgreementSchema, config: { policy: 'public' } }, async (request) => {
    const detail = await getVisibleAgreement(db, request.actor, request.params.key);
    const view = presentAgreementDetail(detail, request.clock.today());
    return { ...view, documents: view.documents.map((d) => ({ ...d, href: documentHref(view.key, d.id) })) };
  });
};
