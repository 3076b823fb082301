import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { activityFeed, eventDays, type FeedActivity, type FeedTexts } from './activity-feed.ts';
import { changesCalendar } from './calendar-changes.ts';

const texts: FeedTexts = {
  calendarName: 'Brückenbauer – Aktivitäten',
  calendarDescription: 'Internationale Aktivitäten',
  kind: (k) => (k === 'delegation_trip' ? 'Delegationsreise' : k),
  status: (s) => s,
  cancelledPrefix: 'Abgesagt',
  organiser: 'Veranstalter',
  partnership: 'Partnerschaft',
  endsOn: 'Ende',
};
const base: FeedActivity = {
  id: 7,
  title: 'Delegationsreise nach Breslau – Hochschulkooperationen in Niederschlesien und Sachsen, Übergabe',
  kind: 'delegation_trip',
  startsOn: '2027-05-12',
  endsOn: '2027-05-13',
  status: 'confirmed',
  visibility: 'public',
  organiser: 'SMWK',
  partnership: 'Niederschlesien',
  places: ['Breslau', 'Niederschlesien'],
  icalSequence: 2,
  createdAt: new Date('2026-01-05T08:00:00Z'),
  updatedAt: new Date('2026-02-01T09:30:00Z'),
};
const feed = (activities: FeedActivity[]) =>
  activityFeed(activities, { host: 'register.example', origin: 'https://register.example', texts });

describe('the activity feed', () => {
  const text = feed([
    base,
    { ...base, id: 8, title: 'Messe', startsOn: '2027-06-01', endsOn: null, status: 'planned', visibility: 'internal' },
    { ...base, id: 9, title: 'Absage', startsOn: '2027-07-01', endsOn: '2027-08', status: 'cancelled' },
    { ...base, id: 10, title: 'Nur Monat', startsOn: '2027-05', endsOn: null },
    { ...base, id: 11, title: 'Nur Jahr', startsOn: '2027', endsOn: null },
    { ...base, id: 12, title: 'Ohne Datum', startsOn: null, endsOn: null },
  ]);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent');
  const event = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid)!;

  it('is RFC 5545 text: CRLF line ends, lines folded at 75 octets, a VTIMEZONE for Europe/Berlin', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/);
    const timezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(timezone.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(
      timezone
        .getAllSubcomponents()
        .map((c) => c.name)
        .sort(),
    ).toEqual(['daylight', 'standard']);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Brueckenbauer');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Brückenbauer – Aktivitäten');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
  });

  it('makes every activity known to the day an all-day event with an exclusive end', () => {
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([
      'activity-7@register.example',
      'activity-8@register.example',
      'activity-9@register.example',
    ]);
    const trip = event('activity-7@register.example');
    const start = trip.getFirstProperty('dtstart')!;
    expect(start.type).toBe('date');
    expect(start.getFirstValue()!.toString()).toBe('2027-05-12');
    expect(trip.getFirstProperty('dtend')!.getFirstValue()!.toString()).toBe('2027-05-14');
    expect(text).toContain('DTSTART;VALUE=DATE:20270512\r\nDTEND;VALUE=DATE:20270514');
    expect(event('activity-8@register.example').getFirstPropertyValue('dtend')!.toString()).toBe('2027-06-02');
  });

  it('carries SEQUENCE, DTSTAMP in UTC, the status, title, place, link and class', () => {
    const trip = event('activity-7@register.example');
    expect(trip.getFirstPropertyValue('sequence')).toBe(2);
    const stamp = trip.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe('2026-02-01T09:30:00.000Z');
    expect(text).toContain('DTSTAMP:20260201T093000Z');
    expect((trip.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2026-02-01T09:30:00.000Z',
    );
    expect(trip.getFirstPropertyValue('summary')).toBe(base.title);
    expect(trip.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(trip.getFirstPropertyValue('location')).toBe('Breslau, Niederschlesien');
    expect(trip.getFirstPropertyValue('url')).toBe('https://register.example/aktivitaeten/7');
    expect(trip.getFirstPropertyValue('class')).toBe('PUBLIC');
    expect(trip.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(trip.getFirstPropertyValue('description')).toContain('Veranstalter: SMWK');
    const fair = event('activity-8@register.example');
    expect(fair.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(fair.getFirstPropertyValue('class')).toBe('PRIVATE');
    const cancelled = event('activity-9@register.example');
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('summary')).toBe('Abgesagt: Absage');
    // An end known only to the month: the event keeps to its first day, the description names the end.
    expect(cancelled.getFirstPropertyValue('dtend')!.toString()).toBe('2027-07-02');
    expect(cancelled.getFirstPropertyValue('description')).toContain('Ende: August 2027');
  });

  it('is a valid calendar without any event', () => {
    const empty = new ICAL.Component(ICAL.parse(feed([])));
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
    expect(empty.getFirstSubcomponent('vtimezone')).not.toBeNull();
  });
});

describe('eventDays', () => {
  it('gives the exclusive end, across months and years', () => {
    expect(eventDays({ startsOn: '2027-12-31', endsOn: null })).toEqual({ start: '2027-12-31', end: '2028-01-01' });
    expect(eventDays({ startsOn: '2028-02-28', endsOn: '2028-02-29' })).toEqual({
      start: '2028-02-28',
      end: '2028-03-01',
    });
    expect(eventDays({ startsOn: '2027-05', endsOn: null })).toBeNull();
  });
});

describe('changesCalendar', () => {
  const before = { title: 'A', startsOn: '2027-05-12', endsOn: null, status: 'planned', placeIds: [1, 2] };
  it('is true for dates, title, places and status, false for anything else', () => {
    expect(changesCalendar(before, { ...before, placeIds: [2, 1] })).toBe(false);
    expect(changesCalendar(before, { ...before, title: 'B' })).toBe(true);
    expect(changesCalendar(before, { ...before, startsOn: '2027-05-13' })).toBe(true);
    expect(changesCalendar(before, { ...before, endsOn: '2027-05-13' })).toBe(true);
    expect(changesCalendar(before, { ...before, status: 'cancelled' })).toBe(true);
    expect(changesCalendar(before, { ...before, placeIds: [1] })).toBe(true);
  });
});
