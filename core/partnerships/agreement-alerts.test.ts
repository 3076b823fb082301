import { describe, expect, it } from 'vitest';
import { agreementAlerts } from './agreement-alerts.ts';

const agreement = (key: string, expiresOn: string | null, links: { renews?: string; renewedBy?: string } = {}) => ({
  key,
  title: `Vereinbarung ${key}`,
  expiresOn,
  renews: links.renews ?? null,
  renewedBy: links.renewedBy ?? null,
});

describe('agreement alerts of a partnership', () => {
  const lazio2016 = agreement('lazio-2016', null, { renewedBy: 'lazio-2021' });
  const lazio2021 = agreement('lazio-2021', '2026-10-04', { renews: 'lazio-2016' });

  it('warns that the Lazio MoU ran out on 4 Oct 2026 when nothing renewed it', () => {
    expect(agreementAlerts([lazio2016, lazio2021], '2026-11-21')).toEqual([
      { kind: 'expired', key: 'lazio-2021', title: 'Vereinbarung lazio-2021', expiresOn: '2026-10-04' },
    ]);
    // On the expiry day itself the term is over.
    expect(agreementAlerts([lazio2021], '2026-10-04')).toMatchObject([{ kind: 'expired' }]);
  });

  it('does not warn once a renewal is recorded, even if the renewed agreement has run out', () => {
    const renewed = { ...lazio2021, renewedBy: 'lazio-2026' };
    const renewal = agreement('lazio-2026', '2031-10-04', { renews: 'lazio-2021' });
    expect(agreementAlerts([lazio2016, renewed, renewal], '2026-11-21')).toEqual([]);
    // A renewal the reader may not see still counts as a renewal.
    expect(agreementAlerts([renewed], '2026-11-21')).toEqual([]);
  });

  it('does not warn of an agreement without an end date', () => {
    expect(agreementAlerts([agreement('charkiw-2024', null)], '2026-11-21')).toEqual([]);
  });

  it('says an agreement runs out when that is 90 days away or less, not before', () => {
    expect(agreementAlerts([lazio2021], '2026-07-06')).toEqual([
      { kind: 'expires_soon', key: 'lazio-2021', title: 'Vereinbarung lazio-2021', expiresOn: '2026-10-04' },
    ]);
    expect(agreementAlerts([lazio2021], '2026-07-05')).toEqual([]);
    expect(agreementAlerts([lazio2021], '2026-10-03')).toMatchObject([{ kind: 'expires_soon' }]);
  });

  it('keeps to the precision of the expiry: a year counts from its first day, and within it runs out', () => {
    expect(agreementAlerts([agreement('a', '2027')], '2026-10-03')).toMatchObject([{ kind: 'expires_soon' }]);
    expect(agreementAlerts([agreement('a', '2027')], '2026-10-02')).toEqual([]);
    expect(agreementAlerts([agreement('a', '2027')], '2027-06-01')).toMatchObject([{ kind: 'expires_soon' }]);
    expect(agreementAlerts([agreement('a', '2027')], '2028-01-01')).toMatchObject([{ kind: 'expired' }]);
  });

  it('warns for each renewal chain on its own', () => {
    const other = agreement('other-2020', '2025-01-01');
    expect(agreementAlerts([lazio2016, lazio2021, other], '2026-11-21').map((a) => a.key)).toEqual([
      'lazio-2021',
      'other-2020',
    ]);
  });
});
