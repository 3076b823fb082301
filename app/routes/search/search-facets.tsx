import { facetNames, type FacetName, type FacetSelection } from '../../../core/search/facets.ts';
import type { FacetEntry } from '../../../core/search/search-results.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { facetValueLabel } from '../../../text/search-labels.ts';

export interface FacetLinks {
  facets: Record<FacetName, FacetEntry[]>;
  selection: FacetSelection;
  /** The address of the search with one facet set to a value, or removed (value null). */
  hrefWith: Record<FacetName, Record<string, string>>;
  hrefWithout: Record<FacetName, string>;
  hrefWithoutAll: string;
  organisers: Record<string, string>;
}

/** Values shown at once; more than two beyond them open under "more values" (a details element, so without JavaScript too). */
const SHOWN = 8;
const shownOf = (n: number) => (n > SHOWN + 2 ? SHOWN : n);

const countText = (lang: Language, entry: FacetEntry) => {
  if (entry.count === null) return '';
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE').format(entry.count);
  return entry.more ? ` (${t(lang, 'moreThan')} ${n})` : ` (${n})`;
};

/**
 * The facets as lists of links: choosing a value narrows the search (the address holds it, so
 * it can be shared); a chosen value is listed under "Your selection" with a link removing it.
 */
export function SearchFacets({ lang, links }: { lang: Language; links: FacetLinks }) {
  const chosen = facetNames.filter((f) => links.selection[f]);
  const label = (facet: FacetName, value: string) => facetValueLabel(lang, facet, value, links.organisers);
  const values = (facet: FacetName, entries: FacetEntry[]) => (
    <ul className="plain-list facet-list">
      {entries.map((entry) => (
        <li key={entry.value}>
          <a className="kern-link" href={links.hrefWith[facet][entry.value]}>
            {label(facet, entry.value)}
          </a>
          {countText(lang, entry)}
        </li>
      ))}
    </ul>
  );
  return (
    <nav className="search-facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="kern-heading-medium">
        {t(lang, 'facetsHeading')}
      </h2>
      {chosen.length ? (
        <section aria-labelledby="selection-heading" className="facet">
          <h3 id="selection-heading" className="kern-heading-small">
            {t(lang, 'selectionHeading')}
          </h3>
          <ul className="plain-list facet-list">
            {chosen.map((facet) => (
              <li key={facet}>
                {t(lang, `facet_${facet}` as MessageKey)}: <strong>{label(facet, links.selection[facet]!)}</strong>{' '}
                <a
                  className="kern-link"
                  href={links.hrefWithout[facet]}
                  aria-label={`${t(lang, `facet_${facet}` as MessageKey)}: ${label(facet, links.selection[facet]!)} – ${t(lang, 'removeFacet')}`}
                >
                  {t(lang, 'removeFacet')}
                </a>
              </li>
            ))}
          </ul>
          {chosen.length > 1 ? (
            <p className="kern-body">
              <a className="kern-link" href={links.hrefWithoutAll}>
                {t(lang, 'removeAllFacets')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {facetNames
        .filter((facet) => !links.selection[facet] && links.facets[facet].length > 0)
        .map((facet) => (
          <section key={facet} aria-labelledby={`facet-${facet}`} className="facet">
            <h3 id={`facet-${facet}`} className="kern-heading-small">
              {t(lang, `facet_${facet}` as MessageKey)}
            </h3>
            {values(facet, links.facets[facet].slice(0, shownOf(links.facets[facet].length)))}
            {links.facets[facet].length > shownOf(links.facets[facet].length) ? (
              <details className="facet-more">
                <summary className="kern-body">
                  {t(lang, 'moreFacetValues')} ({links.facets[facet].length - SHOWN})
                </summary>
                {values(facet, links.facets[facet].slice(SHOWN))}
              </details>
            ) : null}
          </section>
        ))}
    </nav>
  );
}
