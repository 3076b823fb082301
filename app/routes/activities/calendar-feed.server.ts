import { type Actor, PUBLIC } from '../../../core/access/actor.ts';
import { activityVisibleTo } from '../../../core/access/activity.policy.ts';
import { activityFeed, type FeedTexts } from '../../../core/calendar/activity-feed.ts';
import { feedTokenHash, isFeedToken } from '../../../core/calendar/calendar-feeds.ts';
import { publicOnlyFor } from '../../../core/access/visibility.ts';
import type { Database } from '../../../db/client.ts';
import { feedActivities, feedActor } from '../../../db/calendar/calendar-feeds.queries.ts';
import { PUBLIC_FEED } from './feed-urls.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import type { AppServices } from '../../context.ts';

const feedTexts = (lang: Language, personal: boolean): FeedTexts => ({
  calendarName: t(lang, personal ? 'feedNamePersonal' : 'feedNamePublic'),
  calendarDescription: t(lang, 'feedDescription'),
  kind: (kind) => label(lang, 'activityKind', kind),
  status: (status) => label(lang, 'activityStatus', status),
  cancelledPrefix: t(lang, 'feedCancelled'),
  organiser: t(lang, 'organiser'),
  partnership: t(lang, 'partnership'),
  endsOn: t(lang, 'endsOn'),
});

/**
 * Who a feed file speaks for: the public for the public feed, the link's user for a personal
 * one; null for a malformed, unknown or revoked token (answered 404, whichever it was).
 */
async function feedViewer(db: Database, file: string, now: Date): Promise<Actor | null> {
  if (file === PUBLIC_FEED) return PUBLIC;
  const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
  if (!isFeedToken(token)) return null;
  return feedActor(db, feedTokenHash(token), now);
}

/** The iCalendar feed behind /kalender/<file>, or null when there is none. */
export async function calendarFeedResponse({ db, clock }: AppServices, file: string, url: URL, lang: Language) {
  const viewer = await feedViewer(db, file, clock.now());
  if (!viewer) return null;
  const activities = (await feedActivities(db, publicOnlyFor(viewer))).filter(activityVisibleTo(viewer));
  const body = activityFeed(activities, {
    host: url.hostname,
    origin: url.origin,
    texts: feedTexts(lang, viewer.kind !== 'public'),
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${viewer.kind === 'public' ? 'brueckenbauer-oeffentlich' : 'brueckenbauer'}.ics"`,
      'Cache-Control': viewer.kind === 'public' ? 'public, max-age=900' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
