import type { ListField } from '../../../core/partnerships/partnership-list.ts';
import type { Language } from '../../../text/i18n.ts';
import { listHref } from '../../lib/links.ts';
import { FilterForm, type Option } from '../../components/filter-form.tsx';

interface FilterFormProps {
  lang: Language;
  values: Record<ListField, string>;
  errors: Partial<Record<ListField, string>>;
  options: Record<Exclude<ListField, 'sort'>, Option[]>;
  sorts: Option[];
}

const FILTERS = [
  { field: 'kind', label: 'kind' },
  { field: 'status', label: 'status' },
  { field: 'country', label: 'filterCountry' },
  { field: 'sector', label: 'filterSector' },
  { field: 'lead', label: 'filterLead' },
] as const satisfies readonly { field: Exclude<ListField, 'sort'>; label: string }[];

/** The list's filters as a plain GET form: the URL holds every choice and can be shared. */
export function PartnershipFilters({ lang, values, errors, options, sorts }: FilterFormProps) {
  return (
    <FilterForm
      lang={lang}
      values={values}
      errors={errors}
      options={options}
      action="/partnerschaften"
      resetHref={listHref(lang)}
      heading="filtersHeading"
      filters={FILTERS}
      sort={{ options: sorts, fallback: 'name' }}
    />
  );
}
