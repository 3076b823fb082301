import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { RoundStore } from '../../core/rounds/round-use-cases.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import * as t from '../schema.ts';
import { roundCriteriaStore } from './round-criteria.store.ts';
import { lockRoundState } from './round-state.store.ts';
import { statusChangeStore } from '../partnerships/status-change.store.ts';

function roundStore(tx: Transaction, at: Date): RoundStore {
  const store: RoundStore = {
    lockRound: (key) => lockRoundState(tx, key),
    ...roundCriteriaStore(tx),
    async roundExists(key) {
      const [row] = await tx
        .select({ id: t.evaluationRounds.id })
        .from(t.evaluationRounds)
        .where(eq(t.evaluationRounds.key, key));
      return row !== undefined;
    },
    async latestClosedRound() {
      const [row] = await tx
        .select({ id: t.evaluationRounds.id, key: t.evaluationRounds.key })
        .from(t.evaluationRounds)
        .where(eq(t.evaluationRounds.status, 'closed'))
        .orderBy(desc(t.evaluationRounds.closedAt))
        .limit(1);
      return row ?? null;
    },
    async closedRound(key) {
      const [row] = await tx
        .select({ id: t.evaluationRounds.id, key: t.evaluationRounds.key })
        .from(t.evaluationRounds)
        .where(and(eq(t.evaluationRounds.key, key), eq(t.evaluationRounds.status, 'closed')));
      return row ?? null;
    },
    async roundSettings(id) {
      const [row] = await tx.select().from(t.evaluationRounds).where(eq(t.evaluationRounds.id, id));
      return {
        name: row!.name,
        occasion: row!.occasion,
        periodFrom: row!.periodFrom,
        periodTo: row!.periodTo,
        scoringDeadline: row!.scoringDeadline,
        reportDeadline: row!.reportDeadline,
        previousRoundId: row!.previousRoundId,
      };
    },
    async defaultScope(includeCandidates) {
      return tx
        .select({ id: t.partnerships.id, key: t.partnerships.key, status: t.partnerships.status })
        .from(t.partnerships)
        .where(
          and(
            inArray(t.partnerships.kind, ['regional', 'cross_border']),
            ne(t.partnerships.status, 'ended'),
            includeCandidates ? undefined : ne(t.partnerships.status, 'under_examination'),
          ),
        )
        .orderBy(asc(t.partnerships.key));
    },
    async partnerships(keys) {
      if (keys.length === 0) return [];
      return tx
        .select({ id: t.partnerships.id, key: t.partnerships.key, status: t.partnerships.status })
        .from(t.partnerships)
        .where(inArray(t.partnerships.key, [...keys]))
        .orderBy(asc(t.partnerships.key));
    },
    async organisations(keys) {
      if (keys.length === 0) return [];
      return tx
        .select({ id: t.organisations.id, key: t.organisations.key, kind: t.organisations.kind })
        .from(t.organisations)
        .where(inArray(t.organisations.key, [...keys]));
    },
    async users(ids) {
      if (ids.length === 0) return [];
      const rows = await tx
        .select({
          id: t.users.id,
          role: t.users.role,
          organisationId: t.users.organisationId,
          disabledAt: t.users.disabledAt,
        })
        .from(t.users)
        .where(inArray(t.users.id, [...ids]));
      return rows.map(({ disabledAt, ...u }) => ({ ...u, disabled: disabledAt !== null }));
    },
    async goals() {
      const [version] = await tx
        .select({ id: t.strategyVersions.id })
        .from(t.strategyVersions)
        .orderBy(desc(t.strategyVersions.adoptedOn), desc(t.strategyVersions.id))
        .limit(1);
      if (!version) return [];
      return tx
        .select({ id: t.goals.id, key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
        .from(t.goals)
        .where(eq(t.goals.strategyVersionId, version.id))
        .orderBy(asc(t.goals.position));
    },
    async insertRound(round) {
      const [row] = await tx
        .insert(t.evaluationRounds)
        .values({
          key: round.key,
          ...round.settings,
          scaleMin: round.scaleMin,
          scaleMax: round.scaleMax,
          smaaSeed: round.smaaSeed,
          previousRoundId: round.previousRoundId,
          correctsRoundId: round.correctsRoundId,
          weightMethod: round.weightMethod,
          pairwiseJudgements: round.judgements,
          createdByUserId: round.createdByUserId,
        })
        .returning({ id: t.evaluationRounds.id });
      return row!.id;
    },
    async updateRound(id, patch) {
      const { judgements, ...rest } = patch;
      await tx
        .update(t.evaluationRounds)
        .set({ ...rest, ...(judgements ? { pairwiseJudgements: judgements } : {}), updatedAt: at })
        .where(eq(t.evaluationRounds.id, id));
    },
    async replaceScope(roundId, partnerships) {
      await tx.delete(t.evaluationRoundPartnerships).where(eq(t.evaluationRoundPartnerships.roundId, roundId));
      if (partnerships.length > 0)
        await tx
          .insert(t.evaluationRoundPartnerships)
          .values(partnerships.map((p) => ({ roundId, partnershipId: p.id, statusAtStart: p.status })));
    },
    async replaceParticipants(roundId, ministryIds, assessors) {
      await tx.delete(t.evaluationAssessors).where(eq(t.evaluationAssessors.roundId, roundId));
      await tx.delete(t.evaluationRoundMinistries).where(eq(t.evaluationRoundMinistries.roundId, roundId));
      if (ministryIds.length > 0)
        await tx
          .insert(t.evaluationRoundMinistries)
          .values(ministryIds.map((organisationId) => ({ roundId, organisationId })));
      if (assessors.length > 0)
        await tx.insert(t.evaluationAssessors).values(assessors.map((a) => ({ roundId, ...a })));
    },
    async scoresOf(roundId, assessorUserId, partnershipId) {
      const rows = await tx
        .select({
          criterionId: t.evaluationScores.criterionId,
          value: t.evaluationScores.value,
          scored: t.evaluationScores.scored,
          justification: t.evaluationScores.justification,
          state: t.evaluationScores.state,
        })
        .from(t.evaluationScores)
        .where(
          and(
            eq(t.evaluationScores.roundId, roundId),
            eq(t.evaluationScores.assessorUserId, assessorUserId),
            eq(t.evaluationScores.partnershipId, partnershipId),
          ),
        );
      return rows.map((r) => ({ ...r, submitted: r.state === 'submitted' }));
    },
    async assessorsWithScores(roundId) {
      const rows = await tx
        .selectDistinct({ userId: t.evaluationScores.assessorUserId })
        .from(t.evaluationScores)
        .where(eq(t.evaluationScores.roundId, roundId));
      return rows.map((r) => r.userId);
    },
    async saveScores(roundId, partnershipId, assessor, scores) {
      const now = at;
      for (const s of scores)
        await tx
          .insert(t.evaluationScores)
          .values({
            roundId,
            partnershipId,
            criterionId: s.criterionId,
            assessorUserId: assessor.userId,
            organisationId: assessor.organisationId,
            value: s.value,
            scored: s.scored,
            justification: s.justification,
            state: s.submitted ? 'submitted' : 'draft',
            submittedAt: s.submitted ? now : null,
          })
          .onConflictDoUpdate({
            target: [
              t.evaluationScores.roundId,
              t.evaluationScores.partnershipId,
              t.evaluationScores.criterionId,
              t.evaluationScores.assessorUserId,
            ],
            set: {
              value: s.value,
              scored: s.scored,
              justification: s.justification,
              state: s.submitted ? 'submitted' : 'draft',
              submittedAt: s.submitted ? now : null,
              updatedAt: now,
            },
          });
    },
    async copyScoresAsDrafts(fromRoundId, toRoundId) {
      const result = await tx.execute(sql`
        insert into evaluation_scores (round_id, partnership_id, criterion_id, assessor_user_id, organisation_id, value, justification, state)
        select ${toRoundId}, s.partnership_id, target.id, s.assessor_user_id, s.organisation_id, s.value, s.justification, 'draft'
        from evaluation_scores s
        join evaluation_criteria source on source.id = s.criterion_id
        join evaluation_criteria target on target.round_id = ${toRoundId} and target.key = source.key
        where s.round_id = ${fromRoundId} and s.state = 'submitted'
        returning id`);
      return (result as unknown as { rows: unknown[] }).rows.length;
    },
    async insertReminder(roundId, organisationId, message, sentByUserId) {
      await tx.insert(t.evaluationReminders).values({ roundId, organisationId, message, sentByUserId });
    },
    async saveRecommendation(roundId, partnershipId, r, userId) {
      const values = { ...r, updatedByUserId: userId, updatedAt: at };
      await tx
        .insert(t.evaluationRecommendations)
        .values({ roundId, partnershipId, ...values })
        .onConflictDoUpdate({
          target: [t.evaluationRecommendations.roundId, t.evaluationRecommendations.partnershipId],
          set: values,
        });
    },
    async insertDecision(decision) {
      await tx.insert(t.evaluationDecisions).values(decision);
    },
    statusChanges: statusChangeStore(tx, at),
    async audit(roundKey, actor, note) {
      await appendAudit(
        tx,
        [
          {
            actorUserId: actorUserId(actor),
            actorLabel: actorLabel(actor),
            action: note.action,
            entityType: 'evaluation_round',
            entityId: roundKey,
            before: note.before,
            after: note.after,
          },
        ],
        at,
      );
    },
  };
  return store;
}

/**
 * Runs `work` with a round store bound to one transaction, stamping what it writes with the
 * instant `at` of the action: all of it is written, or none.
 */
export function withRoundStore<T>(db: Database, at: Date, work: (store: RoundStore) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(roundStore(tx, at)));
}
