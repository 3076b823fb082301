import { describe, expect, it } from 'vitest';
import { expiryOf, validityOn } from './agreement-validity.ts';

describe('agreement expiry', () => {
  it('runs out on signing date plus term: the Lazio MoU of 4 Oct 2021 for five years ends on 4 Oct 2026', () => {
    expect(expiryOf({ signedOn: '2021-10-04', termMonths: 60 })).toBe('2026-10-04');
  });

  it('is unknown without a term or a stated end', () => {
    expect(expiryOf({ signedOn: '2024-03-27', termMonths: null })).toBeNull();
    expect(expiryOf({ signedOn: null, termMonths: null, statedExpiresOn: '2030-12-31' })).toBe('2030-12-31');
  });

  it('is in force before the expiry day and expired from it on', () => {
    expect(validityOn('2026-10-04', '2026-10-03')).toBe('in_force');
    expect(validityOn('2026-10-04', '2026-10-04')).toBe('expired');
    expect(validityOn('2026-10-04', '2026-11-21')).toBe('expired');
  });

  it('does not pretend to know more than the precision of the dates', () => {
    expect(validityOn('2026', '2026-06-01')).toBe('expires_within_period');
    expect(validityOn('2026', '2025-12-31')).toBe('in_force');
    expect(validityOn('2026', '2027-01-01')).toBe('expired');
    expect(validityOn(null, '2026-11-21')).toBe('open_ended');
  });
});
