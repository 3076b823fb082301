import { describe, expect, it } from 'vitest';
import { lastMeetingDay, meetingOverdue } from './working-group-meetings.ts';

const today = '2026-11-21';

describe('working group meetings', () => {
  it('flags a group that never met, and one whose last meeting is more than 12 months ago', () => {
    expect(meetingOverdue([], today)).toBe(true);
    expect(meetingOverdue([{ startsOn: '2025-11-20', status: 'done' }], today)).toBe(true);
    expect(meetingOverdue([{ startsOn: '2025-11-21', status: 'done' }], today)).toBe(false);
  });

  it('does not count cancelled, undated or future meetings', () => {
    const meetings = [
      { startsOn: '2026-10-01', status: 'cancelled' as const },
      { startsOn: null, status: 'done' as const },
      { startsOn: '2027-01-10', status: 'confirmed' as const },
    ];
    expect(lastMeetingDay(meetings, today)).toBeNull();
    expect(meetingOverdue(meetings, today)).toBe(true);
    // A past meeting still marked as planned counts: the group is not flagged for a missing update.
    expect(lastMeetingDay([{ startsOn: '2026-09-01', status: 'planned' }], today)).toBe('2026-09-01');
  });

  it('gives a meeting known only to the month or year its last possible day, but never a day after today', () => {
    expect(lastMeetingDay([{ startsOn: '2025-11', status: 'done' }], today)).toBe('2025-11-30');
    expect(meetingOverdue([{ startsOn: '2025-11', status: 'done' }], today)).toBe(false);
    expect(lastMeetingDay([{ startsOn: '2026', status: 'done' }], today)).toBe(today);
    expect(lastMeetingDay([{ startsOn: '2024', status: 'confirmed' }], today)).toBe('2024-12-31');
  });
});
