import type { RouterContextProvider } from 'react-router';
import { servicesContext } from '#app-context';
import type { Actor } from '../../core/access/actor.ts';
import type { RoutePolicy } from '../../core/access/route-policies.ts';
import type { Clock } from '../../core/shared/clock.ts';
import type { Database } from '../../db/client.ts';
import { pickLanguage, type Language } from '../../text/i18n.ts';
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

/** A form posted to a page, with what handling it needs: the database, the request's clock, who posts, in which language. */
export interface FormPost {
  db: Database;
  clock: Clock;
  actor: Actor;
  form: FormData;
  lang: Language;
}

/** `guardedPage` for an action that handles a form: the policy checked first, then the form read. */
export async function guardedPost(context: Readonly<RouterContextProvider>, request: Request, policy: RoutePolicy) {
  const page = guardedPage(context, request, policy);
  const post: FormPost = {
    db: page.db,
    clock: page.clock,
    actor: page.actor,
    form: await request.formData(),
    lang: page.lang,
  };
  return { ...page, post };
}
