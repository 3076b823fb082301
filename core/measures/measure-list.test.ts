import { describe, expect, it } from 'vitest';
import type { MeasureRecord } from './measure.types.ts';
import { filterMeasures, measureRollUps, parseMeasureQuery } from './measure-list.ts';

const allowed = { instruments: ['I', 'V'], goals: ['Z1', 'Z5'], leads: ['smwk', 'smi'], stale: true };
const measure = (key: string, extra: Partial<MeasureRecord> = {}): MeasureRecord => ({
  id: 1,
  key,
  position: 1,
  instrument: { numeral: key.split('-')[0]!, position: 1, title: 't', titleEn: 't' },
  subArea: null,
  text: key,
  commitment: 'koennten',
  leadOrganisationId: null,
  lead: null,
  goals: [],
  status: null,
  progressPercent: null,
  statusNote: null,
  statusUpdatedAt: null,
  budgetReservation: true,
  footnote: null,
  citation: null,
  ...extra,
});

describe('the measure list’s filters', () => {
  it('reads known values from the URL and reports the others without applying them', () => {
    const { filter, issues } = parseMeasureQuery(
      new URLSearchParams('instrument=VIII&goal=Z5&lead=none&status=fertig&commitment=sollen&stale=1'),
      allowed,
    );
    expect(filter).toMatchObject({ goal: 'Z5', lead: 'none', commitment: 'sollen', stale: true });
    expect(filter.instrument).toBeUndefined();
    expect(issues).toEqual([
      { field: 'instrument', value: 'VIII' },
      { field: 'status', value: 'fertig' },
    ]);
  });

  it('does not let the public filter by overdue reports (that follows from internal data)', () => {
    const { filter, issues } = parseMeasureQuery(new URLSearchParams('stale=1'), { ...allowed, stale: false });
    expect(filter.stale).toBeUndefined();
    expect(issues).toEqual([{ field: 'stale', value: '1' }]);
  });

  it('filters by “no status yet”, “no lead yet”, goal and staleness', () => {
    const list = [
      measure('I-01'),
      measure('I-02', { status: 'planned', statusUpdatedAt: new Date('2026-11-01T10:00:00Z'), goals: ['Z1'] }),
      measure('V-02', { lead: { key: 'smwk', name: 'SMWK', abbreviation: 'SMWK' }, leadOrganisationId: 3 }),
    ];
    const keys = (f: Parameters<typeof filterMeasures>[1]) => filterMeasures(list, f, '2026-11-21').map((m) => m.key);
    expect(keys({ status: 'none' })).toEqual(['I-01', 'V-02']);
    expect(keys({ lead: 'none' })).toEqual(['I-01', 'I-02']);
    expect(keys({ lead: 'smwk' })).toEqual(['V-02']);
    expect(keys({ goal: 'Z1' })).toEqual(['I-02']);
    expect(keys({ stale: true })).toEqual(['I-01', 'V-02']);
    expect(keys({ instrument: 'V', status: 'none' })).toEqual(['V-02']);
  });

  it('rolls up per instrument and goal and counts the measures serving no goal', () => {
    const list = [
      measure('I-01', { status: 'completed', goals: ['Z1'] }),
      measure('I-02'),
      measure('V-01', { status: 'in_progress', progressPercent: 20, goals: ['Z1', 'Z5'] }),
    ];
    const r = measureRollUps(list, {
      instruments: [{ numeral: 'I' }, { numeral: 'V' }],
      goals: [{ key: 'Z1' }, { key: 'Z5' }],
    });
    expect(r.byInstrument.map((x) => [x.instrument, x.meanPercent, x.withoutStatus])).toEqual([
      ['I', 100, 1],
      ['V', 20, 0],
    ]);
    expect(r.byGoal.map((x) => [x.goal, x.meanPercent])).toEqual([
      ['Z1', 60],
      ['Z5', 20],
    ]);
    expect(r.withoutGoal).toBe(1);
    expect(r.all).toMatchObject({ measures: 3, counted: 2, withoutStatus: 1, meanPercent: 60 });
  });
});
