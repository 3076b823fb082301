import { data } from 'react-router';
import { servicesContext } from '#app-context';
import { facetNames, type FacetName } from '../../../core/search/facets.ts';
import { parseSearchRequest, searchParams } from '../../../core/search/search-request.ts';
import { SEARCH_PAGE_SIZE } from '../../../core/search/search-results.ts';
import { organisationLabels, searchRegister } from '../../../db/search/search-register.queries.ts';
import { SearchFacets } from './search-facets.tsx';
import { SearchResults } from './search-results.tsx';
import { Pagination, pageLinks } from '../../components/pagination.tsx';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage, t, type MessageKey } from '../../../text/i18n.ts';
import { invalidFilterMessage } from '../../../text/workbench.messages.ts';
import { resultCountText } from '../../../text/search.messages.ts';
import type { Route } from './+types/search.ts';
import { FormErrorSummary } from '../../components/form-error-summary.tsx';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  {
    title: `${loaderData?.q ? `${loaderData.q} – ` : ''}${t(loaderData?.lang ?? 'de', 'searchTitle')} – Brückenbauer`,
  },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const info = guard(context, request, 'public');
  const { db } = context.get(servicesContext);
  const lang = pickLanguage(request);
  const search = parseSearchRequest(new URL(request.url).searchParams, 'seite');
  const outcome = search.query
    ? await searchRegister(db, info.actor, { query: search.query, selection: search.selection, page: search.page })
    : null;
  const href = (selection: typeof search.selection, page = 1) => {
    const params = searchParams(search.q, selection, {
      ...(page > 1 ? { seite: String(page) } : {}),
      ...(lang === 'en' ? { lang: 'en' } : {}),
    });
    return `/suche?${params}`;
  };
  const results = outcome?.state === 'results' ? outcome : null;
  const organiserKeys = [
    ...(results?.facets.organiser.map((o) => o.value) ?? []),
    ...(search.selection.organiser ? [search.selection.organiser] : []),
  ];
  const page = {
    lang,
    q: search.q,
    selection: search.selection,
    queryError: search.queryIssue ? t(lang, `searchErr_${search.queryIssue}` as MessageKey) : null,
    facetErrors: search.facetIssues.map(
      (i) => `${t(lang, `facet_${i.field}` as MessageKey)}: ${invalidFilterMessage(lang, i.value)}`,
    ),
    state: outcome?.state ?? (search.queryIssue ? 'refused' : 'empty'),
    results: results
      ? {
          total: results.total,
          hits: results.hits,
          page: results.page,
          pages: results.pages,
          pageHrefs: pageLinks(results.page, results.pages, (n) => href(search.selection, n)),
          links: {
            facets: results.facets,
            selection: search.selection,
            hrefWith: Object.fromEntries(
              facetNames.map((f) => [
                f,
                Object.fromEntries(
                  results.facets[f].map((e) => [e.value, href({ ...search.selection, [f]: e.value })]),
                ),
              ]),
            ) as Record<FacetName, Record<string, string>>,
            hrefWithout: Object.fromEntries(
              facetNames.map((f) => [f, href({ ...search.selection, [f]: undefined })]),
            ) as Record<FacetName, string>,
            hrefWithoutAll: href({}),
            organisers: await organisationLabels(db, organiserKeys, lang === 'en'),
          },
        }
      : null,
  };
  return data(page, { status: search.queryIssue ? 400 : 200 });
}

/** The search page: the field, the results best first with their type, the facets to narrow them down. */
export default function Search({ loaderData }: Route.ComponentProps) {
  const { lang, q, selection, queryError, facetErrors, state, results } = loaderData;
  const summary = results ? resultCountText(lang, results.total.count, results.total.capped) : '';
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'searchTitle')}</h1>
      <p className="kern-body">{t(lang, 'searchIntro')}</p>
      <form method="get" action="/suche" role="search" className="search-form" aria-label={t(lang, 'searchTitle')}>
        <FormErrorSummary
          lang={lang}
          id="search-errors"
          idPrefix="search"
          heading="searchErrorSummary"
          errors={{ q: queryError }}
          labels={{ q: 'searchLabel' }}
        />
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        {facetNames.map((f) => (selection[f] ? <input key={f} type="hidden" name={f} value={selection[f]} /> : null))}
        <div className={`kern-form-input${queryError ? ' kern-form-input--error' : ''}`}>
          <label className="kern-label" htmlFor="search-q">
            {t(lang, 'searchLabel')}
          </label>
          <div className="kern-hint" id="search-q-hint">
            {t(lang, 'searchHelp')}
          </div>
          {queryError ? (
            <p className="kern-error" id="search-q-error" role="alert">
              {queryError}
            </p>
          ) : null}
          <div className="search-form__row">
            <input
              className={`kern-form-input__input${queryError ? ' kern-form-input__input--error' : ''}`}
              id="search-q"
              name="q"
              type="search"
              defaultValue={q}
              aria-invalid={queryError ? true : undefined}
              aria-describedby={queryError ? 'search-q-error search-q-hint' : 'search-q-hint'}
            />
            <button type="submit" className="kern-btn kern-btn--primary">
              <span className="kern-label">{t(lang, 'searchSubmit')}</span>
            </button>
          </div>
        </div>
      </form>
      {facetErrors.length ? (
        <div className="kern-alert kern-alert--warning" role="status">
          <div className="kern-alert__body">
            {facetErrors.map((e) => (
              <p key={e} className="kern-body">
                {e}
              </p>
            ))}
          </div>
        </div>
      ) : null}
      {state === 'empty' ? <p className="kern-body search-state">{t(lang, 'searchStart')}</p> : null}
      {state === 'nothingToFind' ? <p className="kern-body search-state">{t(lang, 'searchNothingToFind')}</p> : null}
      {results ? (
        <div className="search-layout">
          <section className="search-main" aria-labelledby="results-heading">
            <h2 id="results-heading" className="kern-heading-medium">
              {t(lang, 'searchResultsHeading')}
            </h2>
            <p className="kern-body result-count" id="result-count" role="status">
              {summary}
              {results.pages > 1 ? ` – ${t(lang, 'pageOf')} ${results.page} ${t(lang, 'of')} ${results.pages}` : ''}
            </p>
            {results.total.capped ? <p className="kern-body">{t(lang, 'searchCapped')}</p> : null}
            {results.hits.length ? (
              <SearchResults hits={results.hits} lang={lang} first={(results.page - 1) * SEARCH_PAGE_SIZE + 1} />
            ) : (
              <>
                <p className="kern-body kern-body--bold">{t(lang, 'searchNoResults')}</p>
                <p className="kern-body">{t(lang, 'searchNoResultsHint')}</p>
              </>
            )}
            <Pagination
              lang={lang}
              label="resultPagination"
              page={results.page}
              pages={results.pages}
              hrefs={results.pageHrefs}
            />
          </section>
          <SearchFacets lang={lang} links={results.links} />
        </div>
      ) : null}
    </main>
  );
}
