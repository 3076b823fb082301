import type { AgreementFilterField } from '../../../core/agreements/agreement-list.ts';
import { agreementsHref } from '../../lib/agreement-links.ts';
import type { Language } from '../../../text/i18n.ts';
import { FilterForm, type Option } from '../../components/filter-form.tsx';

const FILTERS = [
  { field: 'kind', label: 'kind' },
  { field: 'partnership', label: 'agreementPartnership' },
  { field: 'validity', label: 'filterValidity' },
] as const satisfies readonly { field: Exclude<AgreementFilterField, 'sort'>; label: string }[];

/** The agreement list's filters and sort order as a plain GET form: the URL holds every choice. */
export function AgreementFilters(props: {
  lang: Language;
  values: Record<AgreementFilterField, string>;
  errors: Partial<Record<AgreementFilterField, string>>;
  options: Record<AgreementFilterField, Option[]>;
}) {
  return (
    <FilterForm
      {...props}
      action="/vereinbarungen"
      resetHref={agreementsHref(props.lang)}
      heading="agreementFiltersHeading"
      filters={FILTERS}
      sort={{ options: props.options.sort, fallback: 'partnership' }}
    />
  );
}
