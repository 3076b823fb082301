import { t, type Language } from '../lib/i18n.ts';

/** Name of the product, language switch, and who is logged in (with logout forms) or a login link. */
export function SiteHeader({
  lang,
  user,
  csrfToken,
}: {
  lang: Language;
  user: { displayName: string } | null;
  csrfToken: string;
}) {
  const suffix = lang === 'en' ? '?lang=en' : '';
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
      <nav className="site-nav" aria-label={t(lang, 'accountNav')}>
        <a
          className="kern-link"
          href={lang === 'en' ? '?' : '?lang=en'}
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
