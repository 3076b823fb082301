import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Actor, organisationOf } from '../../core/access/actor.ts';
import { ASSESSOR_ROLES } from '../../core/access/round.policy.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

// What the coordination of a round reads: progress, reminders, recommendations and decisions,
// and whom a round may name as ministries and assessors.

/** How far each ministry's assessors have got: scores submitted of those expected, and drafts. */
export async function readProgress(db: Executor, roundId: number) {
  return db
    .select({
      ministry: t.organisations.key,
      assessorUserId: t.evaluationAssessors.userId,
      submitted: sql<number>`count(*) filter (where ${t.evaluationScores.state} = 'submitted')::int`,
      drafts: sql<number>`count(*) filter (where ${t.evaluationScores.state} = 'draft')::int`,
    })
    .from(t.evaluationAssessors)
    .innerJoin(t.organisations, eq(t.organisations.id, t.evaluationAssessors.organisationId))
    .leftJoin(
      t.evaluationScores,
      and(
        eq(t.evaluationScores.roundId, t.evaluationAssessors.roundId),
        eq(t.evaluationScores.assessorUserId, t.evaluationAssessors.userId),
      ),
    )
    .where(eq(t.evaluationAssessors.roundId, roundId))
    .groupBy(t.organisations.key, t.evaluationAssessors.userId);
}

/** The reminders sent in a round, for a ministry or (coordinators) all of them, newest first. */
export async function readReminders(db: Executor, actor: Actor, roundId: number, all: boolean) {
  const organisation = organisationOf(actor);
  if (!all && organisation === null) return [];
  return db
    .select({
      ministry: t.organisations.key,
      message: t.evaluationReminders.message,
      sentAt: t.evaluationReminders.sentAt,
    })
    .from(t.evaluationReminders)
    .innerJoin(t.organisations, eq(t.organisations.id, t.evaluationReminders.organisationId))
    .where(
      and(
        eq(t.evaluationReminders.roundId, roundId),
        all ? undefined : eq(t.evaluationReminders.organisationId, organisation!),
      ),
    )
    .orderBy(desc(t.evaluationReminders.sentAt))
    .then((rows) => rows.map((r) => ({ ...r, sentAt: r.sentAt.toISOString() })));
}

/** The recommendations and decisions of a round, by partnership key. */
export async function readRecommendationsAndDecisions(db: Executor, roundId: number) {
  const [recommendations, decisions] = await Promise.all([
    db
      .select({
        partnership: t.partnerships.key,
        recommendation: t.evaluationRecommendations.recommendation,
        justification: t.evaluationRecommendations.justification,
      })
      .from(t.evaluationRecommendations)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationRecommendations.partnershipId))
      .where(eq(t.evaluationRecommendations.roundId, roundId)),
    db
      .select({
        partnership: t.partnerships.key,
        decision: t.evaluationDecisions.decision,
        decidedOn: t.evaluationDecisions.decidedOn,
        body: t.evaluationDecisions.body,
        note: t.evaluationDecisions.note,
        statusChangedTo: t.partnershipStatusChanges.toStatus,
      })
      .from(t.evaluationDecisions)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.evaluationDecisions.partnershipId))
      .leftJoin(t.partnershipStatusChanges, eq(t.partnershipStatusChanges.id, t.evaluationDecisions.statusChangeId))
      .where(eq(t.evaluationDecisions.roundId, roundId)),
  ]);
  return {
    recommendations: Object.fromEntries(recommendations.map((r) => [r.partnership, r])),
    decisions: Object.fromEntries(decisions.map((d) => [d.partnership, d])),
  };
}

/** Users who may be named assessors: assessors and editors of the given ministries, enabled. */
export async function readAssessorCandidates(db: Executor, organisationIds: number[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      userId: t.users.id,
      displayName: t.users.displayName,
      role: t.users.role,
      organisationId: t.users.organisationId,
    })
    .from(t.users)
    .where(
      and(
        inArray(t.users.organisationId, organisationIds),
        inArray(t.users.role, [...ASSESSOR_ROLES]),
        sql`${t.users.disabledAt} is null`,
      ),
    )
    .orderBy(asc(t.users.displayName));
}

/** Ministries and the State Chancellery, for choosing the participants of a round. */
export async function readMinistries(db: Executor) {
  const rows = await db
    .select({
      id: t.organisations.id,
      key: t.organisations.key,
      name: t.organisations.name,
      abbreviation: t.organisations.abbreviation,
    })
    .from(t.organisations)
    .where(inArray(t.organisations.kind, ['ministry', 'state_chancellery']));
  const collator = new Intl.Collator('de');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}
