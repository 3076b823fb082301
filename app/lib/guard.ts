import { redirect, type RouterContextProvider } from 'react-router';
import { requestContext } from '#app-context';
import { routePolicies, type RoutePolicy } from '../../core/access/route-policies.ts';

/** What a page's loader and action require; every route module exports it as `handle.policy`. */
export interface PagePolicy {
  loader?: RoutePolicy;
  action?: RoutePolicy;
}

/**
 * Checks the route's policy for this request: the public is sent to the login page (and back
 * afterwards), a logged-in user without the right role gets 403.
 */
export function guard(context: Readonly<RouterContextProvider>, request: Request, policy: RoutePolicy) {
  const info = context.get(requestContext);
  if (routePolicies[policy](info.actor)) return info;
  if (info.actor.kind === 'public') {
    const url = new URL(request.url);
    throw redirect(
      `/anmelden?zurueck=${encodeURIComponent(url.pathname + url.search)}${info.sessionExpired ? '&abgelaufen=1' : ''}`,
    );
  }
  throw new Response('Forbidden', { status: 403 });
}
