import type { MeasureFilterField } from '../../../core/measures/measure-list.ts';
import type { Language } from '../../../text/i18n.ts';
import { measuresHref } from '../../lib/links.ts';
import { FilterForm, type Option } from '../../components/filter-form.tsx';

const FILTERS = [
  { field: 'instrument', label: 'filterInstrument' },
  { field: 'goal', label: 'filterGoal' },
  { field: 'lead', label: 'filterLead' },
  { field: 'status', label: 'status' },
  { field: 'commitment', label: 'filterCommitment' },
  { field: 'stale', label: 'filterStale' },
] as const satisfies readonly { field: MeasureFilterField; label: string }[];

/** The measure list's filters as a plain GET form: the URL holds every choice. Fields without options are left out. */
export function MeasureFilters(props: {
  lang: Language;
  values: Record<MeasureFilterField, string>;
  errors: Partial<Record<MeasureFilterField, string>>;
  options: Partial<Record<MeasureFilterField, Option[]>>;
}) {
  return (
    <FilterForm
      {...props}
      action="/massnahmen"
      resetHref={measuresHref(props.lang)}
      heading="measureFiltersHeading"
      filters={FILTERS}
    />
  );
}
