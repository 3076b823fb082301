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
import kernCss from '@kern-ux/native/dist/kern.min.css?url';
import appCss from './app.css?url';
import { pickLanguage, t, type Language } from './lib/i18n.ts';

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: kernCss },
  { rel: 'stylesheet', href: appCss },
];

export function loader({ request }: Route.LoaderArgs) {
  return { lang: pickLanguage(request) };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const lang: Language = data?.lang ?? 'de';
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
        {children}
        <ScrollRestoration />
        <Scripts />
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
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const title = t(lang, notFound ? 'notFoundTitle' : 'errorTitle');
  return (
    <main id="main" className="kern-container page">
      <title>{`${title} – Brückenbauer`}</title>
      <h1 className="kern-heading-large">{title}</h1>
      <p className="kern-body">{t(lang, notFound ? 'notFoundText' : 'errorText')}</p>
      <p className="kern-body">
        <a className="kern-link" href={lang === 'en' ? '/?lang=en' : '/'}>
          {t(lang, 'backHome')}
        </a>
      </p>
    </main>
  );
}
