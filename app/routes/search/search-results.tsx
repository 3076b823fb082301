import type { TextSegment } from '../../../core/search/search-results.ts';
import type { SearchHit } from '../../../db/search/search-register.queries.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { statusLabel, typeLabel } from '../../../text/search-labels.ts';

/** A highlighted text as React elements: matched words in <mark>, everything else plain text. */
export function Highlighted({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>;
}

const withLang = (path: string, lang: Language) => (lang === 'en' ? `${path}?lang=en` : path);

function HitTitle({ hit, lang }: { hit: SearchHit; lang: Language }) {
  const english = lang === 'en' && hit.titleEn;
  const segments = english ? hit.titleEn! : hit.title;
  // One span: a KERN link lays out its children as flex items, which would break the line apart.
  const text = (
    <span>
      {hit.type === 'measure' ? `${t(lang, 'type_measure')} ` : null}
      <Highlighted segments={segments} />
    </span>
  );
  return (
    <h3 className="kern-heading-small search-hit__title" lang={english ? 'en' : 'de'}>
      {hit.path ? (
        <a className="kern-link" href={withLang(hit.path, lang)}>
          {text}
        </a>
      ) : (
        text
      )}
    </h3>
  );
}

/** The results of one page, best first, each with its type, title, status, year and a snippet. */
export function SearchResults({ hits, lang, first }: { hits: SearchHit[]; lang: Language; first: number }) {
  return (
    <ol className="plain-list search-hits" start={first}>
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.key}`} className="entry search-hit">
          <p className="search-hit__meta kern-body--small">
            <span className="kern-badge kern-badge--info">
              <span className="kern-label kern-label--small">{typeLabel(lang, hit.type)}</span>
            </span>
            {hit.status ? <span>{statusLabel(lang, hit.status)}</span> : null}
            {hit.year ? <span>{hit.year}</span> : null}
          </p>
          <HitTitle hit={hit} lang={lang} />
          {hit.snippet ? (
            <p className="kern-body search-hit__snippet" lang="de">
              <Highlighted segments={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** Previous and next page and the pages around the current one, keeping the query and the facets. */
export function ResultPages(props: { lang: Language; page: number; pages: number; hrefOf: (page: number) => string }) {
  const { lang, page, pages, hrefOf } = props;
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t(lang, 'resultPagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <a className="kern-link" href={hrefOf(page - 1)} rel="prev">
              {t(lang, 'previousPage')}
            </a>
          </li>
        ) : null}
        {shown.map((n, i) => (
          <li key={n}>
            {i > 0 && n - shown[i - 1]! > 1 ? <span aria-hidden="true">… </span> : null}
            <a
              className="kern-link"
              href={hrefOf(n)}
              aria-current={n === page ? 'page' : undefined}
              aria-label={`${t(lang, 'pageOf')} ${n} ${t(lang, 'of')} ${pages}`}
            >
              {n}
            </a>
          </li>
        ))}
        {page < pages ? (
          <li>
            <a className="kern-link" href={hrefOf(page + 1)} rel="next">
              {t(lang, 'nextPage')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
