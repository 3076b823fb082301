import { and, asc, count, eq, inArray, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import { GOVERNMENT_KINDS, MINISTRY_KINDS, RECENT_ACTIVITIES } from '../../core/rounds/evidence-summary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';

/**
 * The activity evidence of an evaluation round (see readRoundEvidence in round-evidence.queries.ts):
 * totals and money, counts by goal, instrument and ministry, stakeholders and the latest activities.
 */

const collator = new Intl.Collator('de');

/** Per partnership: the period's activities, the undated ones, and the actual budgets stated. */
export async function activityTotals(db: Executor, held: SQL | undefined, period: SQL) {
  const rows = await db
    .select({
      partnershipId: t.activities.partnershipId,
      total: sql<number>`count(*) filter (where ${period})`.mapWith(Number),
      undated: sql<number>`count(*) filter (where ${t.activities.startsOn} is null)`.mapWith(Number),
      spentCents: sql<number>`coalesce(sum(${t.activities.budgetActualCents}) filter (where ${period}), 0)`.mapWith(
        Number,
      ),
      withAmount: sql<number>`count(${t.activities.budgetActualCents}) filter (where ${period})`.mapWith(Number),
    })
    .from(t.activities)
    .where(held)
    .groupBy(t.activities.partnershipId);
  return new Map(rows.map(({ partnershipId, ...r }) => [partnershipId!, r]));
}

/** The current strategy's goals and instruments, and how many counted activities of each partnership serve each. */
export async function strategyCounts(db: Executor, counted: SQL | undefined) {
  const perLink = (link: typeof t.activityGoals | typeof t.activityInstruments) =>
    db
      .select({ partnershipId: t.activities.partnershipId, targetId: link.targetId, count: count() })
      .from(link)
      .innerJoin(t.activities, eq(t.activities.id, link.activityId))
      .where(counted)
      .groupBy(t.activities.partnershipId, link.targetId);
  const [goals, instruments, perGoal, perInstrument] = await Promise.all([
    db
      .select({ id: t.goals.id, key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.goals)
      .where(eq(t.goals.strategyVersionId, currentStrategyVersionId))
      .orderBy(asc(t.goals.position)),
    db
      .select({
        id: t.instruments.id,
        numeral: t.instruments.numeral,
        title: t.instruments.title,
        titleEn: t.instruments.titleEn,
      })
      .from(t.instruments)
      .where(eq(t.instruments.strategyVersionId, currentStrategyVersionId))
      .orderBy(asc(t.instruments.position)),
    perLink(t.activityGoals),
    perLink(t.activityInstruments),
  ]);
  const keyed = (rows: { partnershipId: number | null; targetId: number; count: number }[]) =>
    new Map(rows.map((r) => [`${r.partnershipId}:${r.targetId}`, r.count]));
  return { goals, instruments, perGoal: keyed(perGoal), perInstrument: keyed(perInstrument) };
}

const byCountThenName = (a: { count: number; name: string }, b: { count: number; name: string }) =>
  b.count - a.count || collator.compare(a.name, b.name);

/** The counted activities by organising ministry (or the State Chancellery), most first. */
export async function byMinistry(db: Executor, counted: SQL | undefined) {
  const rows = await db
    .select({
      partnershipId: t.activities.partnershipId,
      key: t.organisations.key,
      name: t.organisations.name,
      nameEn: t.organisations.nameEn,
      abbreviation: t.organisations.abbreviation,
      count: count(),
    })
    .from(t.activities)
    .innerJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .where(and(counted, inArray(t.organisations.kind, [...MINISTRY_KINDS])))
    .groupBy(t.activities.partnershipId, t.organisations.id);
  return rows.sort(byCountThenName);
}

/** The organisations outside the government that took part in counted activities, with how many, most first. */
export async function stakeholders(db: Executor, counted: SQL | undefined) {
  const rows = await db
    .select({
      partnershipId: t.activities.partnershipId,
      key: t.organisations.key,
      name: t.organisations.name,
      nameEn: t.organisations.nameEn,
      kind: t.organisations.kind,
      activities: count(),
    })
    .from(t.activityParticipants)
    .innerJoin(t.activities, eq(t.activities.id, t.activityParticipants.activityId))
    .innerJoin(t.organisations, eq(t.organisations.id, t.activityParticipants.targetId))
    .where(and(counted, notInArray(t.organisations.kind, [...GOVERNMENT_KINDS])))
    .groupBy(t.activities.partnershipId, t.organisations.id);
  return rows.sort((a, b) => byCountThenName({ ...a, count: a.activities }, { ...b, count: b.activities }));
}

/** The latest counted activities of each partnership (as the register lists them: newest first). */
export async function recentActivities(db: Executor, counted: SQL | undefined) {
  const ranked = db
    .select({
      partnershipId: t.activities.partnershipId,
      id: t.activities.id,
      title: t.activities.title,
      startsOn: t.activities.startsOn,
      kind: t.activities.kind,
      rank: sql<number>`row_number() over (partition by ${t.activities.partnershipId} order by ${t.activities.startsOn} desc, ${t.activities.id} desc)`
        .mapWith(Number)
        .as('rank'),
    })
    .from(t.activities)
    .where(counted)
    .as('ranked');
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, RECENT_ACTIVITIES))
    .orderBy(asc(ranked.partnershipId), asc(ranked.rank));
}
