import { servicesContext } from '#app-context';
import { exportResponse } from '../../lib/export-response.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import { listedPartnerships, partnershipSheet } from './partnership-export.ts';
import type { Route } from './+types/partnerships-export.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** The partnership list as a download (?format=excel|csv|xlsx|json), with the page's filters and the reader's visibility. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db, clock } = context.get(servicesContext);
  const url = new URL(request.url);
  const lang = pickLanguage(request);
  const rows = await listedPartnerships(db, info.actor, url.searchParams, lang, clock.today());
  return exportResponse(request, partnershipSheet(rows, lang, url.origin), clock.today());
}
