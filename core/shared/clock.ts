/**
 * The register's one clock. Every use-case, store write and page that needs the time gets it
 * from a Clock handed down by the server, the CLI, the benchmark or a test — never from the
 * machine directly — so that "today" and every timestamp written by one action agree, and every
 * test runs the same on any day.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Europe/Berlin as YYYY-MM-DD (the register's calendar). */
  today(): string;
}

const berlinDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Europe/Berlin on which an instant falls, as YYYY-MM-DD (00:30 CET on 1 Jan is 1 Jan, though UTC still has 31 Dec). */
export function berlinDay(instant: Date): string {
  return berlinDate.format(instant);
}

/**
 * A clock stopped at one instant: the time of one action (a request, a command), so that all it
 * reads and writes carries the same moment; in tests, the day the test is set on.
 */
export function stoppedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new RangeError(`"${String(instant)}" is not an instant`);
  return { now: () => new Date(at), today: () => berlinDay(at) };
}

/** Stops a running clock at its current instant: what one action sees from start to end. */
export function stopClock(clock: Clock): Clock {
  return stoppedClock(clock.now());
}
