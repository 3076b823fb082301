import type { ActivityFilterField } from '../../../core/activities/activity-list.ts';
import type { Language } from '../../../text/i18n.ts';
import { FilterForm, type Option } from '../../components/filter-form.tsx';

const FILTERS = [
  { field: 'kind', label: 'kind' },
  { field: 'status', label: 'status' },
  { field: 'organiser', label: 'filterOrganiser' },
  { field: 'partnership', label: 'filterPartnership' },
  { field: 'year', label: 'filterYear' },
] as const satisfies readonly { field: ActivityFilterField; label: string }[];

/** The activity list's filters as a plain GET form: the URL holds every choice. */
export function ActivityFilters(props: {
  lang: Language;
  values: Record<ActivityFilterField, string>;
  errors: Partial<Record<ActivityFilterField, string>>;
  options: Record<ActivityFilterField, Option[]>;
}) {
  return (
    <FilterForm
      {...props}
      action="/aktivitaeten"
      resetHref={props.lang === 'en' ? '/aktivitaeten?lang=en' : '/aktivitaeten'}
      heading="activityFiltersHeading"
      filters={FILTERS}
    />
  );
}
