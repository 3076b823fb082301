import { useLocation } from 'react-router';
import { t, type Language } from '../../text/i18n.ts';

/** The search field of the site header: a plain GET form to /suche, so it works without JavaScript. */
export function SiteSearch({ lang }: { lang: Language }) {
  const location = useLocation();
  const current = location.pathname === '/suche' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  return (
    <form method="get" action="/suche" role="search" className="site-search" aria-label={t(lang, 'searchRegion')}>
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <label className="kern-label visually-hidden" htmlFor="site-search-q">
        {t(lang, 'searchLabel')}
      </label>
      <input
        className="kern-form-input__input"
        id="site-search-q"
        name="q"
        type="search"
        maxLength={500}
        defaultValue={current}
        autoComplete="off"
      />
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{t(lang, 'searchSubmit')}</span>
      </button>
    </form>
  );
}
