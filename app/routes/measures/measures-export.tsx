import { servicesContext } from '#app-context';
import { exportResponse } from '../../lib/export-response.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import { presentMeasure } from '../../../core/measures/measure.presenter.ts';
import { listedMeasures, measureSheet } from './measure-export.ts';
import type { Route } from './+types/measures-export.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

/** The measure list as a download (?format=excel|csv|xlsx|json), with the page's filters. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db, clock } = context.get(servicesContext);
  const url = new URL(request.url);
  const { shown } = await listedMeasures(db, info.actor, url.searchParams, clock.today());
  const rows = shown.map((m) => presentMeasure(m, info.actor, clock.today()));
  return exportResponse(request, measureSheet(rows, pickLanguage(request), url.origin), clock.today());
}
