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
