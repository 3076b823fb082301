import { stoppedClock } from '../core/shared/clock.ts';

/** Sizes of the generated data set, on top of the seeded register. */
export const scales = {
  S: { activities: 5_000, organisations: 500, documents: 1_000, partnerships: 30, years: 10 },
  M: { activities: 50_000, organisations: 5_000, documents: 10_000, partnerships: 40, years: 15 },
  L: { activities: 1_000_000, organisations: 5_000, documents: 100_000, partnerships: 60, years: 20 },
} as const;
export type Scale = keyof typeof scales;
export const isScale = (s: string): s is Scale => s in scales;

/**
 * The generator's "today": fixed, so a seed gives the same data set on any day. Activities before
 * it are mostly done, after it planned or confirmed.
 */
export const referenceDay = '2026-11-21';
export const referenceYear = Number(referenceDay.slice(0, 4));

/** The register's clock for the benchmark: noon of the reference day in Berlin, on any day it runs. */
export const benchClock = stoppedClock(`${referenceDay}T12:00:00+01:00`);

/** Every generated row carries this prefix in its key. */
export const benchPrefix = 'bench-';

export const pad = (n: number) => String(n).padStart(2, '0');

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whether a partial date lies before the reference day (a year or month is past once it is over). */
export const isPast = (date: string) => date < referenceDay.slice(0, date.length);
