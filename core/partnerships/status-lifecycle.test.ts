import { describe, expect, it } from 'vitest';
import { refusal } from '../../tests/support/refusal.ts';
import type { PartnershipStatus } from '../shared/vocabulary.ts';
import { planStatusChange, type StatusHistoryEntry } from './status-lifecycle.ts';
import { countByStatus, isActive } from './status.ts';

const today = '2026-11-21';
const source = { documentKey: 'strategie-2025', locator: 'II)', quote: '…' };
const change = (to: PartnershipStatus, effectiveOn: string | null = '2025-10') => ({
  to,
  effectiveOn,
  reason: 'Beschluss',
  source,
});
const history = (...entries: [PartnershipStatus, string | null][]): StatusHistoryEntry[] =>
  entries.map(([toStatus, effectiveOn]) => ({ toStatus, effectiveOn }));

describe('partnership status lifecycle', () => {
  it('follows under examination → active ⇄ dormant → ended', () => {
    expect(planStatusChange([], change('under_examination'), today)).toMatchObject({
      from: null,
      to: 'under_examination',
      sequence: 1,
    });
    expect(planStatusChange(history(['under_examination', '2025-10']), change('active', '2026-03'), today).from).toBe(
      'under_examination',
    );
    expect(planStatusChange(history(['active', '2016-10-18']), change('dormant', '2022-02-24'), today).to).toBe(
      'dormant',
    );
    expect(
      planStatusChange(history(['active', null], ['dormant', '2022-02-24']), change('active', '2026-11'), today),
    ).toMatchObject({ from: 'dormant', to: 'active', sequence: 3 });
    expect(
      planStatusChange(history(['active', null], ['dormant', '2022-02-24']), change('ended', '2026-11'), today).to,
    ).toBe('ended');
    expect(planStatusChange(history(['under_examination', '2025-10']), change('ended', '2026-06'), today).to).toBe(
      'ended',
    );
  });

  it.each<[PartnershipStatus[], PartnershipStatus]>([
    [[], 'dormant'],
    [[], 'ended'],
    [['under_examination'], 'dormant'],
    [['active'], 'under_examination'],
    [['active'], 'active'],
    [['active', 'ended'], 'active'],
    [['active', 'ended'], 'under_examination'],
  ])('refuses %j → %s with a clear error', (previous, to) => {
    const error = refusal(() =>
      planStatusChange(history(...previous.map((s): [PartnershipStatus, null] => [s, null])), change(to), today),
    );
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.issues[0]?.field).toBe('status');
    expect(error.message).toMatch(new RegExp(to));
  });

  it('needs a reason, a source and a real date, not in the future, not before the previous change', () => {
    const base = history(['active', '2016-10-18']);
    expect(refusal(() => planStatusChange(base, { ...change('dormant'), reason: '  ' }, today)).issues).toContainEqual({
      field: 'reason',
      message: expect.any(String),
    });
    expect(refusal(() => planStatusChange(base, { ...change('dormant'), source: null }, today)).issues[0]?.field).toBe(
      'source',
    );
    expect(refusal(() => planStatusChange(base, change('dormant', '2022-02-30'), today)).issues[0]?.field).toBe(
      'effectiveOn',
    );
    expect(refusal(() => planStatusChange(base, change('dormant', '2027-01'), today)).issues[0]?.message).toMatch(
      /future/,
    );
    expect(refusal(() => planStatusChange(base, change('dormant', '2015'), today)).issues[0]?.message).toMatch(
      /before the previous/,
    );
  });
});

describe('the one definition of active', () => {
  it('never counts a dormant partnership as active', () => {
    expect(isActive('dormant')).toBe(false);
    expect(isActive('under_examination')).toBe(false);
    expect(isActive('active')).toBe(true);
    const counts = countByStatus([
      { status: 'active' },
      { status: 'dormant' },
      { status: 'dormant' },
      { status: 'under_examination' },
    ]);
    expect(counts).toEqual({
      byStatus: { active: 1, dormant: 2, under_examination: 1, ended: 0 },
      active: 1,
      total: 4,
    });
  });
});
