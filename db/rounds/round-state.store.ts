import { asc, eq } from 'drizzle-orm';
import type { RoundState } from '../../core/rounds/round-use-cases.ts';
import type { StoredJudgement } from '../../core/rounds/round.types.ts';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';

const isoDay = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * A round as its use-cases check it: the round row locked for the change (concurrent changes to
 * one round are applied one after the other), with its criteria, scope, ministries, assessors and
 * which partnerships have a recommendation or a decision. Null when there is no such round.
 */
export async function lockRoundState(tx: Transaction, key: string): Promise<RoundState | null> {
  const [round] = await tx.select().from(t.evaluationRounds).where(eq(t.evaluationRounds.key, key)).for('update');
  if (!round) return null;
  const [criteria, partnerships, ministries, assessors, recommended, decided, corrector] = await Promise.all([
    tx
      .select({
        id: t.evaluationCriteria.id,
        key: t.evaluationCriteria.key,
        position: t.evaluationCriteria.position,
        rating: t.evaluationCriteria.rating,
        weight: t.evaluationCriteria.weight,
      })
      .from(t.evaluationCriteria)
      .where(eq(t.evaluationCriteria.roundId, round.id))
      .orderBy(asc(t.evaluationCriteria.position)),
    tx
      .select({
        id: t.partnerships.id,
        key: t.partnerships.key,
        statusAtStart: t.evaluationRoundPartnerships.statusAtStart,
        status: t.partnerships.status,
      })
      .from(t.evaluationRoundPartnerships)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationRoundPartnerships.partnershipId))
      .where(eq(t.evaluationRoundPartnerships.roundId, round.id))
      .orderBy(asc(t.partnerships.key)),
    tx
      .select({ id: t.organisations.id, key: t.organisations.key })
      .from(t.evaluationRoundMinistries)
      .innerJoin(t.organisations, eq(t.organisations.id, t.evaluationRoundMinistries.organisationId))
      .where(eq(t.evaluationRoundMinistries.roundId, round.id))
      .orderBy(asc(t.organisations.key)),
    tx
      .select({ userId: t.evaluationAssessors.userId, organisationId: t.evaluationAssessors.organisationId })
      .from(t.evaluationAssessors)
      .where(eq(t.evaluationAssessors.roundId, round.id))
      .orderBy(asc(t.evaluationAssessors.userId)),
    tx
      .select({ key: t.partnerships.key })
      .from(t.evaluationRecommendations)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationRecommendations.partnershipId))
      .where(eq(t.evaluationRecommendations.roundId, round.id)),
    tx
      .select({ key: t.partnerships.key })
      .from(t.evaluationDecisions)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationDecisions.partnershipId))
      .where(eq(t.evaluationDecisions.roundId, round.id)),
    tx
      .select({ key: t.evaluationRounds.key })
      .from(t.evaluationRounds)
      .where(eq(t.evaluationRounds.correctsRoundId, round.id)),
  ]);
  const state: RoundState = {
    id: round.id,
    key: round.key,
    name: round.name,
    status: round.status,
    scaleMin: round.scaleMin,
    scaleMax: round.scaleMax,
    weightMethod: round.weightMethod,
    judgements: (round.pairwiseJudgements as StoredJudgement[] | null) ?? [],
    closedAt: isoDay(round.closedAt),
    correctedBy: corrector[0]?.key ?? null,
    criteria,
    partnerships,
    ministries,
    assessors,
    recommended: recommended.map((r) => r.key),
    decided: decided.map((d) => d.key),
  };
  return state;
}
