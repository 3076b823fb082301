import { useLocation } from 'react-router';
import { t, type Language } from '../../text/i18n.ts';
import { SiteSearch } from './site-search.tsx';

/** The same address in the other language, keeping the path and every other parameter (filters). */
function otherLanguageHref(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  if (lang === 'en') params.delete('lang');
  else params.set('lang', 'en');
  return `?${params}`;
}

const SECTIONS = [
  { href: '/', key: 'navHome', current: (path: string) => path === '/' },
  { href: '/uebersicht', key: 'navOverview', current: (path: string) => path === '/uebersicht', internal: true },
  { href: '/partnerschaften', key: 'navPartnerships', current: (path: string) => path.startsWith('/partnerschaften') },
  { href: '/aktivitaeten', key: 'navActivities', current: (path: string) => path.startsWith('/aktivitaeten') },
  { href: '/vereinbarungen', key: 'navAgreements', current: (path: string) => path.startsWith('/vereinbarungen') },
  { href: '/massnahmen', key: 'navMeasures', current: (path: string) => path.startsWith('/massnahmen') },
  { href: '/quellen', key: 'navSources', current: (path: string) => path.startsWith('/quellen') },
  {
    href: '/evaluierung',
    key: 'navRounds',
    current: (path: string) => path.startsWith('/evaluierung'),
    internal: true,
  },
  // Candidates from documents are reviewed by coordinators and ministry editors.
  { href: '/pruefung', key: 'navReview', current: (path: string) => path.startsWith('/pruefung'), reviewer: true },
  // Proposals are made by logged-in users only.
  { href: '/vorschlaege', key: 'navProposals', current: (path: string) => path.startsWith('/vorschlaege'), user: true },
] as const;

/** Name of the product, main navigation, language switch, and who is logged in (with logout forms) or a login link. */
export function SiteHeader({
  lang,
  user,
  csrfToken,
}: {
  lang: Language;
  /** `internal`: staff of the government (they also see the overview); `reviewer`: they review candidate facts. */
  user: { displayName: string; internal?: boolean; reviewer?: boolean } | null;
  csrfToken: string;
}) {
  const suffix = lang === 'en' ? '?lang=en' : '';
  const location = useLocation();
  return (
    <header className="kern-container site-header">
      <div>
        <p className="kern-title kern-title--large">
          <a className="brand" href={`/${suffix}`}>
            {t(lang, 'appName')}
          </a>
        </p>
        <p className="kern-body">{t(lang, 'tagline')}</p>
      </div>
      <nav className="main-nav" aria-label={t(lang, 'mainNav')}>
        <ul>
          {SECTIONS.filter(
            (s) =>
              (!('user' in s) || user) &&
              (!('internal' in s) || user?.internal) &&
              (!('reviewer' in s) || user?.reviewer),
          ).map((s) => (
            <li key={s.href}>
              <a
                className="kern-link"
                href={`${s.href}${suffix}`}
                aria-current={s.current(location.pathname) ? 'page' : undefined}
              >
                {t(lang, s.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <SiteSearch lang={lang} />
      <nav className="site-nav" aria-label={t(lang, 'accountNav')}>
        <a
          className="kern-link"
          href={otherLanguageHref(location.search, lang)}
          hrefLang={lang === 'en' ? 'de' : 'en'}
          lang={lang === 'en' ? 'de' : 'en'}
          aria-label={t(lang, 'otherLanguageLabel')}
        >
          {t(lang, 'otherLanguage')}
        </a>
        {user ? (
          <>
            <a className="kern-link" href={`/konto${suffix}`}>
              {t(lang, 'loggedInAs')} {user.displayName}
            </a>
            <form method="post" action={`/abmelden${suffix}`} className="inline-form">
              <input type="hidden" name="csrf" value={csrfToken} />
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">{t(lang, 'logOut')}</span>
              </button>
              <button type="submit" name="ueberall" value="1" className="kern-btn kern-btn--tertiary">
                <span className="kern-label">{t(lang, 'logOutEverywhere')}</span>
              </button>
            </form>
          </>
        ) : (
          <a className="kern-link" href={`/anmelden${suffix}`}>
            {t(lang, 'logIn')}
          </a>
        )}
      </nav>
    </header>
  );
}
