import { activityVisibleTo } from '../../../core/access/activity.policy.ts';
import { calendarMonth, isMonth } from '../../../core/activities/activity-calendar.ts';
import { publicOnlyFor } from '../../../core/access/visibility.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import { findActivities } from '../../../db/activities/activities.queries.ts';
import { ActivityLinks } from '../../components/activity-links.tsx';
import { monthName } from '../../lib/activity-format.ts';
import { type PagePolicy } from '../../lib/guard.ts';
import { t } from '../../../text/i18n.ts';
import { calendarHref } from '../../lib/links.ts';
import type { Route } from './+types/activity-calendar.ts';
import { guardedPage } from '../../lib/guarded-page.ts';
import { BackLink } from '../../components/page-notices.tsx';
import { pageTitle } from '../../lib/page-title.ts';

export const handle = { policy: { loader: 'public' } } satisfies { policy: PagePolicy };

export const meta: Route.MetaFunction = ({ loaderData }) =>
  pageTitle(
    loaderData && `${t(loaderData.lang, 'calendarTitle')} ${monthName(loaderData.calendar.month, loaderData.lang)}`,
  );

export async function loader({ context, request }: Route.LoaderArgs) {
  const { info, db, clock, lang } = guardedPage(context, request, 'public');
  const asked = new URL(request.url).searchParams.get('monat');
  const valid = asked !== null && isMonth(asked);
  const month = valid ? asked : clock.today().slice(0, 7);
  const rows = (await findActivities(db, { month, publicOnly: publicOnlyFor(info.actor) }))
    .filter(activityVisibleTo(info.actor))
    .map(({ visibility: _v, organiserId: _o, ...a }) => a)
    .reverse();
  return { lang, calendar: calendarMonth(month, rows), invalid: asked !== null && !valid };
}

/** One month of activities as a list by day, with the previous and next month. */
export default function ActivityCalendar({ loaderData }: Route.ComponentProps) {
  const { lang, calendar: c, invalid } = loaderData;
  const empty = !c.days.length && !c.monthOnly.length && !c.yearOnly.length;
  const year = c.month.slice(0, 4);
  return (
    <main id="main" className="kern-container page">
      <BackLink href={lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}>
        {t(lang, 'backToActivities')}
      </BackLink>
      <h1 className="kern-heading-x-large">
        {t(lang, 'calendarTitle')}: {monthName(c.month, lang)}
      </h1>
      <p className="kern-body">{t(lang, 'calendarIntro')}</p>
      <p className="kern-body">
        <a className="kern-link" href={`/aktivitaeten/kalender/abonnieren${lang === 'en' ? '?lang=en' : ''}`}>
          {t(lang, 'subscribeLink')}
        </a>
      </p>
      {invalid ? (
        <div className="kern-alert kern-alert--warning" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{t(lang, 'invalidMonth')}</p>
          </div>
        </div>
      ) : null}
      <nav aria-label={t(lang, 'monthNav')}>
        <ul className="month-nav">
          <li>
            <a className="kern-link" href={calendarHref(c.previous, lang)} rel="prev">
              ← {t(lang, 'previousMonth')}: {monthName(c.previous, lang)}
            </a>
          </li>
          <li>
            <a className="kern-link" href={calendarHref(c.next, lang)} rel="next">
              {t(lang, 'nextMonth')}: {monthName(c.next, lang)} →
            </a>
          </li>
        </ul>
      </nav>
      {empty ? <p className="kern-body section">{t(lang, 'noActivitiesInMonth')}</p> : null}
      {c.days.map(({ day, items }) => (
        <section key={day} className="section" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`} className="kern-heading-medium">
            <time dateTime={day}>{formatPartialDate(day, lang)}</time>
          </h2>
          <ActivityLinks items={items} lang={lang} />
        </section>
      ))}
      {c.monthOnly.length ? (
        <section className="section" aria-labelledby="month-only">
          <h2 id="month-only" className="kern-heading-medium">
            {monthName(c.month, lang)}: {t(lang, 'inMonthNoDay')}
          </h2>
          <ActivityLinks items={c.monthOnly} lang={lang} />
        </section>
      ) : null}
      {c.yearOnly.length ? (
        <section className="section" aria-labelledby="year-only">
          <h2 id="year-only" className="kern-heading-medium">
            {year}: {t(lang, 'inYear')}
          </h2>
          <ActivityLinks items={c.yearOnly} lang={lang} />
        </section>
      ) : null}
    </main>
  );
}
