import { describe, expect, it } from 'vitest';
import { berlinDay, stopClock, stoppedClock } from './clock.ts';

describe('the clock', () => {
  it('takes the day in Berlin, not in UTC, on both sides of midnight', () => {
    // 1 January 2028, 00:30 in Berlin (CET, UTC+1): UTC still has 31 December 2027.
    expect(berlinDay(new Date('2027-12-31T23:30:00Z'))).toBe('2028-01-01');
    expect(berlinDay(new Date('2027-12-31T22:59:59Z'))).toBe('2027-12-31');
    expect(berlinDay(new Date('2027-12-31T23:00:00Z'))).toBe('2028-01-01');
  });

  it('follows summer time: midnight in Berlin is 22:00 UTC in summer and 23:00 UTC in winter', () => {
    // Summer time begins on 28 March 2027 (02:00 CET → 03:00 CEST) and ends on 31 October 2027.
    expect(berlinDay(new Date('2027-03-27T22:59:59Z'))).toBe('2027-03-27');
    expect(berlinDay(new Date('2027-03-27T23:00:00Z'))).toBe('2027-03-28');
    expect(berlinDay(new Date('2027-03-28T21:59:59Z'))).toBe('2027-03-28');
    expect(berlinDay(new Date('2027-03-28T22:00:00Z'))).toBe('2027-03-29');
    expect(berlinDay(new Date('2027-10-30T21:59:59Z'))).toBe('2027-10-30');
    expect(berlinDay(new Date('2027-10-30T22:00:00Z'))).toBe('2027-10-31');
    expect(berlinDay(new Date('2027-10-31T22:59:59Z'))).toBe('2027-10-31');
    expect(berlinDay(new Date('2027-10-31T23:00:00Z'))).toBe('2027-11-01');
  });

  it('keeps a stopped clock at its instant, and gives out copies that cannot move it', () => {
    const clock = stoppedClock('2029-02-28T12:00:00+01:00');
    const first = clock.now();
    first.setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2029-02-28T11:00:00.000Z');
    expect(clock.today()).toBe('2029-02-28');
    expect(stopClock(clock).today()).toBe('2029-02-28');
  });

  it('refuses an instant that is none', () => {
    expect(() => stoppedClock('gestern')).toThrow(RangeError);
  });
});
