import { t, type Language } from '../../text/i18n.ts';
import { SelectField } from './form-fields.tsx';

export type Option = { value: string; label: string };
type MessageKey = Parameters<typeof t>[1];

/**
 * A list's filters (and sort order, where it has one) as a plain GET form: the URL holds every
 * choice and can be shared. A refused value is not applied, so its select shows "all" and the
 * message next to it says why. Filters without options are left out.
 */
export function FilterForm<F extends string>(props: {
  lang: Language;
  action: string;
  resetHref: string;
  heading: MessageKey;
  filters: readonly { field: F; label: MessageKey }[];
  values: Partial<Record<F | 'sort', string>>;
  errors: Partial<Record<F | 'sort', string>>;
  options: Partial<Record<F, Option[]>>;
  sort?: { options: Option[]; fallback: string };
}) {
  const { lang, values, errors, options, sort } = props;
  const all = { value: '', label: t(lang, 'filterAll') };
  return (
    <form method="get" action={props.action} className="filter-form" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="kern-heading-medium">
        {t(lang, props.heading)}
      </h2>
      {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
      <div className="filters">
        {props.filters.flatMap(({ field, label }) => {
          const choices = options[field];
          return choices
            ? [
                <SelectField
                  key={field}
                  name={field}
                  idPrefix="filter"
                  label={t(lang, label)}
                  defaultValue={errors[field] ? '' : values[field]}
                  error={errors[field]}
                  options={[all, ...choices]}
                />,
              ]
            : [];
        })}
        {sort ? (
          <SelectField
            name="sort"
            idPrefix="filter"
            label={t(lang, 'sortBy')}
            defaultValue={errors.sort ? sort.fallback : values.sort || sort.fallback}
            error={errors.sort}
            options={sort.options}
          />
        ) : null}
      </div>
      <div className="filter-actions">
        <button type="submit" className="kern-btn kern-btn--primary">
          <span className="kern-label">{t(lang, 'applyFilters')}</span>
        </button>
        <a className="kern-link" href={props.resetHref}>
          {t(lang, 'resetFilters')}
        </a>
      </div>
    </form>
  );
}
