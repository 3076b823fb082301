import { servicesContext } from '#app-context';
import { agreementSheet, listedAgreements } from './agreement-export.ts';
import { exportResponse } from '../../lib/export-response.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import type { Route } from './+types/agreements-export.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** The agreement list as a download (?format=excel|csv|xlsx|json), with the page's filters and the reader's visibility. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db, clock } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const url = new URL(request.url);
  const { agreements } = await listedAgreements(db, info.actor, url.searchParams, clock.today(), lang);
  return exportResponse(request, agreementSheet(agreements, lang, url.origin), clock.today());
}
