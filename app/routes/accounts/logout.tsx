import { redirect } from 'react-router';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import type { Route } from './+types/logout.ts';

export const handle = { policy: { loader: 'public', action: 'authenticated' } } satisfies { policy: PagePolicy };

/** Logging out changes state, so it is a form post; a plain visit just goes home. */
export function loader({ request, context }: Route.LoaderArgs) {
  guard(context, request, 'public');
  return redirect('/');
}

export async function action({ request, context }: Route.ActionArgs) {
  const info = guard(context, request, 'authenticated');
  const form = await request.formData();
  const setCookie = await info.auth.logOut(form.get('ueberall') === '1');
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? '/?lang=en' : '/';
  return redirect(lang, { headers: { 'Set-Cookie': setCookie } });
}
