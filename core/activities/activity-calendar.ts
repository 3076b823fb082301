import { addMonths, format, parseISO } from 'date-fns';
import { parsePartialDate } from '../shared/partial-date.ts';

/** Whether a value names a calendar month, YYYY-MM. */
export const isMonth = (value: string): boolean => /^\d{4}-\d{2}$/.test(value) && parsePartialDate(value) !== null;

/** The month before and after, YYYY-MM. */
export function neighbourMonths(month: string): { previous: string; next: string } {
  const first = parseISO(`${month}-01`);
  return { previous: format(addMonths(first, -1), 'yyyy-MM'), next: format(addMonths(first, 1), 'yyyy-MM') };
}

/**
 * The activities of one month, for a list by day: those known to the day under their day (or,
 * when they began in an earlier month, under the first day), those known only to the month under
 * "in the month", those known only to the year under "in the year".
 */
export function calendarMonth<T extends { startsOn: string | null }>(month: string, activities: readonly T[]) {
  const days = new Map<string, T[]>();
  const monthOnly: T[] = [];
  const yearOnly: T[] = [];
  for (const a of activities) {
    const start = a.startsOn ? parsePartialDate(a.startsOn) : null;
    if (!start) continue;
    if (start.precision === 'year') yearOnly.push(a);
    else if (start.precision === 'month' && start.value === month) monthOnly.push(a);
    else {
      const day = start.first < `${month}-01` ? `${month}-01` : start.first;
      days.set(day, [...(days.get(day) ?? []), a]);
    }
  }
  return {
    month,
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, items]) => ({ day, items })),
    monthOnly,
    yearOnly,
    ...neighbourMonths(month),
  };
}
