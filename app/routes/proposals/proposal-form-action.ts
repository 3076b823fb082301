import { data } from 'react-router';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { issueText, type Language } from '../../../text/i18n.ts';

export const PROPOSAL_FIELDS = ['kind', 'title', 'body', 'subject'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];
export type ProposalFormValues = Record<ProposalField, string>;
export const REVIEW_FIELDS = ['decision', 'note'] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** The form's fields as posted. */
export const formFields = <F extends string>(form: FormData, fields: readonly F[]) =>
  Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? '')])) as Record<F, string>;

/** The use-case's refusals, worded for the page and put next to the field they concern. */
export function proposalErrors(issues: FieldIssue[], lang: Language): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.field.split('.')[0]!;
    if (errors[field]) continue;
    errors[field] = issueText(lang, 'proposal', issue);
  }
  return errors;
}

/** Runs a write; refusals become errors per field, a forbidden write 403, an unknown proposal 404. */
export async function attemptProposal<T>(
  work: () => Promise<T>,
  lang: Language,
): Promise<{ ok: true; result: T } | { ok: false; errors: Record<string, string> }> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'INVALID_INPUT' || error.code === 'INVALID_TRANSITION')
      return { ok: false, errors: proposalErrors(error.issues, lang) };
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}
