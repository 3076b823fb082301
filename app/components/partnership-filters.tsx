import type { ListField } from '../../core/partnerships/partnership-list.ts';
import { t, type Language } from '../lib/i18n.ts';
import { listHref } from '../lib/links.ts';
import { SelectField } from './form-fields.tsx';

type Option = { value: string; label: string };

export interface FilterFormProps {
  lang: Language;
  values: Record<ListField, string>;
  errors: Partial<Record<ListField, string>>;
  options: Record<Exclude<ListField, 'sort'>, Option[]>;
  sorts: Option[];
}

const FILTERS: { field: Exclude<ListField, 'sort'>; label: Parameters<typeof t>[1] }[] = [
  { field: 'kind', label: 'kind' },
  { field: 'status', label: 'status' },
  { field: 'country', label: 'filterCountry' },
  { field: 'sector', label: 'filterSector' },
  { field: 'lead', label: 'filterLead' },
];

/** The list's filters as a plain GET form: the URL holds every choice and can be shared. */
export function PartnershipFilters({ lang, values, errors, options, sorts }: FilterFormProps) {
  const all = { value: '', label: t(lang, 'filterAll') };
  return (
    <form method="get" action="/partnerschaften" className="filter-form" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="kern-heading-medium">
        {t(lang, 'filtersHeading')}
      </h2>
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div className="filters">
        {FILTERS.map(({ field, label }) => (
          <SelectField
            key={field}
            name={field}
            idPrefix="filter"
            label={t(lang, label)}
            // A refused value is not applied, so the select shows "all" and the message says why.
            defaultValue={errors[field] ? '' : values[field]}
            error={errors[field]}
            options={[all, ...options[field]]}
          />
        ))}
        <SelectField
          name="sort"
          idPrefix="filter"
          label={t(lang, 'sortBy')}
          defaultValue={errors.sort ? 'name' : values.sort || 'name'}
          error={errors.sort}
          options={sorts}
        />
      </div>
      <div className="filter-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'applyFilters')}</span>
        </button>
        <a className="kern-link" href={listHref(lang)}>
          {t(lang, 'resetFilters')}
        </a>
      </div>
    </form>
  );
}
