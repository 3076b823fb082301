/** What a calendar shows of an activity: a change to any of it raises the event's SEQUENCE (RFC 5545). */
export interface CalendarFields {
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  status: string;
  placeIds: readonly number[];
}

const sameSet = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

/** Whether a change alters what a subscribed calendar shows (dates, title, places, status). */
export const changesCalendar = (before: CalendarFields, after: CalendarFields): boolean =>
  before.title !== after.title ||
  before.startsOn !== after.startsOn ||
  before.endsOn !== after.endsOn ||
  before.status !== after.status ||
  !sameSet(before.placeIds, after.placeIds);
