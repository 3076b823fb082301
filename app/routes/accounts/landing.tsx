import { servicesContext } from '#app-context';
import { redirect } from 'react-router';
import { landingFor } from '../../../core/access/landing.ts';
import { listRounds } from '../../../db/rounds/rounds.queries.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import type { Route } from './+types/landing.ts';

export const handle = { policy: { loader: 'authenticated' } } satisfies { policy: PagePolicy };

/** Sends a logged-in user to where their role starts its work (core/access/landing.ts), in their language. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'authenticated');
  const { db } = context.get(servicesContext);
  const path = landingFor(info.actor, { rounds: await listRounds(db, info.actor) });
  throw redirect(pickLanguage(request) === 'en' ? `${path}?lang=en` : path, 303);
}
