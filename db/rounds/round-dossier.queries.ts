import { eq } from 'drizzle-orm';
import { type Actor, operator } from '../../core/access/actor.ts';
import { canSeeRoundResults } from '../../core/access/round.policy.ts';
import type { Ranking } from '../../core/evaluation/index.ts';
import { computeRoundResults, rankingOf } from '../../core/rounds/round-results.ts';
import { isLocked } from '../../core/rounds/round-phases.ts';
import type { RoundDossier, RoundResults, StoredScore } from '../../core/rounds/round.types.ts';
import { AppError, notFound } from '../../core/shared/errors.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { readRoundEvidence } from './round-evidence.queries.ts';
import { readRecommendationsAndDecisions } from './round-coordination.queries.ts';
import { readRound, readScores, type RoundRecord } from './rounds.queries.ts';

/** Everyone who may see a closed round's results sees all of its scores; the previous round is read so. */
const EVERY_SCORE = operator('results');

function resultsOf(record: RoundRecord, scores: readonly StoredScore[], previousRanking: Ranking | null): RoundResults {
  return computeRoundResults({
    scaleMin: record.summary.scaleMin,
    scaleMax: record.summary.scaleMax,
    criteria: record.criteria.map((c) => ({ key: c.key, weight: c.weight })),
    partnerships: record.partnerships.map((p) => p.key),
    scores,
    assessors: record.ministries.reduce((n, m) => n + m.assessors.length, 0),
    smaa: record.summary.smaa,
    previousRanking,
  });
}

/** The ranking of a closed round (partnership → rank), for comparing the next round with it. */
async function previousRanking(db: Executor, previousRoundId: number | null) {
  if (previousRoundId === null) return null;
  const [previous] = await db
    .select({ key: t.evaluationRounds.key })
    .from(t.evaluationRounds)
    .where(eq(t.evaluationRounds.id, previousRoundId));
  const record = previous && (await readRound(db, previous.key));
  if (!record || !isLocked(record.summary)) return null;
  const scores = await readScores(db, EVERY_SCORE, record);
  return rankingOf(resultsOf(record, scores, null));
}

/**
 * Everything about a round for its results page, the API and the cabinet report, for a viewer
 * who may see its results (coordinators always, other staff once it has closed). The evidence is
 * compiled by `evidence` for the viewer, so a restricted activity stays with those who may see it.
 */
export async function readRoundDossier(
  db: Executor,
  actor: Actor,
  key: string,
  evidence: (record: RoundRecord) => Promise<RoundDossier['evidence']>,
): Promise<RoundDossier> {
  const record = await readRound(db, key);
  if (!record) throw notFound('Evaluation round', key);
  if (!canSeeRoundResults(actor, record.summary))
    throw new AppError('FORBIDDEN', 'The results of a round are open to coordinators until it closes.');
  const [scores, previous, decided, compiled] = await Promise.all([
    readScores(db, actor, record),
    previousRanking(db, record.previousRoundId),
    readRecommendationsAndDecisions(db, record.id),
    evidence(record),
  ]);
  return {
    round: record.summary,
    criteria: record.criteria,
    partnerships: record.partnerships,
    ministries: record.ministries.map(({ id: _, ...m }) => m),
    results: resultsOf(record, scores, previous),
    evidence: compiled,
    scores: scores.filter((s) => s.state === 'submitted'),
    recommendations: decided.recommendations,
    decisions: decided.decisions,
  };
}

/** The evidence of a round's partnerships for its period, as the viewer may see it (for readRoundDossier). */
export const roundEvidence =
  (db: Executor, actor: Actor, today: string) =>
  (record: RoundRecord): Promise<RoundDossier['evidence']> =>
    readRoundEvidence(
      db,
      actor,
      record.partnerships.map((p) => p.key),
      { from: record.summary.periodFrom, to: record.summary.periodTo },
      today,
    );
