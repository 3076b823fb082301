import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureStatuses, type MeasureStatus } from '../shared/vocabulary.ts';
import { DEFAULT_PROGRESS, isStale, progressOf, rollUp, rollUpBy, staleCutoff } from './progress.ts';

const measure = (status: MeasureStatus | null, progressPercent: number | null = null) => ({ status, progressPercent });

/** Any measure as the database allows it: a stated percentage only with a status. */
const anyMeasure = fc.oneof(
  fc.constant(measure(null)),
  fc
    .record({
      status: fc.constantFrom(...measureStatuses),
      progressPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    })
    .map((m) => measure(m.status, m.progressPercent)),
);
const withStatus = anyMeasure.filter((m) => m.status !== null && m.status !== 'discontinued');

describe('the progress of one measure', () => {
  it('is the default of its status unless a percentage is stated', () => {
    expect(progressOf(measure('not_started'))).toEqual({ percent: 0, source: 'default' });
    expect(progressOf(measure('planned'))).toEqual({ percent: 10, source: 'default' });
    expect(progressOf(measure('in_progress'))).toEqual({ percent: 50, source: 'default' });
    expect(progressOf(measure('ongoing'))).toEqual({ percent: 75, source: 'default' });
    expect(progressOf(measure('completed'))).toEqual({ percent: 100, source: 'default' });
    expect(progressOf(measure('in_progress', 30))).toEqual({ percent: 30, source: 'stated' });
    expect(progressOf(measure('planned', 0))).toEqual({ percent: 0, source: 'stated' });
  });

  it('is unknown without a status (never 0 %) and for a discontinued measure', () => {
    expect(progressOf(measure(null))).toBeNull();
    expect(progressOf(measure('discontinued'))).toBeNull();
    expect(progressOf(measure('discontinued', 40))).toBeNull();
    expect(DEFAULT_PROGRESS.discontinued).toBeNull();
  });
});

describe('the roll-up of a group of measures', () => {
  it('averages the measures with a status and reports the others', () => {
    expect(
      rollUp([measure('completed'), measure('in_progress', 20), measure(null), measure(null), measure('discontinued')]),
    ).toEqual({ measures: 5, counted: 2, withoutStatus: 2, discontinued: 1, meanPercent: 60 });
  });

  it('has no mean (not 0 %) when no measure has a status', () => {
    expect(rollUp([measure(null), measure(null)])).toEqual({
      measures: 2,
      counted: 0,
      withoutStatus: 2,
      discontinued: 0,
      meanPercent: null,
    });
    expect(rollUp([]).meanPercent).toBeNull();
  });

  it('accounts for every measure exactly once', () => {
    fc.assert(
      fc.property(fc.array(anyMeasure), (list) => {
        const r = rollUp(list);
        expect(r.counted + r.withoutStatus + r.discontinued).toBe(list.length);
        expect(r.measures).toBe(list.length);
        expect(r.meanPercent === null).toBe(r.counted === 0);
      }),
    );
  });

  it('lies between the least and the greatest progress it averages', () => {
    fc.assert(
      fc.property(fc.array(anyMeasure), (list) => {
        const percents = list.flatMap((m) => (progressOf(m) ? [progressOf(m)!.percent] : []));
        const { meanPercent } = rollUp(list);
        if (meanPercent === null) {
          expect(percents).toEqual([]);
          return;
        }
        expect(meanPercent).toBeGreaterThanOrEqual(Math.min(...percents) - 1e-9);
        expect(meanPercent).toBeLessThanOrEqual(Math.max(...percents) + 1e-9);
      }),
    );
  });

  it('does not move when measures without a status (or discontinued ones) are added', () => {
    fc.assert(
      fc.property(
        fc.array(anyMeasure),
        fc.array(fc.constantFrom(measure(null), measure('discontinued'), measure('discontinued', 80))),
        (list, extra) => {
          const before = rollUp(list);
          const after = rollUp([...list, ...extra]);
          expect(after.meanPercent).toBe(before.meanPercent);
          expect(after.counted).toBe(before.counted);
        },
      ),
    );
  });

  it('does not depend on the order of the measures', () => {
    fc.assert(
      fc.property(
        fc
          .array(anyMeasure)
          .chain((list) =>
            fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
          ),
        ([list, shuffled]) => {
          const a = rollUp(list);
          const b = rollUp(shuffled);
          expect(b.counted).toBe(a.counted);
          expect(b.meanPercent ?? 0).toBeCloseTo(a.meanPercent ?? 0, 9);
        },
      ),
    );
  });

  it('is the mean of equal parts when two groups of the same size are joined', () => {
    fc.assert(
      fc.property(fc.array(withStatus, { minLength: 1 }), fc.array(withStatus, { minLength: 1 }), (a, b) => {
        const size = Math.min(a.length, b.length);
        const [left, right] = [a.slice(0, size), b.slice(0, size)];
        const joined = rollUp([...left, ...right]).meanPercent!;
        expect(joined).toBeCloseTo((rollUp(left).meanPercent! + rollUp(right).meanPercent!) / 2, 9);
      }),
    );
  });

  it('groups measures, counting a measure in each of its groups, and keeps empty groups', () => {
    const list = [
      { ...measure('completed'), goals: ['Z1', 'Z2'] },
      { ...measure('not_started'), goals: ['Z2'] },
      { ...measure(null), goals: ['Z3'] },
    ];
    const byGoal = rollUpBy(list, ['Z1', 'Z2', 'Z3', 'Z4'], (m) => m.goals);
    expect(byGoal.map((g) => [g.group, g.rollUp.meanPercent, g.rollUp.withoutStatus])).toEqual([
      ['Z1', 100, 0],
      ['Z2', 50, 0],
      ['Z3', null, 1],
      ['Z4', null, 0],
    ]);
  });
});

describe('a measure without a recent status update', () => {
  const today = '2026-11-21';

  it('is stale when never updated or updated more than six months ago', () => {
    expect(staleCutoff(today)).toBe('2026-05-21');
    expect(isStale({ status: null, statusUpdatedAt: null }, today)).toBe(true);
    expect(isStale({ status: 'in_progress', statusUpdatedAt: null }, today)).toBe(true);
    expect(isStale({ status: 'in_progress', statusUpdatedAt: '2026-04-21T10:00:00Z' }, today)).toBe(true);
    expect(isStale({ status: 'in_progress', statusUpdatedAt: '2026-05-20T21:59:00Z' }, today)).toBe(true);
    expect(isStale({ status: 'in_progress', statusUpdatedAt: '2026-05-20T22:30:00Z' }, today)).toBe(false);
    expect(isStale({ status: 'planned', statusUpdatedAt: new Date('2026-10-21T08:00:00Z') }, today)).toBe(false);
  });

  it('is never stale once completed or discontinued', () => {
    expect(isStale({ status: 'completed', statusUpdatedAt: '2024-01-01T00:00:00Z' }, today)).toBe(false);
    expect(isStale({ status: 'discontinued', statusUpdatedAt: null }, today)).toBe(false);
  });
});
