import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import type { FeedActivity } from '../../core/calendar/activity-feed.ts';
import type { Database, Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityListColumns } from '../activities/activity-columns.queries.ts';

/**
 * The user a calendar link belongs to, as an actor with the user's current role and
 * ministry; null for an unknown or revoked link and for a disabled user. Notes when the
 * link was last used.
 */
export async function feedActor(db: Database, tokenHash: string, now: Date): Promise<Actor | null> {
  const [row] = await db
    .select({
      feedId: t.calendarFeeds.id,
      userId: t.users.id,
      email: t.users.email,
      role: t.users.role,
      organisationId: t.users.organisationId,
    })
    .from(t.calendarFeeds)
    .innerJoin(t.users, eq(t.users.id, t.calendarFeeds.userId))
    .where(
      and(eq(t.calendarFeeds.tokenHash, tokenHash), isNull(t.calendarFeeds.revokedAt), isNull(t.users.disabledAt)),
    );
  if (!row) return null;
  await db.update(t.calendarFeeds).set({ lastUsedAt: now }).where(eq(t.calendarFeeds.id, row.feedId));
  return {
    kind: 'user',
    userId: row.userId,
    label: `calendar:${row.email}`,
    role: row.role,
    organisationId: row.organisationId,
  };
}

/** A user's calendar links, newest first (revoked ones too, so the page can say when). */
export function userFeeds(db: Executor, userId: number) {
  return db
    .select({
      id: t.calendarFeeds.id,
      createdAt: t.calendarFeeds.createdAt,
      lastUsedAt: t.calendarFeeds.lastUsedAt,
      revokedAt: t.calendarFeeds.revokedAt,
    })
    .from(t.calendarFeeds)
    .where(eq(t.calendarFeeds.userId, userId))
    .orderBy(desc(t.calendarFeeds.id));
}

/**
 * The activities a calendar can show (a start known to the day), with what the feed needs;
 * `publicOnly` leaves out everything unpublished before the record-level check.
 */
export async function feedActivities(
  db: Executor,
  publicOnly: boolean,
): Promise<(FeedActivity & { organiserId: number | null })[]> {
  const where = and(
    sql`length(${t.activities.startsOn}) = 10`,
    publicOnly ? eq(t.activities.visibility, 'public') : undefined,
  );
  const rows = await db
    .select({
      ...activityListColumns,
      organiser: sql<string | null>`coalesce(${t.organisations.abbreviation}, ${t.organisations.name})`,
      partnership: t.partnerships.name,
      icalSequence: t.activities.icalSequence,
      createdAt: t.activities.createdAt,
      updatedAt: t.activities.updatedAt,
    })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.activities.partnershipId))
    .where(where)
    .orderBy(asc(t.activities.startsOn), asc(t.activities.id));
  const places = await db
    .select({ activityId: t.activityPlaces.activityId, name: t.places.nameDe })
    .from(t.activityPlaces)
    .innerJoin(t.places, eq(t.places.id, t.activityPlaces.targetId))
    .innerJoin(t.activities, eq(t.activities.id, t.activityPlaces.activityId))
    .where(where)
    .orderBy(asc(t.places.nameDe));
  const byActivity = new Map<number, string[]>();
  for (const p of places) byActivity.set(p.activityId, [...(byActivity.get(p.activityId) ?? []), p.name]);
  return rows.map((r) => ({ ...r, places: byActivity.get(r.id) ?? [] }));
}
