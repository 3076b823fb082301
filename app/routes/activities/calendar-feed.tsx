import { servicesContext } from '#app-context';
import { calendarFeedResponse } from './calendar-feed.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import type { Route } from './+types/calendar-feed.ts';

/** Calendar programs fetch feeds without a session: the public feed, or a personal one by its secret token. */
export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** /kalender/oeffentlich.ics and /kalender/<token>.ics: activities as iCalendar (RFC 5545). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  guard(context, request, 'public');
  const response = await calendarFeedResponse(
    context.get(servicesContext),
    params.feed,
    new URL(request.url),
    pickLanguage(request),
  );
  if (!response)
    throw new Response('No calendar at this address.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  return response;
}
