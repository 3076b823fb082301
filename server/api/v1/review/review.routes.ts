import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { editCandidate } from '../../../../core/review/candidate-edit.ts';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../../../../core/review/review-use-cases.ts';
import { notFound } from '../../../../core/shared/errors.ts';
import { findCandidates, getCandidate } from '../../../../db/review/candidates.queries.ts';
import { withReviewStore } from '../../../../db/review/review.store.ts';
import { writeRateLimit } from '../../../plugins/security.ts';
import {
  acceptCandidateSchema,
  editCandidateSchema,
  getCandidateSchema,
  listCandidatesSchema,
  mergeCandidateSchema,
  rejectCandidateSchema,
} from './review.schemas.ts';

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;
  const write = { policy: 'reviewer' as const, ...writeRateLimit };

  app.get('/review/candidates', { schema: listCandidatesSchema, config: { policy: 'reviewer' } }, async (request) => {
    const { bySource, byPartnership, counts, items, total, page, pages } = await findCandidates(
      db,
      request.actor,
      request.query,
    );
    return { items, total, page, pages, counts, bySource, byPartnership };
  });

  app.get('/review/candidates/:id', { schema: getCandidateSchema, config: { policy: 'reviewer' } }, async (request) => {
    const found = await getCandidate(db, request.actor, request.params.id);
    if (!found) throw notFound('Candidate', String(request.params.id));
    return found;
  });

  app.patch('/review/candidates/:id', { schema: editCandidateSchema, config: write }, async (request) => {
    await withReviewStore(db, request.actor, request.clock.now(), (store) =>
      editCandidate({ store, actor: request.actor, id: request.params.id, input: request.body }),
    );
    return (await getCandidate(db, request.actor, request.params.id))!;
  });

  app.post('/review/candidates/:id/accept', { schema: acceptCandidateSchema, config: write }, async (request) =>
    withReviewStore(db, request.actor, request.clock.now(), (store) =>
      acceptCandidate({ store, actor: request.actor, id: request.params.id, today: request.clock.today() }),
    ),
  );

  app.post('/review/candidates/:id/merge', { schema: mergeCandidateSchema, config: write }, async (request) =>
    withReviewStore(db, request.actor, request.clock.now(), (store) =>
      mergeCandidate({ store, actor: request.actor, id: request.params.id, into: request.body.into ?? null }),
    ),
  );

  app.post('/review/candidates/:id/reject', { schema: rejectCandidateSchema, config: write }, async (request) => {
    const result = await withReviewStore(db, request.actor, request.clock.now(), (store) =>
      rejectCandidate({ store, actor: request.actor, id: request.params.id, reason: request.body.reason }),
    );
    return { ...result, result: null };
  });
};
