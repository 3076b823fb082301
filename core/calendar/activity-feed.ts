import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventClass, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { addDays, format, parseISO } from 'date-fns';
import { formatPartialDate, parsePartialDate } from '../shared/partial-date.ts';
import type { ActivityKind, ActivityStatus, Visibility } from '../shared/vocabulary.ts';
import type { ActivitySummary } from '../activities/activity.types.ts';

/** An activity as a calendar feed shows it. */
export interface FeedActivity extends ActivitySummary {
  visibility: Visibility;
  organiser: string | null;
  partnership: string | null;
  places: string[];
  icalSequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The words of a feed in its language; the caller supplies the vocabulary's labels. */
export interface FeedTexts {
  calendarName: string;
  calendarDescription: string;
  kind(kind: ActivityKind): string;
  status(status: ActivityStatus): string;
  cancelledPrefix: string;
  organiser: string;
  partnership: string;
  endsOn: string;
}

export const TIMEZONE = 'Europe/Berlin';
const STATUS: Record<ActivityStatus, ICalEventStatus> = {
  planned: ICalEventStatus.TENTATIVE,
  confirmed: ICalEventStatus.CONFIRMED,
  done: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
};

const nextDay = (day: string) => format(addDays(parseISO(day), 1), 'yyyy-MM-dd');

/**
 * The days an activity covers in a calendar, as an all-day event with the exclusive end
 * RFC 5545 asks for (12–13 May → DTSTART 0512, DTEND 0514). Only activities known to the
 * day are events: one known only to the month or year (or not dated) is left out, since an
 * event across a whole month would claim days nobody has named. An end known less precisely
 * than the start ends the event on its first day (the description says when it ends).
 */
export function eventDays(a: Pick<FeedActivity, 'startsOn' | 'endsOn'>): { start: string; end: string } | null {
  const start = a.startsOn ? parsePartialDate(a.startsOn) : null;
  if (!start || start.precision !== 'day') return null;
  const end = a.endsOn ? parsePartialDate(a.endsOn) : null;
  const last = end?.precision === 'day' && end.value >= start.value ? end.value : start.value;
  return { start: start.value, end: nextDay(last) };
}

/** RFC 5545 wants CRLF; the time zone library writes LF. */
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '');

/**
 * An iCalendar (RFC 5545) feed of activities that Outlook, Thunderbird and phones subscribe
 * to: one all-day VEVENT per activity known to the day, with a stable UID
 * (activity-<id>@<host>), the SEQUENCE the register raises with every change a calendar
 * shows, DTSTAMP and LAST-MODIFIED from the last change, STATUS TENTATIVE (planned),
 * CONFIRMED (confirmed, done) or CANCELLED, CLASS PRIVATE for anything not public, and the
 * VTIMEZONE of Europe/Berlin. Times are written in UTC (DTSTAMP must be), so the time zone
 * is added as a component rather than as the generator's time zone, which would write
 * DTSTAMP in local time. Lines are folded at 75 octets and end with CRLF.
 */
export function activityFeed(
  activities: readonly FeedActivity[],
  options: { host: string; origin: string; texts: FeedTexts; ttlSeconds?: number },
): string {
  const { texts } = options;
  const calendar = ical({
    name: options.texts.calendarName,
    description: options.texts.calendarDescription,
    prodId: { company: 'Freistaat Sachsen', product: 'Brueckenbauer', language: 'DE' },
    ttl: options.ttlSeconds ?? 3600,
    url: `${options.origin}/aktivitaeten/kalender`,
  });
  calendar.x('X-WR-TIMEZONE', TIMEZONE);
  for (const a of activities) {
    const days = eventDays(a);
    if (!days) continue;
    const url = `${options.origin}/aktivitaeten/${a.id}`;
    const end = a.endsOn ? parsePartialDate(a.endsOn) : null;
    const lines = [
      `${texts.kind(a.kind)} · ${texts.status(a.status)}`,
      a.organiser ? `${texts.organiser}: ${a.organiser}` : null,
      a.partnership ? `${texts.partnership}: ${a.partnership}` : null,
      end && end.precision !== 'day' ? `${texts.endsOn}: ${formatPartialDate(end.value)}` : null,
      url,
    ];
    calendar.createEvent({
      id: `activity-${a.id}@${options.host}`,
      sequence: a.icalSequence,
      stamp: a.updatedAt,
      created: a.createdAt,
      lastModified: a.updatedAt,
      allDay: true,
      start: days.start,
      end: days.end,
      summary: a.status === 'cancelled' ? `${texts.cancelledPrefix}: ${a.title}` : a.title,
      description: lines.filter(Boolean).join('\n'),
      location: a.places.length ? a.places.join(', ') : null,
      url,
      categories: [{ name: texts.kind(a.kind) }],
      status: STATUS[a.status],
      class: a.visibility === 'public' ? ICalEventClass.PUBLIC : ICalEventClass.PRIVATE,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const text = calendar.toString();
  const timezone = crlf(getVtimezoneComponent(TIMEZONE) ?? '');
  // The time zone component goes before the first event (or the end of an empty calendar).
  const at = text.includes('BEGIN:VEVENT') ? text.indexOf('BEGIN:VEVENT') : text.lastIndexOf('END:VCALENDAR');
  return `${text.slice(0, at)}${timezone}\r\n${text.slice(at)}`;
}
