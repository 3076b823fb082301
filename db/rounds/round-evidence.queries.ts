import { and, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { validityClassOn } from '../../core/agreements/agreement-list.ts';
import { partnershipVisibleTo } from '../../core/access/partnership.policy.ts';
import { lastMeetingDay } from '../../core/partnerships/working-group-meetings.ts';
import type { PartnershipEvidence } from '../../core/rounds/round.types.ts';
import { AppError } from '../../core/shared/errors.ts';
import { parsePartialDate } from '../../core/shared/partial-date.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityVisibilitySql } from '../activities/activity-visibility.queries.ts';
import {
  activityTotals,
  byMinistry,
  recentActivities,
  stakeholders,
  strategyCounts,
} from './evidence-activities.queries.ts';
import { agreements, sectors, statusHistory, workingGroupMeetings } from './evidence-partnership.queries.ts';

type Period = { from: string; to: string };

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
