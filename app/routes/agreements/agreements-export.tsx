import { agreementSheet, listedAgreements } from './agreement-export.ts';
import { exportResponse } from '../../lib/export-response.server.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import type { Route } from './+types/agreements-export.ts';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** The agreement list as a download (?format=excel|csv|xlsx|json), with the page's filters and the reader's visibility. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const url = new URL(request.url);
  const { agreements } = await listedAgreements(db, info.actor, url.searchParams, clock.today(), lang);
  return exportResponse(request, agreementSheet(agreements, lang, url.origin), clock.today());
}
