import { ACTIVITY_INPUT_FIELDS, parseActivityInput } from '../../../core/activities/activity-input.ts';
import type { ActivityData } from '../../../core/activities/activity.types.ts';
import { centsToEuroText } from '../../../core/activities/money.ts';
import { readEuroAmount } from '../../../core/shared/amount.ts';
import { withFlag } from '../../lib/links.ts';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { issueText, t, type Language } from '../../../text/i18n.ts';
import { citationErrors } from '../../lib/source-citation.ts';

/** The fields of the activity form: every field of an activity input. */
export const ACTIVITY_FIELDS = ACTIVITY_INPUT_FIELDS;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
/** The fields the form shows as groups of checkboxes. */
export const CHECKBOX_FIELDS = ['sectors', 'instruments', 'goals'] as const;
export type CheckboxField = (typeof CHECKBOX_FIELDS)[number];
const isCheckboxField = (f: ActivityField): f is CheckboxField => (CHECKBOX_FIELDS as readonly string[]).includes(f);

export type ActivityFormValues = Record<Exclude<ActivityField, CheckboxField>, string> &
  Record<CheckboxField, string[]>;
export type ActivityFormErrors = Partial<Record<ActivityField, string>>;

/** What the user typed, as the form posts it (sectors, instruments and goals are checkboxes). */
export function formValues(form: FormData): ActivityFormValues {
  return Object.fromEntries(
    ACTIVITY_FIELDS.map((f) => [f, isCheckboxField(f) ? form.getAll(f).map(String) : String(form.get(f) ?? '')]),
  ) as ActivityFormValues;
}

/** A stored activity as the form shows it: keys, dates as stored, euros with a decimal comma. */
export function valuesOf(a: ActivityData): ActivityFormValues {
  return {
    kind: a.kind,
    title: a.title,
    description: a.description ?? '',
    startsOn: a.startsOn ?? '',
    endsOn: a.endsOn ?? '',
    organiser: a.organiser ?? '',
    partnership: a.partnership ?? '',
    workingGroup: a.workingGroup ?? '',
    places: a.places.join(', '),
    participants: a.participants.join(', '),
    sectors: a.sectors,
    instruments: a.instruments,
    goals: a.goals,
    measures: a.measures.join(', '),
    status: a.status,
    visibility: a.visibility,
    budgetPlanned: centsToEuroText(a.budgetPlannedCents),
    budgetActual: centsToEuroText(a.budgetActualCents),
    outcome: a.outcome ?? '',
  };
}

/** The use-case's refusals, worded for the page and put next to the field they concern. */
export function errorsFromIssues(issues: FieldIssue[], lang: Language): Record<string, string> {
  const errors: Record<string, string> = { ...citationErrors(issues, lang) };
  for (const issue of issues) {
    const field = issue.field.split('.')[0]!;
    if (errors[field]) continue;
    errors[field] = issueText(lang, 'activity', issue);
  }
  return errors;
}

const AMOUNT_FIELDS = ['budgetPlanned', 'budgetActual'] as const;
const readingParam = (field: (typeof AMOUNT_FIELDS)[number]) => `gelesen-${field}`;

/**
 * The saved activity's page with its confirmation, carrying each amount that was written
 * other than "12.500,50", so the page can say how it was read.
 */
export function savedHref(href: string, values: ActivityFormValues): string {
  const params = new URLSearchParams();
  for (const field of AMOUNT_FIELDS)
    if (readEuroAmount(values[field])?.readOtherwise) params.set(readingParam(field), values[field].trim());
  const flagged = withFlag(href, 'gespeichert');
  return params.size ? `${flagged}&${params.toString()}` : flagged;
}

/** The amounts the confirmation names: as written, and as stored (only where the two agree). */
export function amountReadings(
  search: URLSearchParams,
  stored: { budgetPlannedCents: number | null; budgetActualCents: number | null },
): { field: (typeof AMOUNT_FIELDS)[number]; written: string; cents: number }[] {
  return AMOUNT_FIELDS.flatMap((field) => {
    const written = search.get(readingParam(field)) ?? '';
    const cents = stored[`${field}Cents`];
    return written && cents !== null && readEuroAmount(written)?.cents === cents ? [{ field, written, cents }] : [];
  });
}

/** A forbidden write, answered with the page and status 403. */
export const isForbidden = (error: unknown): boolean => error instanceof AppError && error.code === 'FORBIDDEN';

/**
 * Runs a write after checking the form at the boundary (a malformed form is refused with 400
 * before anything else runs); the use-case's refusals become errors per field; anything
 * else (not found, forbidden, failures) is thrown on.
 */
export async function attempt<T>(
  values: ActivityFormValues | null,
  work: () => Promise<T>,
  lang: Language,
): Promise<{ ok: true; result: T } | { ok: false; errors: Record<string, string> }> {
  try {
    if (values) parseActivityInput(values);
    return { ok: true, result: await work() };
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT')
      return { ok: false, errors: errorsFromIssues(error.issues, lang) };
    if (error instanceof AppError && error.code === 'INVALID_TRANSITION')
      return { ok: false, errors: { reason: t(lang, 'aErr_cancelled') } };
    throw error;
  }
}

/** An empty activity form, with the values a page fills in beforehand (a proposal's title, a partnership). */
export function blankActivityForm(values: Partial<ActivityFormValues>): ActivityFormValues {
  return {
    kind: '',
    title: '',
    description: '',
    startsOn: '',
    endsOn: '',
    organiser: '',
    partnership: '',
    workingGroup: '',
    places: '',
    participants: '',
    sectors: [],
    instruments: [],
    goals: [],
    measures: '',
    status: 'planned',
    visibility: 'internal',
    budgetPlanned: '',
    budgetActual: '',
    outcome: '',
    ...values,
  };
}
