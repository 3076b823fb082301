import type { MeasureDetailView } from '../../../core/measures/measure.presenter.ts';
import { t, type Language } from '../../../text/i18n.ts';
import { ActivityTable } from '../../components/activity-table.tsx';

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
        <ActivityTable rows={activities} lang={lang} caption={t(lang, 'linkedActivitiesHeading')} brief />
      ) : (
        <p className="kern-body">{t(lang, 'noLinkedActivities')}</p>
      )}
    </section>
  );
}
