import type { AgreementFilterField } from '../../core/agreements/agreement-list.ts';
import { agreementsHref } from '../lib/agreement-links.ts';
import { t, type Language } from '../lib/i18n.ts';
import { SelectField } from './form-fields.tsx';

type Option = { value: string; label: string };

const FILTERS: { field: Exclude<AgreementFilterField, 'sort'>; label: Parameters<typeof t>[1] }[] = [
  { field: 'kind', label: 'kind' },
  { field: 'partnership', label: 'agreementPartnership' },
  { field: 'validity', label: 'filterValidity' },
];

/** The agreement list's filters and sort order as a plain GET form: the URL holds every choice. */
export function AgreementFilters(props: {
  lang: Language;
  values: Record<AgreementFilterField, string>;
  errors: Partial<Record<AgreementFilterField, string>>;
  options: Record<AgreementFilterField, Option[]>;
}) {
  const { lang, values, errors, options } = props;
  const all = { value: '', label: t(lang, 'filterAll') };
  return (
    <form method="get" action="/vereinbarungen" className="filter-form" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="kern-heading-medium">
        {t(lang, 'agreementFiltersHeading')}
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
          defaultValue={errors.sort ? 'partnership' : values.sort || 'partnership'}
          error={errors.sort}
          options={options.sort}
        />
      </div>
      <div className="filter-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'applyFilters')}</span>
        </button>
        <a className="kern-link" href={agreementsHref(lang)}>
          {t(lang, 'resetFilters')}
        </a>
      </div>
    </form>
  );
}
