import { z } from 'zod';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { isPartialDate } from '../shared/partial-date.ts';
import { activityKinds, agreementKinds } from '../shared/vocabulary.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons a review field is refused, as stable messages the pages translate. */
export const REVIEW_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  date: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  beforeStart: 'must not lie before the start',
  unknown: 'names nothing the register knows',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  reasonRequired: 'a rejection needs a reason',
  decided: 'has been decided already',
  noPartnership: 'needs a partnership of the register',
  noDate: 'needs a date',
  noOffices: 'the register keeps no offices yet: reject it with a reason, or leave it open',
  nothingToMerge: 'names no recorded fact to merge into',
  notOwnMinistry: 'must be your own ministry',
  future: 'must not lie in the future',
} as const;
export type ReviewIssue = keyof typeof REVIEW_ISSUES;

/** Turns refused fields into INVALID_INPUT naming every field and why. */
export function invalidReview(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, withCodes(REVIEW_ISSUES, issues));
}

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, REVIEW_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), REVIEW_ISSUES.control)
    .transform((v) => v || null);
const partialDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isPartialDate(v), REVIEW_ISSUES.date)
  .transform((v) => v || null);
const optionalOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (values as readonly string[]).includes(v), REVIEW_ISSUES.vocabulary)
    .transform((v) => (v || null) as T[number] | null);

/** The fields a reviewer corrects before accepting; which of them a candidate shows depends on its type. */
export const CANDIDATE_FIELDS = [
  'title',
  'date',
  'endDate',
  'partnership',
  'activityKind',
  'agreementKind',
  'status',
  'organiser',
  'renews',
] as const;

/** A candidate as the reviewer corrects it: dates at their precision, partnership, kind, organiser, title. */
export const candidateEditSchema = z.object({
  title: text(300).prefault(''),
  date: partialDate.prefault(''),
  endDate: partialDate.prefault(''),
  partnership: text(100).prefault(''),
  activityKind: optionalOf(activityKinds).prefault(''),
  agreementKind: optionalOf(agreementKinds).prefault(''),
  status: optionalOf(['suspended', 'active', 'ended'] as const).prefault(''),
  organiser: text(100).prefault(''),
  renews: text(100).prefault(''),
});
/** A candidate edit as a form or a caller enters it, every value a text. */
export type CandidateEdit = Partial<Record<(typeof CANDIDATE_FIELDS)[number], string>>;
export type ParsedCandidateEdit = z.output<typeof candidateEditSchema>;

/** Validates an edit; throws INVALID_INPUT naming each refused field. */
export function parseCandidateEdit(input: unknown): ParsedCandidateEdit {
  const parsed = candidateEditSchema.safeParse(input ?? {});
  const issues: FieldIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'candidate', message: i.message }));
  if (parsed.success && parsed.data.date && parsed.data.endDate && parsed.data.endDate < parsed.data.date)
    issues.push({ field: 'endDate', message: REVIEW_ISSUES.beforeStart });
  if (issues.length || !parsed.success) throw invalidReview(issues);
  return parsed.data;
}

/** A reason for a rejection: required, at most 2,000 characters, no control characters. */
export function parseReason(reason: string | undefined | null): string {
  const value = (reason ?? '').trim();
  if (!value) throw invalidReview([{ field: 'reason', message: REVIEW_ISSUES.reasonRequired }]);
  if (value.length > 2000) throw invalidReview([{ field: 'reason', message: REVIEW_ISSUES.tooLong }]);
  if (hasUnsafeCharacters(value)) throw invalidReview([{ field: 'reason', message: REVIEW_ISSUES.control }]);
  return value;
}

/** Where in its document a passage stands, for the citation: the paragraph (blocks between blank lines). */
export function locatorOf(content: string, at: number): string {
  const before = content.slice(0, Math.max(0, Math.min(at, content.length))).trimStart();
  return `Absatz ${(before.match(/\n[^\S\n]*\n\s*/g)?.length ?? 0) + 1}`;
}
