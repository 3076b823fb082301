import { data } from 'react-router';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { issueText, type Language } from '../../../text/i18n.ts';

/**
 * Where on the page a refusal belongs: a score's value or justification, one criterion's rating,
 * otherwise the field itself (list positions such as "ministries.2" go to the list).
 */
export function formField(field: string): string {
  const parts = field.split('.');
  if (parts[0] === 'scores' && parts.length >= 2) return parts.slice(0, 3).join('.');
  if (parts[0] === 'ratings' && parts.length >= 2) return parts.slice(0, 2).join('.');
  return parts[0]!;
}

/** The use-case's refusals, worded for the page and put next to the field they concern (the first per field). */
export function roundErrors(issues: FieldIssue[], lang: Language): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[formField(issue.field)] ??= issueText(lang, 'round', issue);
  return errors;
}

export type RoundOutcome<T> = { ok: true; result: T } | { ok: false; errors: Record<string, string> };

/**
 * Runs a round use-case for a form: refusals (wrong input, a step the phase does not allow)
 * become errors per field; forbidden answers 403 and not found 404; anything else is thrown on.
 */
export async function attemptRound<T>(work: () => Promise<T>, lang: Language): Promise<RoundOutcome<T>> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'INVALID_INPUT' || error.code === 'INVALID_TRANSITION') {
      const errors = roundErrors(error.issues, lang);
      return { ok: false, errors: Object.keys(errors).length ? errors : { form: error.message } };
    }
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}

/** A text field of a posted form. */
export const text = (form: FormData, name: string): string => String(form.get(name) ?? '');
/** The checked values of a group of checkboxes. */
export const checked = (form: FormData, name: string): string[] => form.getAll(name).map(String);

/** A round key as a URL may carry it; anything else is not found. */
export const loadableKey = (key: string): boolean => /^[a-z0-9][a-z0-9-]{0,79}$/.test(key);
