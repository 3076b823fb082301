import type { ActivityFilterField } from '../../core/activities/activity-list.ts';
import { t, type Language } from '../lib/i18n.ts';
import { SelectField } from './form-fields.tsx';

type Option = { value: string; label: string };

const FILTERS: { field: ActivityFilterField; label: Parameters<typeof t>[1] }[] = [
  { field: 'kind', label: 'kind' },
  { field: 'status', label: 'status' },
  { field: 'organiser', label: 'filterOrganiser' },
  { field: 'partnership', label: 'filterPartnership' },
  { field: 'year', label: 'filterYear' },
];

/** The activity list's filters as a plain GET form: the URL holds every choice. */
export function ActivityFilters(props: {
  lang: Language;
  values: Record<ActivityFilterField, string>;
  errors: Partial<Record<ActivityFilterField, string>>;
  options: Record<ActivityFilterField, Option[]>;
}) {
  const { lang, values, errors, options } = props;
  const all = { value: '', label: t(lang, 'filterAll') };
  return (
    <form method="get" action="/aktivitaeten" className="filter-form" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="kern-heading-medium">
        {t(lang, 'activityFiltersHeading')}
      </h2>
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div className="filters">
        {FILTERS.map(({ field, label }) => (
          <SelectField
            key={field}
            name={field}
            idPrefix="filter"
            label={t(lang, label)}
            defaultValue={errors[field] ? '' : values[field]}
            error={errors[field]}
            options={[all, ...options[field]]}
          />
        ))}
      </div>
      <div className="filter-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'applyFilters')}</span>
        </button>
        <a className="kern-link" href={lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}>
          {t(lang, 'resetFilters')}
        </a>
      </div>
    </form>
  );
}
