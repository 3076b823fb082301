import { data } from 'react-router';
import type { AgreementIssue } from '../../../core/agreements/agreement-input.ts';
import { AppError, type FieldIssue } from '../../../core/shared/errors.ts';
import { formatPartialDate } from '../../../core/shared/partial-date.ts';
import type { CitationField } from '../../../core/sources/cite.ts';
import { issueText, type Language } from '../../../text/i18n.ts';
import { citationErrors } from '../../lib/source-citation.ts';

export const AGREEMENT_FIELDS = [
  'renews',
  'kind',
  'title',
  'partnership',
  'signedOn',
  'signedAt',
  'termMonths',
  'expiresOn',
  'saxonySignatory',
  'saxonySignatoryRole',
  'partnerSignatory',
  'partnerSignatoryRole',
] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];
export type AgreementFormValues = Record<Exclude<AgreementField, 'renews'>, string>;
export type AgreementFormErrors = Partial<Record<AgreementField | 'document' | CitationField, string>>;

/** What the user typed, as the form posts it. */
export function agreementFormValues(form: FormData): AgreementFormValues {
  return Object.fromEntries(
    AGREEMENT_FIELDS.filter((f) => f !== 'renews').map((f) => [f, String(form.get(f) ?? '')]),
  ) as AgreementFormValues;
}

/** The use-case's refusals, worded for the page and put next to the field they concern. */
export function agreementErrors(
  issues: FieldIssue[],
  lang: Language,
  context: { predecessorSignedOn?: string | null } = {},
): AgreementFormErrors {
  const errors: AgreementFormErrors = citationErrors(issues, lang);
  for (const issue of issues) {
    const field = issue.field.split('.')[0] as AgreementField | 'document' | CitationField;
    if (errors[field]) continue;
    if (field === 'document') {
      errors.document = issueText(lang, 'document', issue);
      continue;
    }
    const text = issueText(lang, 'agreement', issue);
    errors[field] =
      issue.code === ('beforePredecessor' satisfies AgreementIssue) && context.predecessorSignedOn
        ? `${text} ${formatPartialDate(context.predecessorSignedOn, lang)}.`
        : text;
  }
  return errors;
}

/**
 * Runs a write; the use-case's refusals become errors per field. A forbidden write answers 403,
 * an unknown agreement 404; anything else is thrown on.
 */
export async function attemptAgreement<T>(
  work: () => Promise<T>,
  lang: Language,
  context: { predecessorSignedOn?: string | null } = {},
): Promise<{ ok: true; result: T } | { ok: false; errors: AgreementFormErrors }> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === 'INVALID_INPUT') return { ok: false, errors: agreementErrors(error.issues, lang, context) };
    if (error.code === 'FORBIDDEN') throw data(null, { status: 403 });
    if (error.code === 'NOT_FOUND') throw data(null, { status: 404 });
    throw error;
  }
}
