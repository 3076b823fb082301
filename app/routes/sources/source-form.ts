import { data } from 'react-router';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { issueText, type Language } from '../../../text/i18n.ts';

/** The fields of the form, in the order the error summary lists them. */
export const SOURCE_FIELDS = [
  'file',
  'text',
  'title',
  'publisher',
  'publishedOn',
  'kind',
  'url',
  'language',
  'visibility',
] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];
export type SourceFormValues = Record<Exclude<SourceField, 'file'>, string>;
export type SourceFormErrors = Partial<Record<SourceField, string>>;

/** What the user entered, as the form posts it (the file cannot be shown again). */
export function sourceFormValues(form: FormData): SourceFormValues {
  const value = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    text: value('text'),
    title: value('title'),
    publisher: value('publisher'),
    publishedOn: value('publishedOn'),
    kind: value('kind'),
    url: value('url'),
    language: value('language'),
    visibility: value('visibility'),
  };
}

/** The refusals worded for the page and put next to their field. */
export function sourceErrors(issues: FieldIssue[], lang: Language): SourceFormErrors {
  const errors: SourceFormErrors = {};
  for (const issue of issues) {
    const field = (SOURCE_FIELDS as readonly string[]).includes(issue.field) ? (issue.field as SourceField) : 'file';
    errors[field] ??= issueText(lang, 'source', issue);
  }
  return errors;
}

/** Runs the addition; refusals become errors per field, a forbidden one answers 403. */
export async function attemptSource<T>(
  work: () => Promise<T>,
  lang: Language,
): Promise<{ ok: true; result: T } | { ok: false; errors: SourceFormErrors }> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'INVALID_INPUT') return { ok: false, errors: sourceErrors(error.issues, lang) };
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    throw error;
  }
}
