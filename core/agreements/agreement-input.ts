import { z } from 'zod';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { isPartialDate, parsePartialDate } from '../shared/partial-date.ts';
import { agreementKinds } from '../shared/vocabulary.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons an agreement field is refused, as stable messages the pages translate. */
export const AGREEMENT_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  date: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  unknown: 'names nothing the register knows',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  term: 'must be a whole number of months from 1 to 1200',
  termOrExpiry: 'give either a term or an expiry date, not both',
  needsSigning: 'needs a signing date',
  future: 'must not lie in the future',
  afterSigning: 'must lie after the signing date',
  beforePredecessor: 'must not lie before the signing of the agreement it renews',
  renewedAlready: 'has been renewed already',
  signatory: 'needs both a name and a role',
} as const;
export type AgreementIssue = keyof typeof AGREEMENT_ISSUES;

/** The longest term the register takes (100 years). */
export const MAX_TERM_MONTHS = 1200;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, AGREEMENT_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), AGREEMENT_ISSUES.control);
const optionalText = (max: number) => text(max).transform((v) => v || null);
const partialDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isPartialDate(v), AGREEMENT_ISSUES.date)
  .transform((v) => v || null);
const months = z
  .string()
  .trim()
  .refine((v) => v === '' || (/^\d{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_TERM_MONTHS), {
    message: AGREEMENT_ISSUES.term,
  })
  .transform((v) => (v ? Number(v) : null));

/**
 * An agreement as entered: kind, title, partnership (by key), signing date and place, a term
 * in months or a stated expiry date, and who signed for each side.
 */
export const agreementInputSchema = z.object({
  kind: z.enum(agreementKinds, {
    error: (issue) => (issue.input ? AGREEMENT_ISSUES.vocabulary : AGREEMENT_ISSUES.required),
  }),
  title: text(500).min(1, AGREEMENT_ISSUES.required),
  partnership: optionalText(100).prefault(''),
  signedOn: partialDate.prefault(''),
  signedAt: optionalText(100).prefault(''),
  termMonths: months.prefault(''),
  expiresOn: partialDate.prefault(''),
  saxonySignatory: optionalText(200).prefault(''),
  saxonySignatoryRole: optionalText(300).prefault(''),
  partnerSignatory: optionalText(200).prefault(''),
  partnerSignatoryRole: optionalText(300).prefault(''),
});
/** An agreement as a form or a caller enters it, every value a text; checked by the schema. */
export type AgreementInput = Partial<Record<keyof z.input<typeof agreementInputSchema>, string>>;
export type ParsedAgreementInput = z.output<typeof agreementInputSchema>;

/** Turns refused fields into INVALID_INPUT naming every field and why. */
export function invalidAgreement(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, withCodes(AGREEMENT_ISSUES, issues));
}

const raw = (input: unknown, field: string) => {
  const value = (input as Record<string, unknown> | null)?.[field];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The rules between the fields, checked even when other fields are refused: a term or an
 * expiry (not both); a term needs a signing date; the signing date is not in the future; the
 * expiry lies after the signing; each signatory has a name and a role.
 */
function crossFieldIssues(input: unknown, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const signed = parsePartialDate(raw(input, 'signedOn'));
  const expiry = parsePartialDate(raw(input, 'expiresOn'));
  const term = raw(input, 'termMonths');
  if (term && raw(input, 'expiresOn')) issues.push({ field: 'expiresOn', message: AGREEMENT_ISSUES.termOrExpiry });
  else if (term && !raw(input, 'signedOn'))
    issues.push({ field: 'termMonths', message: AGREEMENT_ISSUES.needsSigning });
  if (signed && signed.first > today) issues.push({ field: 'signedOn', message: AGREEMENT_ISSUES.future });
  // Only an expiry certainly after the signing is taken ("2021" signed, "2021-12" expiring is not).
  if (signed && expiry && expiry.first <= signed.last)
    issues.push({ field: 'expiresOn', message: AGREEMENT_ISSUES.afterSigning });
  for (const side of ['saxony', 'partner'] as const) {
    const name = raw(input, `${side}Signatory`);
    const role = raw(input, `${side}SignatoryRole`);
    if (name && !role) issues.push({ field: `${side}SignatoryRole`, message: AGREEMENT_ISSUES.signatory });
    if (role && !name) issues.push({ field: `${side}Signatory`, message: AGREEMENT_ISSUES.signatory });
  }
  return issues;
}

/** Validates an agreement input against `today`; throws INVALID_INPUT naming each refused field. */
export function parseAgreementInput(input: unknown, today: string): ParsedAgreementInput {
  const parsed = agreementInputSchema.safeParse(input);
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'agreement', message: i.message }));
  const refused = new Set(schemaIssues.map((i) => i.field));
  const issues = [...schemaIssues, ...crossFieldIssues(input, today).filter((i) => !refused.has(i.field))];
  if (issues.length || !parsed.success) throw invalidAgreement(issues);
  return parsed.data;
}
