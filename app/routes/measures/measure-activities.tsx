import type { MeasureDetailView } from '../../../core/measures/measure.presenter.ts';
import { activityDates } from '../../lib/activity-format.ts';
import { label, t, type Language } from '../../../text/i18n.ts';
import { activityHref } from '../../lib/links.ts';
import { ScrollTable } from '../../components/scroll-table.tsx';

/** The activities linked to the measure that the reader may see, newest first. */
export function MeasureActivities({
  lang,
  activities,
}: {
  lang: Language;
  activities: MeasureDetailView['activities'];
}) {
  return (
    <section className="section" aria-labelledby="measure-activities">
      <h2 id="measure-activities" className="kern-heading-large">
        {t(lang, 'linkedActivitiesHeading')}
      </h2>
      {activities.length ? (
        <ScrollTable
          lang={lang}
          caption={t(lang, 'linkedActivitiesHeading')}
          columns={['title', 'dates', 'kind', 'status']}
        >
          {activities.map((a) => (
            <tr key={a.id} className="kern-table__row">
              <th scope="row" className="kern-table__header">
                <a className="kern-link" href={activityHref(a.id, lang)} lang="de">
                  {a.title}
                </a>
              </th>
              <td className="kern-table__cell">{activityDates(a, lang)}</td>
              <td className="kern-table__cell">{label(lang, 'activityKind', a.kind)}</td>
              <td className="kern-table__cell">{label(lang, 'activityStatus', a.status)}</td>
            </tr>
          ))}
        </ScrollTable>
      ) : (
        <p className="kern-body">{t(lang, 'noLinkedActivities')}</p>
      )}
    </section>
  );
}
