import { asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/access/actor.ts';
import { canSeeScoresOf } from '../../core/access/round.policy.ts';
import { computeWeights } from '../../core/rounds/round-rules.ts';
import type {
  CriterionBasis,
  RoundCriterion,
  RoundMinistry,
  RoundPartnership,
  RoundSummary,
  ScaleAnchor,
  StoredJudgement,
  StoredScore,
} from '../../core/rounds/round.types.ts';
import type { RoundStatus } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** A round in the list of rounds. */
export interface RoundListEntry {
  key: string;
  name: string;
  occasion: RoundSummary['occasion'];
  status: RoundStatus;
  periodFrom: string;
  periodTo: string;
  scoringDeadline: string;
  partnerships: number;
  /** Whether the viewer is one of its assessors. */
  assessing: boolean;
  closedAt: string | null;
}

/** Every round, newest first, with whether the viewer scores in it. */
export async function listRounds(db: Executor, actor: Actor): Promise<RoundListEntry[]> {
  const userId = actor.kind === 'user' ? actor.userId : 0;
  const rows = await db
    .select({
      key: t.evaluationRounds.key,
      name: t.evaluationRounds.name,
      occasion: t.evaluationRounds.occasion,
      status: t.evaluationRounds.status,
      periodFrom: t.evaluationRounds.periodFrom,
      periodTo: t.evaluationRounds.periodTo,
      scoringDeadline: t.evaluationRounds.scoringDeadline,
      closedAt: t.evaluationRounds.closedAt,
      partnerships: sql<number>`(select count(*)::int from evaluation_round_partnerships p where p.round_id = ${t.evaluationRounds.id})`,
      assessing: sql<boolean>`exists (select 1 from evaluation_assessors a where a.round_id = ${t.evaluationRounds.id} and a.user_id = ${userId})`,
    })
    .from(t.evaluationRounds)
    .orderBy(desc(t.evaluationRounds.createdAt), desc(t.evaluationRounds.id));
  return rows.map((r) => ({ ...r, closedAt: r.closedAt?.toISOString() ?? null }));
}

/** A round with its criteria, scope and participants, as stored. */
export interface RoundRecord {
  id: number;
  summary: RoundSummary;
  criteria: RoundCriterion[];
  partnerships: RoundPartnership[];
  ministries: (RoundMinistry & { id: number })[];
  /** Whether the weights' input (ratings, pairwise judgements) is complete. */
  weightsComplete: boolean;
  /** The fields still missing for the weights, as the weighting use-case names them. */
  weightIssues: { field: string; message: string }[];
  previousRoundId: number | null;
}

/** Reads a round; null when there is none with that key. */
export async function readRound(db: Executor, key: string): Promise<RoundRecord | null> {
  const previous = alias(t.evaluationRounds, 'previous');
  const corrected = alias(t.evaluationRounds, 'corrected');
  const [row] = await db
    .select({
      round: t.evaluationRounds,
      previousKey: previous.key,
      previousName: previous.name,
      correctsKey: corrected.key,
      correctsName: corrected.name,
    })
    .from(t.evaluationRounds)
    .leftJoin(previous, eq(previous.id, t.evaluationRounds.previousRoundId))
    .leftJoin(corrected, eq(corrected.id, t.evaluationRounds.correctsRoundId))
    .where(eq(t.evaluationRounds.key, key));
  if (!row) return null;
  const r = row.round;
  const [criteria, partnerships, ministries, assessors, corrector] = await Promise.all([
    db
      .select({
        c: t.evaluationCriteria,
        goalKey: t.goals.key,
        documentKey: t.sourceDocuments.key,
        locator: t.citations.locator,
        quote: t.citations.quote,
      })
      .from(t.evaluationCriteria)
      .leftJoin(t.goals, eq(t.goals.id, t.evaluationCriteria.goalId))
      .leftJoin(t.citations, eq(t.citations.evaluationCriterionId, t.evaluationCriteria.id))
      .leftJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.citations.sourceDocumentId))
      .where(eq(t.evaluationCriteria.roundId, r.id))
      .orderBy(asc(t.evaluationCriteria.position)),
    db
      .select({
        key: t.partnerships.key,
        name: t.partnerships.name,
        nameEn: t.partnerships.nameEn,
        kind: t.partnerships.kind,
        statusAtStart: t.evaluationRoundPartnerships.statusAtStart,
      })
      .from(t.evaluationRoundPartnerships)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationRoundPartnerships.partnershipId))
      .where(eq(t.evaluationRoundPartnerships.roundId, r.id)),
    db
      .select({
        id: t.organisations.id,
        key: t.organisations.key,
        name: t.organisations.name,
        abbreviation: t.organisations.abbreviation,
      })
      .from(t.evaluationRoundMinistries)
      .innerJoin(t.organisations, eq(t.organisations.id, t.evaluationRoundMinistries.organisationId))
      .where(eq(t.evaluationRoundMinistries.roundId, r.id)),
    db
      .select({
        userId: t.evaluationAssessors.userId,
        organisationId: t.evaluationAssessors.organisationId,
        displayName: t.users.displayName,
      })
      .from(t.evaluationAssessors)
      .innerJoin(t.users, eq(t.users.id, t.evaluationAssessors.userId))
      .where(eq(t.evaluationAssessors.roundId, r.id))
      .orderBy(asc(t.users.displayName)),
    db
      .select({ key: t.evaluationRounds.key, name: t.evaluationRounds.name })
      .from(t.evaluationRounds)
      .where(eq(t.evaluationRounds.correctsRoundId, r.id)),
  ]);
  const judgements = (r.pairwiseJudgements as StoredJudgement[] | null) ?? [];
  const weights = computeWeights(
    r.weightMethod,
    criteria.map(({ c }) => ({ key: c.key, rating: c.rating })),
    judgements,
  );
  const collator = new Intl.Collator('de');
  return {
    id: r.id,
    previousRoundId: r.previousRoundId,
    weightsComplete: weights.complete,
    weightIssues: weights.issues,
    summary: {
      key: r.key,
      name: r.name,
      occasion: r.occasion,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      scoringDeadline: r.scoringDeadline,
      reportDeadline: r.reportDeadline,
      status: r.status,
      scaleMin: r.scaleMin,
      scaleMax: r.scaleMax,
      weightMethod: r.weightMethod,
      judgements,
      consistencyRatio: weights.consistencyRatio,
      smaa: { seed: r.smaaSeed, samples: r.smaaSamples, concentration: r.smaaConcentration },
      previousRound: row.previousKey ? { key: row.previousKey, name: row.previousName! } : null,
      correctsRound: row.correctsKey ? { key: row.correctsKey, name: row.correctsName! } : null,
      correctedBy: corrector[0] ?? null,
      scoringStartedAt: r.scoringStartedAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
    },
    criteria: criteria.map(({ c, goalKey, documentKey, locator, quote }) => ({
      key: c.key,
      name: c.name,
      nameEn: c.nameEn,
      guidance: c.guidance,
      guidanceEn: c.guidanceEn,
      anchors: c.anchors as ScaleAnchor[],
      goalKey,
      position: c.position,
      rating: c.rating,
      weight: c.weight,
      basis: documentKey && locator && quote ? ({ documentKey, locator, quote } satisfies CriterionBasis) : null,
    })),
    partnerships: partnerships
      .map((p) => ({ ...p, candidate: p.statusAtStart === 'under_examination' }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    ministries: ministries
      .map((m) => ({
        ...m,
        assessors: assessors
          .filter((a) => a.organisationId === m.id)
          .map((a) => ({ userId: a.userId, displayName: a.displayName })),
      }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}

/**
 * The scores of a round the viewer may see: coordinators all; other staff their own ministry's,
 * and the other ministries' once the round has closed (core/access/round.policy.ts canSeeScoresOf).
 */
export async function readScores(
  db: Executor,
  actor: Actor,
  round: { id: number; summary: { status: RoundStatus } },
): Promise<StoredScore[]> {
  const rows = await db
    .select({
      partnership: t.partnerships.key,
      criterion: t.evaluationCriteria.key,
      assessorUserId: t.evaluationScores.assessorUserId,
      assessorName: t.users.displayName,
      ministry: t.organisations.key,
      organisationId: t.evaluationScores.organisationId,
      value: t.evaluationScores.value,
      scored: t.evaluationScores.scored,
      justification: t.evaluationScores.justification,
      state: t.evaluationScores.state,
    })
    .from(t.evaluationScores)
    .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationScores.partnershipId))
    .innerJoin(t.evaluationCriteria, eq(t.evaluationCriteria.id, t.evaluationScores.criterionId))
    .innerJoin(t.users, eq(t.users.id, t.evaluationScores.assessorUserId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.evaluationScores.organisationId))
    .where(eq(t.evaluationScores.roundId, round.id))
    .orderBy(asc(t.partnerships.key), asc(t.evaluationCriteria.position), asc(t.evaluationScores.assessorUserId));
  return rows
    .filter((s) => canSeeScoresOf(actor, round.summary, { organisationId: s.organisationId }))
    .map(({ organisationId: _, ...s }) => s);
}
