import { z } from 'zod';
import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { isPartialDate } from '../shared/partial-date.ts';
import { activityKinds, activityStatuses, visibilities } from '../shared/vocabulary.ts';
import { parseEuroCents } from '../shared/amount.ts';
import { hasUnsafeCharacters } from '../shared/plain-text.ts';

/** The reasons an input field is refused, as stable messages the pages translate. */
export const ACTIVITY_ISSUES = {
  required: 'is required',
  vocabulary: 'is not a value of the vocabulary',
  date: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  beforeStart: 'must not lie before the start',
  endWithoutStart: 'needs a start',
  amount: 'must be an amount in euros ≥ 0, e.g. 12.500,00',
  unknown: 'names nothing the register knows',
  notOwnMinistry: 'must be your own ministry',
  tooLong: 'is too long',
  control: 'must not contain control or invisible characters (such as direction overrides)',
  groupKind: 'is only for working group meetings',
  groupPartnership: 'must be a working group of the chosen partnership',
} as const;
export type ActivityIssue = keyof typeof ACTIVITY_ISSUES;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, ACTIVITY_ISSUES.tooLong)
    .refine((v) => !hasUnsafeCharacters(v), ACTIVITY_ISSUES.control);
const optionalText = (max: number) => text(max).transform((v) => v || null);
const partialDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isPartialDate(v), ACTIVITY_ISSUES.date)
  .transform((v) => v || null);
const euros = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (!v) return null;
    const cents = parseEuroCents(v);
    if (cents === null) ctx.addIssue({ code: 'custom', message: ACTIVITY_ISSUES.amount });
    return cents;
  });
const refs = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(/[,;\n]/)).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(text(100)).max(100, ACTIVITY_ISSUES.tooLong));
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input ? ACTIVITY_ISSUES.vocabulary : ACTIVITY_ISSUES.required) });

/** Every field of an activity input, in the order forms and files show them. */
export const ACTIVITY_INPUT_FIELDS = [
  'kind',
  'title',
  'description',
  'startsOn',
  'endsOn',
  'organiser',
  'partnership',
  'workingGroup',
  'places',
  'participants',
  'sectors',
  'instruments',
  'goals',
  'measures',
  'status',
  'visibility',
  'budgetPlanned',
  'budgetActual',
  'outcome',
] as const;

/**
 * An activity as entered: texts, dates at their precision, budgets in euros with a decimal
 * comma (stored in cents), organiser, partnership, working group, places, participants, sectors
 * and the strategy's instruments, goals and measures it serves, by key.
 */
export const activityInputSchema = z.object({
  kind: oneOf(activityKinds),
  title: text(300).min(1, ACTIVITY_ISSUES.required),
  description: optionalText(10_000).prefault(''),
  startsOn: partialDate.prefault(''),
  endsOn: partialDate.prefault(''),
  organiser: optionalText(100).prefault(''),
  partnership: optionalText(100).prefault(''),
  workingGroup: optionalText(100).prefault(''),
  places: refs.prefault([]),
  participants: refs.prefault([]),
  sectors: refs.prefault([]),
  instruments: refs.prefault([]),
  goals: refs.prefault([]),
  measures: refs.prefault([]),
  status: oneOf(activityStatuses),
  visibility: oneOf(visibilities),
  budgetPlanned: euros.prefault(''),
  budgetActual: euros.prefault(''),
  outcome: optionalText(10_000).prefault(''),
});
/** An activity as a form or a caller enters it: texts, and lists or comma-separated keys; checked by the schema. */
export type ActivityInput = Partial<Record<keyof z.input<typeof activityInputSchema>, string | string[]>>;
export type ParsedActivityInput = z.output<typeof activityInputSchema>;

// Every schema field is listed above, and nothing else.
type Listed = (typeof ACTIVITY_INPUT_FIELDS)[number];
type SchemaField = keyof z.input<typeof activityInputSchema>;
export const fieldsListed: [Exclude<SchemaField, Listed>, Exclude<Listed, SchemaField>] extends [never, never]
  ? true
  : never = true;

/** Turns a refused input into INVALID_INPUT naming every field and why. */
export function invalidInput(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('INVALID_INPUT', `${first.field}: ${first.message}`, withCodes(ACTIVITY_ISSUES, issues));
}

/** The end must not lie before the start, and needs one (checked even when other fields are refused). */
function dateOrderIssues(input: unknown): { field: string; message: string }[] {
  const raw = (input ?? {}) as Record<string, unknown>;
  const start = typeof raw.startsOn === 'string' ? raw.startsOn.trim() : '';
  const end = typeof raw.endsOn === 'string' ? raw.endsOn.trim() : '';
  if (!end || !isPartialDate(end)) return [];
  if (!start) return [{ field: 'endsOn', message: ACTIVITY_ISSUES.endWithoutStart }];
  if (isPartialDate(start) && end < start) return [{ field: 'endsOn', message: ACTIVITY_ISSUES.beforeStart }];
  return [];
}

/**
 * Reads an activity input without throwing: every field that is valid on its own (so that
 * its references can be looked up in the same pass), and the issues of the others.
 */
export function readActivityInput(input: unknown): {
  fields: Partial<ParsedActivityInput>;
  issues: FieldIssue[];
} {
  const parsed = activityInputSchema.safeParse(input);
  const issues = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'activity', message: i.message }))),
    ...dateOrderIssues(input),
  ];
  if (parsed.success) return { fields: parsed.data, issues };
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const fields = Object.fromEntries(
    ACTIVITY_INPUT_FIELDS.flatMap((field) => {
      const one = activityInputSchema.shape[field].safeParse(raw[field]);
      return one.success ? [[field, one.data]] : [];
    }),
  ) as Partial<ParsedActivityInput>;
  return { fields, issues: issues.length ? issues : [{ field: 'activity', message: ACTIVITY_ISSUES.required }] };
}

/** Validates an activity input; throws INVALID_INPUT naming each refused field. */
export function parseActivityInput(input: unknown): ParsedActivityInput {
  const { fields, issues } = readActivityInput(input);
  if (issues.length) throw invalidInput(issues);
  return fields as ParsedActivityInput;
}
