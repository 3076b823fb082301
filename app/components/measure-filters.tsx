import type { MeasureFilterField } from '../../core/measures/measure-list.ts';
import { t, type Language } from '../lib/i18n.ts';
import { measuresHref } from '../lib/links.ts';
import { SelectField } from './form-fields.tsx';

type Option = { value: string; label: string };

const FILTERS: { field: MeasureFilterField; label: Parameters<typeof t>[1] }[] = [
  { field: 'instrument', label: 'filterInstrument' },
  { field: 'goal', label: 'filterGoal' },
  { field: 'lead', label: 'filterLead' },
  { field: 'status', label: 'status' },
  { field: 'commitment', label: 'filterCommitment' },
  { field: 'stale', label: 'filterStale' },
];

/** The measure list's filters as a plain GET form: the URL holds every choice. Fields without options are left out. */
export function MeasureFilters(props: {
  lang: Language;
  values: Record<MeasureFilterField, string>;
  errors: Partial<Record<MeasureFilterField, string>>;
  options: Partial<Record<MeasureFilterField, Option[]>>;
}) {
  const { lang, values, errors, options } = props;
  const all = { value: '', label: t(lang, 'filterAll') };
  return (
    <form method="get" action="/massnahmen" className="filter-form" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="kern-heading-medium">
        {t(lang, 'measureFiltersHeading')}
      </h2>
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div className="filters">
        {FILTERS.filter(({ field }) => options[field]).map(({ field, label }) => (
          <SelectField
            key={field}
            name={field}
            idPrefix="filter"
            label={t(lang, label)}
            defaultValue={errors[field] ? '' : values[field]}
            error={errors[field]}
            options={[all, ...options[field]!]}
          />
        ))}
      </div>
      <div className="filter-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'applyFilters')}</span>
        </button>
        <a className="kern-link" href={measuresHref(lang)}>
          {t(lang, 'resetFilters')}
        </a>
      </div>
    </form>
  );
}
