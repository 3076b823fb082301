import { describe, expect, it } from 'vitest';
import { activityDoubts } from './activity-doubts.ts';

const served = { startsOn: null, endsOn: null, instruments: ['III'], goals: [], measures: [] };
const today = '2026-12-07';

describe('what to ask before saving an activity', () => {
  it('asks about an activity that serves nothing of the strategy', () => {
    expect(activityDoubts({ ...served, instruments: [] }, today)).toEqual([{ type: 'servesNothing' }]);
    expect(activityDoubts({ ...served, instruments: [], measures: ['III-03'] }, today)).toEqual([]);
  });

  it('asks about a date before 1990, at any precision', () => {
    expect(activityDoubts({ ...served, startsOn: '1899-01-01' }, today)).toEqual([
      { type: 'dateEarly', field: 'startsOn', value: '1899-01-01' },
    ]);
    expect(activityDoubts({ ...served, startsOn: '1989' }, today)).toHaveLength(1);
    expect(activityDoubts({ ...served, startsOn: '1990' }, today)).toEqual([]);
  });

  it('asks about a date more than five years after today, not one within five years', () => {
    expect(activityDoubts({ ...served, startsOn: '2026-01-01', endsOn: '2031-12-08' }, today)).toEqual([
      { type: 'dateFar', field: 'endsOn', value: '2031-12-08' },
    ]);
    expect(activityDoubts({ ...served, startsOn: '2031-12-07' }, today)).toEqual([]);
    expect(activityDoubts({ ...served, startsOn: '2031-12' }, today)).toEqual([]);
  });
});
