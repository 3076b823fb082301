import { data, redirect } from 'react-router';
import { TextField } from './text-field.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { safeReturnPath, START_PATH } from '../../../core/access/landing.ts';
import type { Route } from './+types/login.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';

export const handle = { policy: { loader: 'public', action: 'public' } } satisfies { policy: PagePolicy };

/** Where the login goes on: the page that asked for it (a path on this site), else where the role starts. */
const onward = (returnTo: string | null, lang: Language) =>
  returnTo ?? (lang === 'en' ? `${START_PATH}?lang=en` : START_PATH);

/** The messages for the ways an OpenID Connect login can fail (?fehler=…, see server/plugins/oidc.ts). */
const OIDC_ERRORS: Record<string, MessageKey> = {
  'oidc-abgelehnt': 'oidcErrorDenied',
  'oidc-ungueltig': 'oidcErrorInvalid',
  'oidc-keine-rolle': 'oidcErrorNoRole',
  'oidc-kein-ministerium': 'oidcErrorNoMinistry',
  'oidc-konto': 'oidcErrorAccount',
  'oidc-gesperrt': 'oidcErrorDisabled',
  'oidc-nicht-erreichbar': 'oidcErrorUnavailable',
};

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'loginTitle')} – Brückenbauer` },
];

export function loader({ request, context }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const url = new URL(request.url);
  const returnTo = safeReturnPath(url.searchParams.get('zurueck'));
  const lang = pickLanguage(request);
  if (info.user) throw redirect(onward(returnTo, lang));
  const oidcError = OIDC_ERRORS[url.searchParams.get('fehler') ?? ''];
  return {
    lang,
    csrfToken: info.csrfToken,
    returnTo,
    expired: url.searchParams.has('abgelaufen'),
    oidcError: oidcError ? t(lang, oidcError) : null,
    oidcLogin: info.auth.oidc
      ? `/anmelden/oidc?${new URLSearchParams({ ...(returnTo ? { zurueck: returnTo } : {}), ...(lang === 'en' ? { lang } : {}) })}`
      : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const info = guard(context, request, 'public');
  const lang = pickLanguage(request);
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const errors: Record<string, string> = {};
  if (!email) errors.email = t(lang, 'fieldRequired');
  if (!password) errors.password = t(lang, 'fieldRequired');
  if (Object.keys(errors).length) return data({ email, errors, message: t(lang, 'loginFailed') }, { status: 400 });
  const result = await info.auth.logIn(email, password);
  if (!result.ok) {
    for (const issue of result.issues) errors[issue.field] = result.message;
    return data({ email, errors, message: result.message }, { status: result.locked ? 429 : 400 });
  }
  return redirect(onward(safeReturnPath(form.get('zurueck')), lang), { headers: { 'Set-Cookie': result.setCookie } });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, csrfToken, returnTo, expired, oidcError, oidcLogin } = loaderData;
  const errors: Record<string, string | undefined> = actionData?.errors ?? {};
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'loginTitle')}</h1>
      {expired && !actionData ? (
        <div className="kern-alert kern-alert--info" role="status">
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'loginExpired')}</p>
          </div>
        </div>
      ) : null}
      <FormErrorSummary lang={lang} message={oidcError && !actionData ? oidcError : null} />
      <FormErrorSummary lang={lang} message={actionData?.message} />
      {oidcLogin ? (
        <>
          <p className="kern-body">{t(lang, 'loginOidcIntro')}</p>
          <p>
            <a href={oidcLogin} className="kern-btn kern-btn--secondary">
              <span className="kern-label">{t(lang, 'loginOidc')}</span>
            </a>
          </p>
          <p className="kern-body">{t(lang, 'loginPasswordIntro')}</p>
        </>
      ) : (
        <p className="kern-body">{t(lang, 'loginIntro')}</p>
      )}
      <form method="post" className="form-stack" noValidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        {returnTo ? <input type="hidden" name="zurueck" value={returnTo} /> : null}
        <TextField
          name="email"
          type="email"
          autoComplete="username"
          label={t(lang, 'email')}
          defaultValue={actionData?.email ?? ''}
          error={errors.email}
          required
        />
        <TextField
          name="password"
          type="password"
          autoComplete="current-password"
          label={t(lang, 'password')}
          error={errors.password}
          required
        />
        <div>
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'loginSubmit')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
