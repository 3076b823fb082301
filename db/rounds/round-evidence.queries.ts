import { and, asc, count, eq, exists, inArray, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/access/actor.ts';
import { validityClassOn } from '../../core/agreements/agreement-list.ts';
import { partnershipVisibleTo } from '../../core/access/partnership.policy.ts';
import { lastMeetingDay } from '../../core/partnerships/working-group-meetings.ts';
import { GOVERNMENT_KINDS, MINISTRY_KINDS, RECENT_ACTIVITIES } from '../../core/rounds/evidence-summary.ts';
import type { PartnershipEvidence } from '../../core/rounds/round.types.ts';
import { AppError } from '../../core/shared/errors.ts';
import { parsePartialDate } from '../../core/shared/partial-date.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityVisibilitySql } from '../activities/activity-visibility.queries.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';

type Period = { from: string; to: string };

const collator = new Intl.Collator('de');

/** Refuses a period that is not two ISO days in order (the round stores them so; anything else is a bug). */
function checkPeriod(period: Period) {
  const day = (value: string) => parsePartialDate(value)?.precision === 'day';
  const issues = [
    ...(day(period.from) ? [] : [{ field: 'period.from', message: 'must be a date YYYY-MM-DD' }]),
    ...(day(period.to) ? [] : [{ field: 'period.to', message: 'must be a date YYYY-MM-DD' }]),
  ];
  if (!issues.length && period.to < period.from)
    issues.push({ field: 'period.to', message: 'must not lie before the start' });
  if (issues.length) throw new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
}

/**
 * Whether an activity lies in the period: its dates, at their precision, overlap it. An activity
 * known only to the year or month counts when that year or month overlaps the period ("2025"
 * overlaps a period from 1 July 2025); one that spans several days counts when any of them does.
 * Partial dates compare as text: a value lies on or before a day when it sorts before it, and
 * ends on or after a day when it is not below the day cut to its own length.
 */
function inPeriod(period: Period): SQL {
  const end = sql`coalesce(${t.activities.endsOn}, ${t.activities.startsOn})`;
  return sql`(${t.activities.startsOn} <= ${period.to} and ${end} >= left(${period.from}, length(${end})))`;
}

/**
 * What the register knows about each partnership for the period under review, as the actor may
 * see it, for an evaluation round: the period's activities by goal, instrument and organising
 * ministry, the stakeholders that took part, the money stated as spent and the latest
 * activities; the working groups with their meetings in the period and their last meeting; the
 * agreements with their validity on `today`; the sectors (marked where the strategy names them
 * for sectoral partnerships); and the status history.
 *
 * The activities are those the actor may see (the one visibility rule: a ministry's restricted
 * activities stay out of another ministry's counts), dated and overlapping the period, and not
 * cancelled; the undated ones are counted apart. Partnerships the actor may not see, and keys
 * the register does not know, are left out. A fixed number of set-based queries, whatever the
 * number of partnerships.
 */
export async function readRoundEvidence(
  db: Executor,
  actor: Actor,
  partnershipKeys: string[],
  period: Period,
  today: string,
): Promise<Record<string, PartnershipEvidence>> {
  checkPeriod(period);
  if (partnershipKeys.length === 0) return {};
  const found = await db
    .select({
      id: t.partnerships.id,
      key: t.partnerships.key,
      visibility: t.partnerships.visibility,
      leadOrganisationId: t.partnerships.leadOrganisationId,
    })
    .from(t.partnerships)
    .where(inArray(t.partnerships.key, partnershipKeys));
  const partnerships = found.filter(partnershipVisibleTo(actor));
  if (partnerships.length === 0) return {};
  const ids = partnerships.map((p) => p.id);

  const visible = activityVisibilitySql(actor);
  const held = and(inArray(t.activities.partnershipId, ids), ne(t.activities.status, 'cancelled'), visible);
  const counted = and(held, inPeriod(period));
  const [totals, strategy, ministries, others, recent, groups, agreementRows, sectorRows, history] = await Promise.all([
    activityTotals(db, held, inPeriod(period)),
    strategyCounts(db, counted),
    byMinistry(db, counted),
    stakeholders(db, counted),
    recentActivities(db, counted),
    workingGroupMeetings(db, ids, visible, inPeriod(period)),
    agreements(db, ids),
    sectors(db, ids),
    statusHistory(db, ids),
  ]);

  const out: Record<string, PartnershipEvidence> = {};
  const byKey = new Map(partnerships.map((p) => [p.key, p.id]));
  for (const key of partnershipKeys) {
    const id = byKey.get(key);
    if (id === undefined || out[key]) continue;
    const total = totals.get(id);
    const of = <R extends { partnershipId: number | null }>(rows: R[]) => rows.filter((r) => r.partnershipId === id);
    out[key] = {
      partnership: key,
      period: { from: period.from, to: period.to },
      activities: {
        total: total?.total ?? 0,
        byGoal: strategy.goals.map(({ id: goalId, ...g }) => ({
          ...g,
          count: strategy.perGoal.get(`${id}:${goalId}`) ?? 0,
        })),
        byInstrument: strategy.instruments.map(({ id: instrumentId, ...i }) => ({
          ...i,
          count: strategy.perInstrument.get(`${id}:${instrumentId}`) ?? 0,
        })),
        byMinistry: of(ministries).map(({ partnershipId: _p, ...m }) => m),
        recent: of(recent).map(({ partnershipId: _p, rank: _r, ...a }) => a),
        undated: total?.undated ?? 0,
      },
      workingGroups: of(groups).map((g) => ({
        name: g.name,
        meetings: g.meetings.filter((m) => m.inPeriod && m.status !== 'cancelled').length,
        lastMeeting: lastMeetingDay(g.meetings, today),
      })),
      agreements: of(agreementRows).map((a) => ({
        key: a.key,
        title: a.title,
        signedOn: a.signedOn,
        expiresOn: a.expiresOn,
        validity: validityClassOn(a.expiresOn, today),
        renewedBy: a.renewedBy,
      })),
      sectors: of(sectorRows).map(({ partnershipId: _p, ...s }) => s),
      stakeholders: of(others).map(({ partnershipId: _p, ...s }) => s),
      spentCents: total?.spentCents ?? 0,
      activitiesWithAmount: total?.withAmount ?? 0,
      statusHistory: of(history).map(({ partnershipId: _p, ...h }) => h),
    };
  }
  return out;
}

/** Per partnership: the period's activities, the undated ones, and the actual budgets stated. */
async function activityTotals(db: Executor, held: SQL | undefined, period: SQL) {
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
async function strategyCounts(db: Executor, counted: SQL | undefined) {
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
async function byMinistry(db: Executor, counted: SQL | undefined) {
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
async function stakeholders(db: Executor, counted: SQL | undefined) {
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
async function recentActivities(db: Executor, counted: SQL | undefined) {
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

/**
 * The working groups with every meeting the actor may see (activities recorded as the group's
 * meetings, as on the partnership page), each marked whether it lies in the period.
 */
async function workingGroupMeetings(db: Executor, ids: number[], visible: SQL | undefined, period: SQL) {
  const [groups, meetings] = await Promise.all([
    db
      .select({ id: t.workingGroups.id, name: t.workingGroups.name, partnershipId: t.workingGroups.partnershipId })
      .from(t.workingGroups)
      .where(inArray(t.workingGroups.partnershipId, ids)),
    db
      .select({
        workingGroupId: t.activities.workingGroupId,
        startsOn: t.activities.startsOn,
        status: t.activities.status,
        inPeriod: sql<boolean>`coalesce(${period}, false)`,
      })
      .from(t.activities)
      .innerJoin(t.workingGroups, eq(t.workingGroups.id, t.activities.workingGroupId))
      .where(and(inArray(t.workingGroups.partnershipId, ids), visible)),
  ]);
  return groups
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ id, ...g }) => ({ ...g, meetings: meetings.filter((m) => m.workingGroupId === id) }));
}

/** The agreements of the partnerships, oldest first, each with the agreement that renewed it. */
async function agreements(db: Executor, ids: number[]) {
  const renewal = alias(t.agreements, 'renewal');
  return db
    .select({
      partnershipId: t.agreements.partnershipId,
      key: t.agreements.key,
      title: t.agreements.title,
      signedOn: t.agreements.signedOn,
      expiresOn: t.agreements.expiresOn,
      renewedBy: renewal.key,
    })
    .from(t.agreements)
    .leftJoin(renewal, eq(renewal.renewsAgreementId, t.agreements.id))
    .where(inArray(t.agreements.partnershipId, ids))
    .orderBy(sql`${t.agreements.signedOn} asc nulls last`, asc(t.agreements.id));
}

/**
 * The partnerships' sectors in German order; `priority` where the current strategy names the
 * sector as suitable for sectoral partnerships (its focus designations of that field, by name).
 */
async function sectors(db: Executor, ids: number[]) {
  const named = db
    .select({ one: sql`1` })
    .from(t.focusDesignations)
    .where(
      and(
        eq(t.focusDesignations.strategyVersionId, currentStrategyVersionId),
        eq(t.focusDesignations.field, 'sectoral_partnership_sectors'),
        eq(t.focusDesignations.label, t.sectors.nameDe),
      ),
    );
  const rows = await db
    .select({
      partnershipId: t.partnershipSectors.partnershipId,
      key: t.sectors.key,
      name: t.sectors.nameDe,
      nameEn: t.sectors.nameEn,
      priority: sql<boolean>`${exists(named)}`,
    })
    .from(t.partnershipSectors)
    .innerJoin(t.sectors, eq(t.sectors.id, t.partnershipSectors.sectorId))
    .where(inArray(t.partnershipSectors.partnershipId, ids));
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every status change of the partnerships, in the order of their sequence. */
function statusHistory(db: Executor, ids: number[]) {
  return db
    .select({
      partnershipId: t.partnershipStatusChanges.partnershipId,
      from: t.partnershipStatusChanges.fromStatus,
      to: t.partnershipStatusChanges.toStatus,
      effectiveOn: t.partnershipStatusChanges.effectiveOn,
      reason: t.partnershipStatusChanges.reason,
    })
    .from(t.partnershipStatusChanges)
    .where(inArray(t.partnershipStatusChanges.partnershipId, ids))
    .orderBy(asc(t.partnershipStatusChanges.partnershipId), asc(t.partnershipStatusChanges.sequence));
}
