import { activityVisibleTo, canRecordActivities } from '../../../core/access/activity.policy.ts';
import {
  ACTIVITY_FILTERS,
  pageOf,
  parseActivityQuery,
  type ActivityFilterField,
} from '../../../core/activities/activity-list.ts';
import { publicOnlyFor } from '../../../core/access/visibility.ts';
import { activityKinds, activityStatuses } from '../../../core/shared/vocabulary.ts';
import { findActivities } from '../../../db/activities/activities.queries.ts';
import { ActivityFilters } from './activity-filters.tsx';
import { ActivityTable } from '../../components/activity-table.tsx';
import { Pagination, pageLinks } from '../../components/pagination.tsx';
import { DownloadLinks } from '../../components/download-links.tsx';
import { visibleChoices } from './activity-loader.ts';
import { downloadHrefs } from '../../lib/download-hrefs.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { label, t } from '../../../text/i18n.ts';
import { calendarHref } from '../../lib/links.ts';
import { invalidFilterMessage } from '../../../text/workbench.messages.ts';
import type { Route } from './+types/activities.ts';
import { guardedPage } from '../../lib/guarded-page.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${t(loaderData?.lang ?? 'de', 'activitiesTitle')} – Brückenbauer` },
];

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const url = new URL(request.url);
  const choices = await visibleChoices(db, info.actor);
  const { filter, issues, page } = parseActivityQuery(url.searchParams, {
    organisers: choices.ministries.map((m) => m.key),
    partnerships: choices.partnerships.map((p) => p.key),
  });
  const rows = (await findActivities(db, { ...filter, publicOnly: publicOnlyFor(info.actor) })).filter(
    activityVisibleTo(info.actor),
  );
  const shown = pageOf(rows, page);
  const values = Object.fromEntries(ACTIVITY_FILTERS.map((f) => [f, url.searchParams.get(f) ?? ''])) as Record<
    ActivityFilterField,
    string
  >;
  const pageHrefs = pageLinks(shown.page, shown.pages, (n) => {
    const params = new URLSearchParams(url.searchParams);
    if (n === 1) params.delete('seite');
    else params.set('seite', String(n));
    return `/aktivitaeten${params.size ? `?${params}` : ''}`;
  });
  return {
    lang,
    values,
    errors: Object.fromEntries(issues.map((i) => [i.field, invalidFilterMessage(lang, i.value)])) as Partial<
      Record<ActivityFilterField, string>
    >,
    options: {
      kind: activityKinds.map((k) => ({ value: k, label: label(lang, 'activityKind', k) })),
      status: activityStatuses.map((s) => ({ value: s, label: label(lang, 'activityStatus', s) })),
      organiser: choices.ministries.map((m) => ({ value: m.key, label: `${m.abbreviation ?? m.key} – ${m.name}` })),
      partnership: choices.partnerships.map((p) => ({ value: p.key, label: lang === 'en' ? p.nameEn : p.name })),
      year: choices.years.map((y) => ({ value: y, label: y })),
    },
    rows: shown.rows.map(({ visibility: _v, organiserId: _o, ...a }) => a),
    total: shown.total,
    page: shown.page,
    pages: shown.pages,
    pageHrefs,
    calendar: calendarHref(filter.year ? `${filter.year}-01` : clock.today().slice(0, 7), lang),
    mayRecord: canRecordActivities(info.actor),
    downloads: downloadHrefs('/aktivitaeten/export', url.searchParams),
  };
}

const countText = (lang: 'de' | 'en', total: number) =>
  lang === 'en'
    ? `${total} ${total === 1 ? 'activity' : 'activities'}`
    : `${total} ${total === 1 ? 'Aktivität' : 'Aktivitäten'}`;

/** The activities the reader may see, filtered by what the URL says, newest first, 50 to a page. */
export default function Activities({ loaderData }: Route.ComponentProps) {
  const { lang, values, errors, options, rows, total, page, pages, pageHrefs, calendar, mayRecord, downloads } =
    loaderData;
  const summary = countText(lang, total);
  return (
    <main id="main" className="kern-container page">
      <h1 className="kern-heading-x-large">{t(lang, 'activitiesTitle')}</h1>
      <p className="kern-body">{t(lang, 'activitiesIntro')}</p>
      <p className="page-actions kern-body">
        <a className="kern-link" href={calendar}>
          {t(lang, 'calendarLink')}
        </a>
        {mayRecord ? (
          <a
            className="kern-btn kern-btn--secondary"
            href={lang === 'en' ? '/aktivitaeten/neu?lang=en' : '/aktivitaeten/neu'}
          >
            <span className="kern-label">{t(lang, 'recordActivity')}</span>
          </a>
        ) : null}
        {mayRecord ? (
          <a className="kern-link" href={lang === 'en' ? '/aktivitaeten/import?lang=en' : '/aktivitaeten/import'}>
            {t(lang, 'importLink')}
          </a>
        ) : null}
      </p>
      <ActivityFilters lang={lang} values={values} errors={errors} options={options} />
      <p className="kern-body result-count" id="result-count">
        {summary}
        {pages > 1 ? ` – ${t(lang, 'pageOf')} ${page} ${t(lang, 'of')} ${pages}` : ''}
      </p>
      {rows.length ? (
        <ActivityTable lang={lang} caption={summary} rows={rows} />
      ) : (
        <p className="kern-body">{t(lang, 'noActivities')}</p>
      )}
      <Pagination lang={lang} label="pagination" page={page} pages={pages} hrefs={pageHrefs} />
      <DownloadLinks lang={lang} hrefs={downloads} />
    </main>
  );
}
