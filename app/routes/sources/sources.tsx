import { canAddSources } from '../../../core/access/source.policy.ts';
import { filterKinds } from '../../../core/sources/source-kinds.ts';
import { parseSourceFilter } from '../../../core/sources/source-list.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { findVisibleSources, visibleSourceYears } from '../../../db/sources/sources.queries.ts';
import { SelectField } from '../../components/form-fields.tsx';
import { type PagePolicy } from '../../lib/guard.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { t, type MessageKey } from '../../../text/i18n.ts';
import { sourceCount } from '../../../text/sources.messages.ts';
import { newSourceHref, sourceHref, sourcesHref } from './source-links.ts';
import type { Route } from './+types/sources.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'sourcesTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, lang } = guardedPage(context, request, 'public');
  const filter = parseSourceFilter(new URL(request.url).searchParams);
  const found = await findVisibleSources(db, info.actor, filter);
  const values = { kind: filter.kind ?? '', year: filter.year ?? '', q: filter.q ?? '' };
  return {
    lang,
    values,
    years: await visibleSourceYears(db, info.actor),
    ...found,
    pageHrefs: Object.fromEntries(
      Array.from({ length: found.pages }, (_, i) => [
        i + 1,
        sourcesHref(lang, { ...values, page: i ? String(i + 1) : '' }),
      ]),
    ) as Record<number, string>,
    mayAdd: canAddSources(info.actor),
  };
}

/** The documents of the library the reader may see, filtered by kind, year and words, 25 to a page. */
export default function Sources({ loaderData }: Route.ComponentProps) {
  const { lang, values, years, rows, total, page, pages, pageHrefs, mayAdd } = loaderData;
  const summary = sourceCount(lang, total);
  const kindLabel = (kind: string) => t(lang, `sourceKind_${kind}` as MessageKey);
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'sourcesTitle')}</h1>
      <p className="kern-body">{t(lang, 'sourcesIntro')}</p>
      {mayAdd ? (
        <p className="page-actions kern-body">
          <a className="kern-btn kern-btn--secondary" href={newSourceHref(lang)}>
            <span className="kern-label">{t(lang, 'addSource')}</span>
          </a>
        </p>
      ) : null}
      <form method="get" action="/quellen" className="filter-form" aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="kern-heading-medium">
          {t(lang, 'sourceFiltersHeading')}
        </h2>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <div className="filters">
          <SelectField
            name="kind"
            idPrefix="filter"
            label={t(lang, 'sourceKindLabel')}
            defaultValue={values.kind}
            options={[
              { value: '', label: t(lang, 'filterAll') },
              ...filterKinds.map((k) => ({ value: k, label: kindLabel(k) })),
            ]}
          />
          <SelectField
            name="year"
            idPrefix="filter"
            label={t(lang, 'sourceYearLabel')}
            defaultValue={values.year}
            options={[{ value: '', label: t(lang, 'filterAll') }, ...years.map((y) => ({ value: y, label: y }))]}
          />
          <div className="kern-form-input">
            <label className="kern-label" htmlFor="filter-q">
              {t(lang, 'sourceWordsLabel')}
            </label>
            <input className="kern-form-input__input" id="filter-q" name="q" type="search" defaultValue={values.q} />
          </div>
        </div>
        <div className="filter-actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t(lang, 'sourceFilterApply')}</span>
          </button>
          <a className="kern-link" href={sourcesHref(lang)}>
            {t(lang, 'sourceFilterReset')}
          </a>
        </div>
      </form>
      <p className="kern-body result-count" id="result-count">
        {summary}
      </p>
      {rows.length ? (
        <div className="table-scroll">
          <table className="kern-table">
            <caption className="visually-hidden">{summary}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">
                  {t(lang, 'sourceTitleColumn')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t(lang, 'sourceKindLabel')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t(lang, 'sourcePublishedColumn')}
                </th>
                <th scope="col" className="kern-table__header">
                  {t(lang, 'sourcePublisherColumn')}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((s) => (
                <tr key={s.key} className="kern-table__row">
                  <td className="kern-table__cell">
                    <a className="kern-link" href={sourceHref(s.key, lang)} lang={s.language}>
                      {s.title}
                    </a>
                  </td>
                  <td className="kern-table__cell">{kindLabel(s.kind)}</td>
                  <td className="kern-table__cell">
                    {s.publishedOn ? formatPartialDate(s.publishedOn, lang) : t(lang, 'sourceUnknown')}
                  </td>
                  <td className="kern-table__cell">{s.publisher ?? t(lang, 'sourceUnknown')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="kern-body">{t(lang, 'noSourcesMatch')}</p>
      )}
      {pages > 1 ? (
        <nav aria-label={t(lang, 'sourcePagesLabel')} className="kern-body">
          <ul className="plain-list month-nav">
            {page > 1 ? (
              <li>
                <a className="kern-link" href={pageHrefs[page - 1]} rel="prev">
                  {t(lang, 'sourcePrevious')}
                </a>
              </li>
            ) : null}
            <li aria-current="page">
              {t(lang, 'sourcePageOf')} {page} / {pages}
            </li>
            {page < pages ? (
              <li>
                <a className="kern-link" href={pageHrefs[page + 1]} rel="next">
                  {t(lang, 'sourceNext')}
                </a>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </main>
  );
}
