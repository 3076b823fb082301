import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteLoaderData,
} from 'react-router';
import type { Route } from './+types/root.ts';
import { seesInternalRecords } from '../core/access/visibility.ts';
import { canReviewCandidates } from '../core/access/review.policy.ts';
import kernCss from '@kern-ux/native/dist/kern.min.css?url';
import appCss from './app.css?url';
import { SiteHeader } from './components/site-header.tsx';
import { guard, type PagePolicy } from './lib/guard.ts';
import { pickLanguage, t, type Language } from '../text/i18n.ts';
import { useNonce } from './lib/nonce.tsx';

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: kernCss },
  { rel: 'stylesheet', href: appCss },
];

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export function loader({ request, context }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  return {
    lang: pickLanguage(request),
    user: info.user
      ? {
          displayName: info.user.displayName,
          internal: seesInternalRecords(info.actor),
          reviewer: canReviewCandidates(info.actor),
        }
      : null,
    csrfToken: info.csrfToken,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const lang: Language = data?.lang ?? 'de';
  const nonce = useNonce();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t(lang, 'skipToContent')}
        </a>
        <SiteHeader lang={lang} user={data?.user ?? null} csrfToken={data?.csrfToken ?? ''} />
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const data = useRouteLoaderData<typeof loader>('root');
  const lang: Language = data?.lang ?? 'de';
  const status = isRouteErrorResponse(error) ? error.status : error instanceof Response ? error.status : 500;
  const notFound = status === 404;
  const forbidden = status === 403;
  const title = t(lang, notFound ? 'notFoundTitle' : forbidden ? 'forbiddenTitle' : 'errorTitle');
  return (
    <main id="main" className="kern-container page">
      <title>{`${title} – Brückenbauer`}</title>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t(lang, notFound ? 'notFoundText' : forbidden ? 'forbiddenText' : 'errorText')}</p>
      <p className="kern-body">
        <a className="kern-link" href={lang === 'en' ? '/?lang=en' : '/'}>
          {t(lang, 'backHome')}
        </a>
      </p>
    </main>
  );
}
