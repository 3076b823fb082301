import { and, eq, isNull } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { CalendarFeedStore } from '../../core/calendar/calendar-feeds.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import * as t from '../schema.ts';

function calendarFeedStore(tx: Transaction, actor: Actor, at: Date): CalendarFeedStore {
  const audit = (id: number, action: string, after: Record<string, unknown>) =>
    appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action,
          entityType: 'calendar_feed',
          entityId: String(id),
          before: null,
          after,
        },
      ],
      at,
    );
  return {
    async activeCount(userId) {
      return tx.$count(t.calendarFeeds, and(eq(t.calendarFeeds.userId, userId), isNull(t.calendarFeeds.revokedAt)));
    },
    async insert(userId, tokenHash) {
      const [row] = await tx
        .insert(t.calendarFeeds)
        .values({ userId, tokenHash })
        .returning({ id: t.calendarFeeds.id });
      await audit(row!.id, 'calendar_feed.create', { userId });
      return row!.id;
    },
    async find(id) {
      const [row] = await tx
        .select({ id: t.calendarFeeds.id, userId: t.calendarFeeds.userId, revokedAt: t.calendarFeeds.revokedAt })
        .from(t.calendarFeeds)
        .where(eq(t.calendarFeeds.id, id))
        .for('update');
      return row ?? null;
    },
    async revoke(id) {
      const [row] = await tx
        .update(t.calendarFeeds)
        .set({ revokedAt: at })
        .where(eq(t.calendarFeeds.id, id))
        .returning({ userId: t.calendarFeeds.userId });
      await audit(id, 'calendar_feed.revoke', { userId: row!.userId });
      return at;
    },
  };
}

/** Runs `work` with a calendar-link store bound to one transaction and actor. */
export function withCalendarFeedStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: CalendarFeedStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(calendarFeedStore(tx, actor, at)));
}
