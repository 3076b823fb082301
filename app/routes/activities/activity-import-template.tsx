import { servicesContext } from '#app-context';
import { activityTemplate } from '../../../core/imports/activity-template.ts';
import { exportResponse } from '../../lib/export-response.server.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import type { Route } from './+types/activity-import-template.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

/** The import template with one example row, as Excel CSV or XLSX (?format=excel|xlsx). */
export async function loader({ context, request }: Route.LoaderArgs) {
  guard(context, request, 'internal');
  const { clock } = context.get(servicesContext);
  return exportResponse(request, activityTemplate(pickLanguage(request)), clock.today());
}
