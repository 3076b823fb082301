import { berlinDay, stoppedClock, type Clock } from '../../core/shared/clock.ts';

/** The day the tests are set on: every test that needs a date sets the clock, none reads the machine's. */
export const TEST_DAY = '2026-11-21';

/** The register's clock in the tests: noon in Berlin on the tests' day. */
export const testClock: Clock = stoppedClock(`${TEST_DAY}T12:00:00+01:00`);

/** A clock a test moves by hand: to see sessions expire, deadlines pass, a day turn in Berlin. */
export interface MovableClock extends Clock {
  set(instant: Date | string): void;
  advance(milliseconds: number): void;
}

export function movableClock(start: Date | string = testClock.now()): MovableClock {
  let at = new Date(start);
  return {
    now: () => new Date(at),
    today: () => berlinDay(at),
    set: (instant) => {
      at = new Date(instant);
    },
    advance: (milliseconds) => {
      at = new Date(at.getTime() + milliseconds);
    },
  };
}
