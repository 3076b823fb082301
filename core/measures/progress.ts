import { addMonths, format, parseISO } from 'date-fns';
import { berlinDay } from '../shared/clock.ts';
import type { MeasureStatus } from '../shared/vocabulary.ts';

/**
 * The progress a status stands for when the lead ministry states none. `ongoing` is a standing
 * task (Daueraufgabe) being carried out: it never completes, so it counts as three quarters done.
 * `discontinued` has no progress: it is left out of every mean and counted on its own.
 */
export const DEFAULT_PROGRESS = {
  not_started: 0,
  planned: 10,
  in_progress: 50,
  ongoing: 75,
  completed: 100,
  discontinued: null,
} as const satisfies Record<MeasureStatus, number | null>;

/** Statuses after which a measure needs no further update (they never count as stale). */
export const FINAL_STATUSES: readonly MeasureStatus[] = ['completed', 'discontinued'];

/** How long a status may go without an update before the measure needs attention. */
export const STALE_AFTER_MONTHS = 6;

/** What progress rules need of a measure. */
export interface MeasureProgressInput {
  status: MeasureStatus | null;
  /** The percentage the lead ministry stated, if any. */
  progressPercent: number | null;
}

/**
 * A measure's progress: the stated percentage, or the default of its status. `null` when it has
 * no status yet (never 0 %) or is discontinued.
 */
export type Progress = { percent: number; source: 'stated' | 'default' } | null;

export function progressOf(m: MeasureProgressInput): Progress {
  if (m.status === null || m.status === 'discontinued') return null;
  if (m.progressPercent !== null) return { percent: m.progressPercent, source: 'stated' };
  return { percent: DEFAULT_PROGRESS[m.status], source: 'default' };
}

/** The progress of a group of measures, and how many of them it rests on. */
export interface RollUp {
  /** Every measure of the group. */
  measures: number;
  /** Measures whose progress enters the mean: with a status, not discontinued. */
  counted: number;
  /** Measures without a status yet: left out of the mean, never counted as 0 %. */
  withoutStatus: number;
  /** Discontinued measures: left out of the mean, reported on their own. */
  discontinued: number;
  /** Mean progress in percent over the counted measures; null when none is counted. */
  meanPercent: number | null;
}

/** The mean progress of measures with a status; those without one are reported, not counted as 0. */
export function rollUp(list: readonly MeasureProgressInput[]): RollUp {
  let sum = 0;
  let counted = 0;
  let withoutStatus = 0;
  let discontinued = 0;
  for (const m of list) {
    if (m.status === null) withoutStatus += 1;
    else if (m.status === 'discontinued') discontinued += 1;
    else {
      sum += progressOf(m)!.percent;
      counted += 1;
    }
  }
  return { measures: list.length, counted, withoutStatus, discontinued, meanPercent: counted ? sum / counted : null };
}

/**
 * A roll-up per group, in the order of `groups`; a measure in several groups (a measure serving
 * two goals) counts in each. Groups without measures get an empty roll-up.
 */
export function rollUpBy<M extends MeasureProgressInput, K>(
  list: readonly M[],
  groups: readonly K[],
  groupsOf: (m: M) => readonly K[],
): { group: K; rollUp: RollUp }[] {
  const members = new Map<K, M[]>(groups.map((g) => [g, []]));
  for (const m of list) for (const g of groupsOf(m)) members.get(g)?.push(m);
  return groups.map((group) => ({ group, rollUp: rollUp(members.get(group)!) }));
}

/** The first day on which an update counts as recent: today minus six months. */
export const staleCutoff = (today: string): string =>
  format(addMonths(parseISO(today), -STALE_AFTER_MONTHS), 'yyyy-MM-dd');

/**
 * Whether a measure needs a status update: never updated, or last updated before the cutoff
 * (the day in Europe/Berlin counts). Completed and discontinued measures are never stale.
 */
export function isStale(
  m: { status: MeasureStatus | null; statusUpdatedAt: Date | string | null },
  today: string,
): boolean {
  if (m.status !== null && FINAL_STATUSES.includes(m.status)) return false;
  if (m.statusUpdatedAt === null) return true;
  return berlinDay(new Date(m.statusUpdatedAt)) < staleCutoff(today);
}
