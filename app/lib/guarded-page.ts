import type { RouterContextProvider } from 'react-router';
import { servicesContext } from '#app-context';
import type { RoutePolicy } from '../../core/access/route-policies.ts';
import { pickLanguage } from '../../text/i18n.ts';
import { guard } from './guard.ts';

/**
 * What a page's action (and many a loader) starts with: the route's policy checked for this request (the public
 * to the login page, anyone else without the right 403), the services and the reader's language.
 */
export function guardedPage(context: Readonly<RouterContextProvider>, request: Request, policy: RoutePolicy) {
  const info = guard(context, request, policy);
  const { db, clock } = context.get(servicesContext);
  return { info, actor: info.actor, db, clock, lang: pickLanguage(request) };
}
