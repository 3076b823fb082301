import { commitmentLevels, measureStatuses, type CommitmentLevel, type MeasureStatus } from '../shared/vocabulary.ts';
import { isStale, rollUp, rollUpBy } from './progress.ts';
import type { MeasureRecord } from './measure.types.ts';

/** The filters of the measure list, as the URL holds them. `none` stands for "not yet assigned". */
export interface MeasureFilter {
  instrument?: string | undefined;
  goal?: string | undefined;
  /** Key of the lead ministry, or `none`. */
  lead?: string | undefined;
  /** A status, or `none` (no status yet). */
  status?: MeasureStatus | 'none' | undefined;
  commitment?: CommitmentLevel | undefined;
  /** Only measures without a status update in six months (internal users only). */
  stale?: boolean | undefined;
}
export const MEASURE_FILTERS = ['instrument', 'goal', 'lead', 'status', 'commitment', 'stale'] as const;
export type MeasureFilterField = (typeof MEASURE_FILTERS)[number];

/**
 * Reads the filters from the URL. A value that is not allowed is left out and reported, so the
 * list still shows and the page can say which filter was not applied.
 */
export function parseMeasureQuery(
  params: URLSearchParams,
  allowed: { instruments: readonly string[]; goals: readonly string[]; leads: readonly string[]; stale: boolean },
) {
  const filter: MeasureFilter = {};
  const issues: { field: MeasureFilterField; value: string }[] = [];
  const take = <T extends string>(field: MeasureFilterField, ok: (v: string) => boolean): T | undefined => {
    const value = params.get(field)?.trim();
    if (!value) return undefined;
    if (ok(value)) return value as T;
    issues.push({ field, value });
    return undefined;
  };
  filter.instrument = take('instrument', (v) => allowed.instruments.includes(v));
  filter.goal = take('goal', (v) => allowed.goals.includes(v));
  filter.lead = take('lead', (v) => v === 'none' || allowed.leads.includes(v));
  filter.status = take('status', (v) => v === 'none' || (measureStatuses as readonly string[]).includes(v));
  filter.commitment = take('commitment', (v) => (commitmentLevels as readonly string[]).includes(v));
  filter.stale = take('stale', (v) => allowed.stale && v === '1') === '1' || undefined;
  return { filter, issues };
}

/** The measures that match every filter of the query (`today` decides what is stale). */
export function filterMeasures<M extends MeasureRecord>(list: readonly M[], filter: MeasureFilter, today: string): M[] {
  return list.filter(
    (m) =>
      (!filter.instrument || m.instrument.numeral === filter.instrument) &&
      (!filter.goal || m.goals.includes(filter.goal)) &&
      (!filter.lead || (filter.lead === 'none' ? m.lead === null : m.lead?.key === filter.lead)) &&
      (!filter.status || (filter.status === 'none' ? m.status === null : m.status === filter.status)) &&
      (!filter.commitment || m.commitment === filter.commitment) &&
      (!filter.stale || isStale(m, today)),
  );
}

/**
 * The progress of the measures shown, per instrument and per goal (a measure serving two goals
 * counts in both), with how many have no status yet and how many serve no goal yet.
 */
export function measureRollUps<M extends MeasureRecord>(
  list: readonly M[],
  strategy: { instruments: readonly { numeral: string }[]; goals: readonly { key: string }[] },
) {
  return {
    all: rollUp(list),
    byInstrument: rollUpBy(
      list,
      strategy.instruments.map((i) => i.numeral),
      (m) => [m.instrument.numeral],
    ).map(({ group, rollUp }) => ({ instrument: group, ...rollUp })),
    byGoal: rollUpBy(
      list,
      strategy.goals.map((g) => g.key),
      (m) => m.goals,
    ).map(({ group, rollUp }) => ({ goal: group, ...rollUp })),
    withoutGoal: list.filter((m) => m.goals.length === 0).length,
  };
}
export type MeasureRollUps = ReturnType<typeof measureRollUps>;
