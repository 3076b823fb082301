import { describe, expect, it } from 'vitest';
import { amountReadings, blankActivityForm, savedHref } from './activity-form-action.ts';

describe('the confirmation of a saved activity', () => {
  const stored = { budgetPlannedCents: 1_250_050, budgetActualCents: 1_250_000 };
  const after = (planned: string, actual: string) =>
    new URL(
      savedHref('/aktivitaeten/7', blankActivityForm({ budgetPlanned: planned, budgetActual: actual })),
      'http://x',
    );

  it('names each amount written other than "12.500,50" with the amount it was read as', () => {
    const url = after('12500.50', '12 500 €');
    expect(url.searchParams.has('gespeichert')).toBe(true);
    expect(amountReadings(url.searchParams, stored)).toEqual([
      { field: 'budgetPlanned', written: '12500.50', cents: 1_250_050 },
      { field: 'budgetActual', written: '12 500 €', cents: 1_250_000 },
    ]);
  });

  it('says nothing about amounts in the German form, and nothing a link claims that was not stored', () => {
    expect(after('12.500,50', '12.500').search).toBe('?gespeichert=1');
    expect(amountReadings(new URLSearchParams('gespeichert=1&gelesen-budgetPlanned=99.50'), stored)).toEqual([]);
  });
});
