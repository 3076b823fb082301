import type { FastifyRequest } from 'fastify';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { draftRecommendation } from '../../../../core/rounds/draft-recommendation.ts';
import { optionsFor } from '../../../../core/rounds/round-rules.ts';
import { recordDecision, setRecommendation } from '../../../../core/rounds/round-use-cases.ts';
import type { RoundDossier } from '../../../../core/rounds/round.types.ts';
import { notFound } from '../../../../core/shared/errors.ts';
import { readRoundDossier, roundEvidence } from '../../../../db/rounds/round-dossier.queries.ts';
import { roundReportFile } from '../../../../reports/round-report.ts';
import { withRoundStore } from '../../../../db/rounds/round.store.ts';
import { writeRateLimit } from '../../../plugins/security.ts';
import {
  getRecommendationSchema,
  getReportSchema,
  getResultsSchema,
  listRecommendationsSchema,
  postDecisionSchema,
  putRecommendationSchema,
} from './round-results.schemas.ts';

/** One partnership's suggestion, draft, recommendation and decision, as the API gives them. */
function entryOf(dossier: RoundDossier, key: string) {
  const p = dossier.partnerships.find((x) => x.key === key);
  if (!p) throw notFound('Partnership in the round', key);
  const draft = draftRecommendation(dossier, key)!;
  const result = dossier.results.partnerships.find((x) => x.partnership === key);
  const stored = dossier.recommendations[key];
  const decided = dossier.decisions[key];
  return {
    partnership: key,
    name: p.name,
    statusAtStart: p.statusAtStart,
    options: [...optionsFor(p.statusAtStart)],
    score: result?.score ?? null,
    rank: result?.rank ?? null,
    suggestion: draft.suggestion,
    rule: draft.rule,
    draft: draft.justification,
    recommendation: stored ? { recommendation: stored.recommendation, justification: stored.justification } : null,
    decision: decided
      ? {
          decision: decided.decision,
          decidedOn: decided.decidedOn,
          body: decided.body,
          note: decided.note,
          statusChangedTo: decided.statusChangedTo,
        }
      : null,
  };
}

export const roundResultRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;
  const dossierOf = (request: FastifyRequest, key: string) =>
    readRoundDossier(db, request.actor, key, roundEvidence(db, request.actor, request.clock.today()));

  app.get('/rounds/:key/results', { schema: getResultsSchema, config: { policy: 'internal' } }, async (request) => {
    const { evidence: _evidence, scores, ...dossier } = await dossierOf(request, request.params.key);
    // Spread into plain objects: the response schema keeps every field it does not list.
    return {
      ...dossier,
      round: { ...dossier.round },
      criteria: dossier.criteria.map((c) => ({ ...c })),
      partnerships: dossier.partnerships.map((p) => ({ ...p })),
      ministries: dossier.ministries.map((m) => ({ ...m })),
      results: { ...dossier.results, partnerships: dossier.results.partnerships.map((p) => ({ ...p })) },
      // By ministry, as the pages show them: who scored stays with the round.
      scores: scores.map((s) => ({
        partnership: s.partnership,
        criterion: s.criterion,
        ministry: s.ministry,
        value: s.value,
        justification: s.justification,
      })),
    };
  });

  app.get(
    '/rounds/:key/recommendations',
    { schema: listRecommendationsSchema, config: { policy: 'internal' } },
    async (request) => {
      const dossier = await dossierOf(request, request.params.key);
      return { data: dossier.partnerships.map((p) => entryOf(dossier, p.key)) };
    },
  );

  app.get(
    '/rounds/:key/recommendations/:partnership',
    { schema: getRecommendationSchema, config: { policy: 'internal' } },
    async (request) => entryOf(await dossierOf(request, request.params.key), request.params.partnership),
  );

  app.put(
    '/rounds/:key/recommendations/:partnership',
    { schema: putRecommendationSchema, config: { policy: 'coordinator', ...writeRateLimit } },
    async (request) => {
      const { key, partnership } = request.params;
      await withRoundStore(db, request.clock.now(), (store) =>
        setRecommendation({ store, actor: request.actor, key, partnership, input: request.body }),
      );
      return entryOf(await dossierOf(request, key), partnership);
    },
  );

  app.post(
    '/rounds/:key/decisions/:partnership',
    { schema: postDecisionSchema, config: { policy: 'coordinator', ...writeRateLimit } },
    async (request, reply) => {
      const { key, partnership } = request.params;
      const input = { ...request.body, note: request.body.note ?? '' };
      const { statusChangedTo } = await withRoundStore(db, request.clock.now(), (store) =>
        recordDecision({ store, actor: request.actor, key, partnership, input, today: request.clock.today() }),
      );
      return reply.code(201).send({ partnership, ...input, statusChangedTo });
    },
  );

  app.get(
    '/rounds/:key/report.:format',
    { schema: getReportSchema, config: { policy: 'internal' } },
    async (request, reply) => {
      const dossier = await dossierOf(request, request.params.key);
      const file = await roundReportFile(dossier, request.params.format, {
        lang: request.query.lang,
        generatedOn: request.clock.today(),
      });
      return reply
        .type(file.contentType)
        .header('Content-Disposition', contentDisposition(file.fileName, { type: 'attachment' }))
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .send(file.body);
    },
  );
};
