import { parsePartialDate } from '../shared/partial-date.ts';

/** The earliest day an activity is taken without a question: the register covers the time since 1990. */
export const EARLIEST_UNQUESTIONED = '1990-01-01';
/** How many years ahead an activity is taken without a question. */
export const YEARS_AHEAD = 5;

/** Something about an activity worth a second look before it is saved (never a refusal). */
export type ActivityDoubt =
  | { type: 'servesNothing' }
  | { type: 'dateEarly'; field: 'startsOn' | 'endsOn'; value: string }
  | { type: 'dateFar'; field: 'startsOn' | 'endsOn'; value: string };

/**
 * What to ask the user once before saving: an activity that serves no instrument, goal or
 * measure of the strategy, and a date before 1990 or more than five years after today (both
 * are usually typing mistakes: "1899", "2205"). Dates that cannot be read are the input
 * check's business, not a doubt.
 */
export function activityDoubts(
  input: { startsOn: string | null; endsOn: string | null; instruments: string[]; goals: string[]; measures: string[] },
  today: string,
): ActivityDoubt[] {
  const doubts: ActivityDoubt[] = [];
  if (!input.instruments.length && !input.goals.length && !input.measures.length)
    doubts.push({ type: 'servesNothing' });
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(4)];
  const latest = `${year + YEARS_AHEAD}${rest === '-02-29' ? '-02-28' : rest}`;
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = input[field];
    const date = value ? parsePartialDate(value) : null;
    if (!value || !date) continue;
    if (date.last < EARLIEST_UNQUESTIONED) doubts.push({ type: 'dateEarly', field, value });
    else if (date.first > latest) doubts.push({ type: 'dateFar', field, value });
  }
  return doubts;
}
