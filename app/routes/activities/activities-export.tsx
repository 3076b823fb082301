import { servicesContext } from '#app-context';
import { activitySheet, listedActivities } from './activity-export.ts';
import { exportResponse } from '../../lib/export-response.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import type { Route } from './+types/activities-export.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** The activity list as a download (?format=excel|csv|xlsx|json), with the page's filters and the reader's visibility. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db, clock } = context.get(servicesContext);
  const url = new URL(request.url);
  const rows = await listedActivities(db, info.actor, url.searchParams);
  return exportResponse(request, activitySheet(rows, pickLanguage(request), url.origin), clock.today());
}
