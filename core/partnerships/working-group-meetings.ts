import { format, parseISO, subMonths } from 'date-fns';
import type { ActivityStatus } from '../shared/vocabulary.ts';
import { parsePartialDate } from '../shared/partial-date.ts';

/** How long a working group may go without meeting before it needs attention. */
export const MEETING_INTERVAL_MONTHS = 12;

export interface Meeting {
  startsOn: string | null;
  status: ActivityStatus;
}

/** The first day a meeting counts as recent: today minus twelve months. */
export const meetingCutoff = (today: string): string =>
  format(subMonths(parseISO(today), MEETING_INTERVAL_MONTHS), 'yyyy-MM-dd');

/**
 * The last day on which the group met: cancelled and undated meetings do not count, nor do
 * future ones; a meeting known only to the month or year counts with its last possible day, so a
 * group is never flagged because of how precisely its meeting was recorded.
 */
export function lastMeetingDay(meetings: readonly Meeting[], today: string): string | null {
  let last: string | null = null;
  for (const m of meetings) {
    if (!m.startsOn || m.status === 'cancelled') continue;
    const parsed = parsePartialDate(m.startsOn);
    if (!parsed || parsed.first > today) continue;
    const day = parsed.last > today ? today : parsed.last;
    if (!last || day > last) last = day;
  }
  return last;
}

/** Whether a group with these meetings has not met within the last 12 months (or never). */
export function meetingOverdue(meetings: readonly Meeting[], today: string): boolean {
  const last = lastMeetingDay(meetings, today);
  return last === null || last < meetingCutoff(today);
}
