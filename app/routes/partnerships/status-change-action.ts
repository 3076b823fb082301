import { changePartnershipStatus } from '../../../core/partnerships/change-partnership-status.ts';
import { AppError } from '../../../core/shared/errors.ts';
import { formatPartialDate, isPartialDate } from '../../../core/shared/partial-date.ts';
import { partnershipStatuses, type PartnershipStatus } from '../../../core/shared/vocabulary.ts';
import { withStatusChangeStore } from '../../../db/partnerships/status-change.store.ts';
import { t, type Language } from '../../../text/i18n.ts';
import type { FormPost } from '../../lib/guarded-page.ts';
import type { CitationField, SourceChoice } from '../../../core/sources/cite.ts';
import type { CitationValues } from '../../components/source-citation-field.tsx';
import { citationErrors, citationValues, isSourceSearch, pickerChoices } from '../../lib/source-citation.ts';

export const STATUS_FIELDS = ['to', 'effectiveOn', 'reason'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number] | CitationField;
export type StatusFormErrors = Partial<Record<StatusField, string>>;
export type StatusFormValues = Record<(typeof STATUS_FIELDS)[number], string> & CitationValues;

/** The longest text each field takes (as the API's schema allows). */
const MAX: Record<(typeof STATUS_FIELDS)[number], number> = {
  to: 40,
  effectiveOn: 10,
  reason: 2000,
};
const CONTROL = /[^\P{Cc}\t\n\r]/u;

/** Checks the posted form at the boundary: every field present, plain text, within length, a date of the right form. */
function checkForm(values: StatusFormValues, lang: Language): StatusFormErrors {
  const errors: StatusFormErrors = {};
  for (const field of STATUS_FIELDS) {
    const value = values[field];
    if (!value) errors[field] = field === 'reason' ? t(lang, 'errReason') : t(lang, 'fieldRequired');
    else if (CONTROL.test(value)) errors[field] = t(lang, 'errControl');
    else if (value.length > MAX[field]) errors[field] = t(lang, 'errTooLong');
  }
  if (values.to && !(partnershipStatuses as readonly string[]).includes(values.to))
    errors.to = t(lang, 'errTransition');
  if (values.effectiveOn && !errors.effectiveOn && !isPartialDate(values.effectiveOn))
    errors.effectiveOn = t(lang, 'errDateFormat');
  return errors;
}

/** The use-case's refusals, worded for the page and put next to the form field they concern. */
function errorsFromRefusal(error: AppError, lang: Language): StatusFormErrors {
  const errors: StatusFormErrors = citationErrors(error.issues, lang);
  for (const issue of error.issues) {
    if (issue.field === 'status') errors.to = t(lang, 'errTransition');
    else if (issue.field === 'reason') errors.reason = t(lang, 'errReason');
    else if (issue.field === 'effectiveOn') {
      errors.effectiveOn =
        issue.code === 'future'
          ? t(lang, 'errDateFuture')
          : issue.code === 'beforePrevious' && issue.value
            ? `${t(lang, 'errDateBefore')} ${formatPartialDate(issue.value, lang)}.`
            : t(lang, 'errDateFormat');
    }
  }
  if (Object.keys(errors).length === 0) errors.to = error.message;
  return errors;
}

export type StatusChangeOutcome =
  { ok: true } | { ok: false; values: StatusFormValues; errors: StatusFormErrors; sourceChoices?: SourceChoice[] };

/**
 * Handles the status form: checks it, then changes the status through the use-case in one
 * transaction with the request's actor. Refusals come back as errors per field; nothing is written.
 */
export async function submitStatusChange(
  input: FormPost & {
    ref: string;
  },
): Promise<StatusChangeOutcome> {
  const values = {
    ...(Object.fromEntries(STATUS_FIELDS.map((f) => [f, String(input.form.get(f) ?? '').trim()])) as Record<
      (typeof STATUS_FIELDS)[number],
      string
    >),
    ...citationValues(input.form),
  };
  const sourceChoices = () => pickerChoices(input.db, input.actor, values);
  // The picker's search only narrows the list of documents; nothing is checked or written.
  if (isSourceSearch(input.form)) return { ok: false, values, errors: {}, sourceChoices: await sourceChoices() };
  const errors = checkForm(values, input.lang);
  if (Object.keys(errors).length) return { ok: false, values, errors, sourceChoices: await sourceChoices() };
  try {
    await withStatusChangeStore(input.db, input.clock.now(), (store) =>
      changePartnershipStatus({
        store,
        ref: input.ref,
        actor: input.actor,
        today: input.clock.today(),
        request: {
          to: values.to as PartnershipStatus,
          effectiveOn: values.effectiveOn,
          reason: values.reason,
          source: { documentKey: values.source, locator: values.locator, quote: values.quote },
        },
      }),
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'INVALID_INPUT' || error.code === 'INVALID_TRANSITION'))
      return { ok: false, values, errors: errorsFromRefusal(error, input.lang), sourceChoices: await sourceChoices() };
    throw error;
  }
}
