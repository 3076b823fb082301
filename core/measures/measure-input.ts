import { z } from 'zod';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { isPartialDate } from '../shared/partial-date.ts';
import { measureStatuses } from '../shared/vocabulary.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons an input field is refused, as stable messages the pages translate. */
export const MEASURE_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  percent: 'must be a whole number from 0 to 100',
  completedIs100: 'must be 100 (or empty) for a completed measure',
  notStartedIs0: 'must be 0 (or empty) for a measure not started',
  discontinuedNoProgress: 'must be empty for a discontinued measure',
  date: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  future: 'must not lie in the future',
  reachedAlready: 'is reached already',
  unknown: 'names nothing the register knows',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
} as const;
export type MeasureIssue = keyof typeof MEASURE_ISSUES;

/** The longest short update note a status report takes. */
export const NOTE_MAX = 1000;
export const MILESTONE_TITLE_MAX = 300;

const text = (max: number) =>
  z
    .string({ error: MEASURE_ISSUES.required })
    .trim()
    .max(max, MEASURE_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), MEASURE_ISSUES.control);
const required = (max: number) => text(max).min(1, MEASURE_ISSUES.required);
const partialDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isPartialDate(v), MEASURE_ISSUES.date)
  .transform((v) => v || null);
const percent = z
  .string()
  .trim()
  .refine((v) => v === '' || (/^\d{1,3}$/.test(v) && Number(v) <= 100), MEASURE_ISSUES.percent)
  .transform((v) => (v === '' ? null : Number(v)));

/** A status report: the status, optionally a stated percentage, and a short note (required every time). */
export const statusInputSchema = z
  .object({
    status: z.enum(measureStatuses, {
      error: (issue) => (issue.input ? MEASURE_ISSUES.vocabulary : MEASURE_ISSUES.required),
    }),
    progress: percent.prefault(''),
    note: required(NOTE_MAX),
  })
  .superRefine((v, ctx) => {
    const refuse = (message: string) => ctx.addIssue({ code: 'custom', path: ['progress'], message });
    if (v.progress === null) return;
    if (v.status === 'completed' && v.progress !== 100) refuse(MEASURE_ISSUES.completedIs100);
    if (v.status === 'not_started' && v.progress !== 0) refuse(MEASURE_ISSUES.notStartedIs0);
    if (v.status === 'discontinued') refuse(MEASURE_ISSUES.discontinuedNoProgress);
  });

export const milestoneInputSchema = z.object({
  title: required(MILESTONE_TITLE_MAX),
  dueOn: partialDate.prefault(''),
});

export const reachedInputSchema = z.object({
  reachedOn: z
    .string({ error: MEASURE_ISSUES.required })
    .trim()
    .min(1, MEASURE_ISSUES.required)
    .refine(isPartialDate, MEASURE_ISSUES.date),
});

const keys = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,;\n]/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(text(100)).max(50, MEASURE_ISSUES.tooLong));

/** The coordinators' assignment: the lead ministry (empty: none yet) and the goals the measure serves. */
export const assignInputSchema = z.object({
  lead: text(100).prefault(''),
  goals: keys.prefault([]),
});

/** Input as a form or a caller sends it: strings, or lists of strings. */
export type MeasureFormInput = Record<string, string | string[] | undefined>;

/** Turns a refused input into INVALID_INPUT naming every field and why. */
export function invalidInput(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, withCodes(MEASURE_ISSUES, issues));
}

/** Validates an input against a schema; throws INVALID_INPUT naming each refused field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'measure', message: i.message })));
}
