import { randomInt } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canManageRounds } from '../../../../core/access/round.policy.ts';
import {
  addCriterion,
  closeRound,
  createRound,
  moveRound,
  removeCriterion,
  saveScores,
  sendReminder,
  setRoundParticipants,
  setRoundScope,
  setRoundWeights,
  startScoring,
  updateCriterion,
} from '../../../../core/rounds/round-use-cases.ts';
import { AppError, notFound } from '../../../../core/shared/errors.ts';
import { listRounds, readRound, readScores } from '../../../../db/rounds/rounds.queries.ts';
import { readProgress } from '../../../../db/rounds/round-coordination.queries.ts';
import { withRoundStore } from '../../../../db/rounds/round.store.ts';
import { writeRateLimit } from '../../../plugins/security.ts';
import {
  addCriterionSchema,
  createRoundSchema,
  getRoundSchema,
  listRoundsSchema,
  listScoresSchema,
  participantsSchema,
  reminderSchema,
  removeCriterionSchema,
  saveScoresSchema,
  scopeSchema,
  transitionSchema,
  updateCriterionSchema,
  weightsSchema,
} from './rounds.schemas.ts';

/** The robustness analysis draws its weights from this seed, so its figures can be reproduced. */
const seed = () => randomInt(0, 2 ** 32);

/**
 * The evaluation rounds (Leitlinien-Check): reading rounds and scores, and the coordinators' and
 * assessors' writes, each through its use-case in one transaction with its audit entry.
 */
export const roundRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.services;
  const write = (policy: 'coordinator' | 'internal') => ({ policy, ...writeRateLimit });
  const existing = async (key: string) => {
    const record = await readRound(db, key);
    if (!record) throw notFound('Evaluation round', key);
    return record;
  };

  app.get('/rounds', { schema: listRoundsSchema, config: { policy: 'internal' } }, async (request) => ({
    data: await listRounds(db, request.actor),
  }));

  app.get('/rounds/:key', { schema: getRoundSchema, config: { policy: 'internal' } }, async (request) => {
    const record = await existing(request.params.key);
    const expected = record.partnerships.length * record.criteria.length;
    const progress = canManageRounds(request.actor)
      ? (await readProgress(db, record.id)).map((p) => ({ ...p, expected }))
      : undefined;
    return {
      round: record.summary,
      criteria: record.criteria,
      partnerships: record.partnerships,
      ministries: record.ministries.map(({ id: _, ...m }) => m),
      weightsComplete: record.weightsComplete,
      ...(progress ? { progress } : {}),
    };
  });

  app.post('/rounds', { schema: createRoundSchema, config: write('coordinator') }, async (request, reply) => {
    const key = await withRoundStore(db, request.clock.now(), (store) =>
      createRound({ store, actor: request.actor, input: request.body, today: request.clock.today(), seed }),
    );
    return reply.code(201).send({ key });
  });

  app.put('/rounds/:key/weights', { schema: weightsSchema, config: write('coordinator') }, async (request) => {
    const computed = await withRoundStore(db, request.clock.now(), (store) =>
      setRoundWeights({ store, actor: request.actor, key: request.params.key, input: request.body }),
    );
    return { weights: computed.weights, complete: computed.complete, consistencyRatio: computed.consistencyRatio };
  });

  app.put('/rounds/:key/scope', { schema: scopeSchema, config: write('coordinator') }, async (request, reply) => {
    await withRoundStore(db, request.clock.now(), (store) =>
      setRoundScope({ store, actor: request.actor, key: request.params.key, input: request.body }),
    );
    return reply.code(204).send(null);
  });

  app.put(
    '/rounds/:key/participants',
    { schema: participantsSchema, config: write('coordinator') },
    async (request, reply) => {
      await withRoundStore(db, request.clock.now(), (store) =>
        setRoundParticipants({ store, actor: request.actor, key: request.params.key, input: request.body }),
      );
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/rounds/:key/criteria',
    { schema: addCriterionSchema, config: write('coordinator') },
    async (request, reply) => {
      await withRoundStore(db, request.clock.now(), (store) =>
        addCriterion({ store, actor: request.actor, key: request.params.key, input: request.body }),
      );
      return reply.code(201).send({ key: request.body.key });
    },
  );

  app.put(
    '/rounds/:key/criteria/:criterion',
    { schema: updateCriterionSchema, config: write('coordinator') },
    async (request, reply) => {
      const { key, criterion } = request.params;
      await withRoundStore(db, request.clock.now(), (store) =>
        updateCriterion({ store, actor: request.actor, key, criterion, input: request.body }),
      );
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/rounds/:key/criteria/:criterion',
    { schema: removeCriterionSchema, config: write('coordinator') },
    async (request, reply) => {
      const { key, criterion } = request.params;
      await withRoundStore(db, request.clock.now(), (store) =>
        removeCriterion({ store, actor: request.actor, key, criterion }),
      );
      return reply.code(204).send(null);
    },
  );

  app.post('/rounds/:key/transitions', { schema: transitionSchema, config: write('coordinator') }, async (request) => {
    const { key } = request.params;
    const { to } = request.body;
    const record = await existing(key);
    const from = record.summary.status;
    await withRoundStore(db, request.clock.now(), (store) => {
      const args = { store, actor: request.actor, key };
      if (to === 'closed') return closeRound({ ...args, now: request.clock.now() });
      if (to === 'scoring' && from === 'draft') return startScoring({ ...args, now: request.clock.now() });
      if ((to === 'scoring' && from === 'review') || (to === 'review' && from === 'scoring'))
        return moveRound({ ...args, to });
      throw new AppError('INVALID_TRANSITION', `The round is ${from}; it cannot move to ${to}.`, [
        { field: 'to', message: 'not possible in this phase of the round' },
      ]);
    });
    return { status: to };
  });

  app.put(
    '/rounds/:key/scores/:partnership',
    { schema: saveScoresSchema, config: write('internal') },
    async (request) => {
      const { key, partnership } = request.params;
      await withRoundStore(db, request.clock.now(), (store) =>
        saveScores({ store, actor: request.actor, key, partnership, input: request.body }),
      );
      return { state: request.body.submit ? ('submitted' as const) : ('draft' as const) };
    },
  );

  app.get('/rounds/:key/scores', { schema: listScoresSchema, config: { policy: 'internal' } }, async (request) => {
    const record = await existing(request.params.key);
    return { data: await readScores(db, request.actor, record) };
  });

  app.post(
    '/rounds/:key/reminders',
    { schema: reminderSchema, config: write('coordinator') },
    async (request, reply) => {
      await withRoundStore(db, request.clock.now(), (store) =>
        sendReminder({ store, actor: request.actor, key: request.params.key, input: request.body }),
      );
      return reply.code(201).send({ ministry: request.body.ministry });
    },
  );
};
