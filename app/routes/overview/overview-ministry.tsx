import type { OverviewView } from '../../../core/overview/overview.ts';
import { measureStatuses } from '../../../core/shared/vocabulary.ts';
import { t, type Language, type MessageKey } from '../../../text/i18n.ts';
import { measuresHref } from '../../lib/links.ts';
import { measureStatusLabel } from '../../../text/measures.messages.ts';
import { ActivityTable } from '../../components/activity-table.tsx';

type Focus = NonNullable<OverviewView['focus']>;

function DueTable(props: { lang: Language; title: MessageKey; list: Focus['upcomingActivities'] }) {
  const { lang, list } = props;
  const caption = t(lang, props.title);
  return (
    <>
      <h3 className="kern-heading-medium">
        {caption} <span className="attention-count">({list.length})</span>
      </h3>
      {list.length ? (
        <ActivityTable rows={list} lang={lang} caption={caption} brief />
      ) : (
        <p className="kern-body">{t(lang, 'nothingOpen')}</p>
      )}
    </>
  );
}

/** A ministry's own part of the overview: the measures it leads by status, and its dates (outcome due, coming up). */
export function OverviewMinistry({ lang, focus }: { lang: Language; focus: Focus }) {
  const { measures } = focus;
  const activities = `/aktivitaeten?${new URLSearchParams({ organiser: focus.key, ...(lang === 'en' ? { lang } : {}) })}`;
  return (
    <>
      <section className="section" aria-labelledby="own-measures">
        <h2 id="own-measures" className="kern-heading-large">
          {t(lang, 'ownMeasures')} <span className="attention-count">({measures.total})</span>
        </h2>
        <ul className="plain-list">
          {[...measureStatuses, 'none' as const]
            .filter((s) => measures.byStatus[s] > 0)
            .map((s) => (
              <li key={s} className="kern-body">
                <a className="kern-link" href={measuresHref(lang, { lead: focus.key, status: s })}>
                  {measureStatusLabel(lang, s)}
                </a>
                : {measures.byStatus[s]}
              </li>
            ))}
        </ul>
        <p className="kern-body">
          <a className="kern-link" href={measuresHref(lang, { lead: focus.key })}>
            {t(lang, 'ownMeasuresAll')} ({measures.total})
          </a>
        </p>
      </section>
      <section className="section" aria-labelledby="own-dates">
        <h2 id="own-dates" className="kern-heading-large">
          {t(lang, 'ownDates')}
        </h2>
        <p className="kern-body">{t(lang, 'ownDatesNote')}</p>
        <DueTable lang={lang} title="ownOutcomeDue" list={focus.overdueActivities} />
        <DueTable lang={lang} title="ownUpcoming" list={focus.upcomingActivities} />
        <p className="kern-body">
          <a className="kern-link" href={activities}>
            {t(lang, 'ownActivitiesAll')}
          </a>
        </p>
      </section>
    </>
  );
}
