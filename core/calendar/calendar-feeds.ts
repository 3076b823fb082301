import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../access/actor.ts';
import { AppError, notFound } from '../shared/errors.ts';

/** A user keeps at most this many calendar links at once (one per device is plenty). */
export const MAX_ACTIVE_FEEDS = 5;

/** The secret of a feed URL: 256 random bits, URL-safe. */
export const newFeedToken = (): string => randomBytes(32).toString('base64url');

/** Whether a path segment can be a feed token at all (anything else is answered 404 without a lookup). */
export const isFeedToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/** Only the SHA-256 of a token is stored, so a copy of the database opens no feed. */
export const feedTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

/** What the feed use-cases need from storage; the db layer writes each change with its audit entry. */
export interface CalendarFeedStore {
  activeCount(userId: number): Promise<number>;
  insert(userId: number, tokenHash: string): Promise<number>;
  /** The feed, locked until the transaction ends. */
  find(id: number): Promise<{ id: number; userId: number; revokedAt: Date | null } | null>;
  /** Revokes the link and answers when it was revoked. */
  revoke(id: number): Promise<Date>;
}

const userOf = (actor: Actor): number => {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Calendar links belong to a logged-in user.');
  return actor.userId;
};

/**
 * Creates a calendar link for the logged-in user: the feed lists what that user may see, as
 * long as the user may see it. The token is returned once and never stored.
 */
export async function createCalendarFeed({ store, actor }: { store: CalendarFeedStore; actor: Actor }) {
  const userId = userOf(actor);
  if ((await store.activeCount(userId)) >= MAX_ACTIVE_FEEDS)
    throw new AppError('CONFLICT', `At most ${MAX_ACTIVE_FEEDS} calendar links at once; revoke one first.`, [
      { field: 'feed', message: 'too many calendar links' },
    ]);
  const token = newFeedToken();
  const id = await store.insert(userId, feedTokenHash(token));
  return { id, token };
}

/** Revokes one of the user's own calendar links; its URL answers 404 from then on. */
export async function revokeCalendarFeed({ store, actor, id }: { store: CalendarFeedStore; actor: Actor; id: number }) {
  const userId = userOf(actor);
  const feed = await store.find(id);
  if (!feed || feed.userId !== userId) throw notFound('Calendar link', String(id));
  if (feed.revokedAt) return { id, revokedAt: feed.revokedAt };
  return { id, revokedAt: await store.revoke(id) };
}
