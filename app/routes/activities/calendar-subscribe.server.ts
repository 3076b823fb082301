import { data, redirect } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import { createCalendarFeed, revokeCalendarFeed } from '../../../core/calendar/calendar-feeds.ts';
import { AppError } from '../../../core/shared/errors.ts';
import type { AppServices } from '../../context.ts';
import { withCalendarFeedStore } from '../../../db/calendar/calendar-feed.store.ts';
import { feedUrls } from './feed-urls.ts';
import { t, type Language } from '../../../text/i18n.ts';

/**
 * Creates a calendar link (its addresses are shown once, in the answer to this post, never
 * stored: no redirect that would carry the token in an address) or revokes one of the
 * user's own (then back to the page).
 */
export async function changeCalendarLinks(
  { db, clock }: AppServices,
  actor: Actor,
  request: Request,
  lang: Language,
  here: string,
) {
  const form = await request.formData();
  const intent = String(form.get('intent') ?? '');
  try {
    if (intent === 'create') {
      const { token } = await withCalendarFeedStore(db, actor, clock.now(), (store) =>
        createCalendarFeed({ store, actor }),
      );
      return { created: feedUrls(new URL(request.url).origin, `${token}.ics`, lang), error: null };
    }
    if (intent === 'revoke') {
      const id = Number(form.get('feed'));
      if (!Number.isInteger(id) || id < 1) throw data(null, { status: 404 });
      await withCalendarFeedStore(db, actor, clock.now(), (store) => revokeCalendarFeed({ store, actor, id }));
      throw redirect(`${here}${here.includes('?') ? '&' : '?'}widerrufen=1`);
    }
    return data({ created: null, error: t(lang, 'aErr_vocabulary') }, { status: 400 });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT')
      return data({ created: null, error: t(lang, 'subscribeTooMany') }, { status: 409 });
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    if (error instanceof AppError && error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    throw error;
  }
}
