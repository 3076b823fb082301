import { describe, expect, it } from 'vitest';
import { type Actor, PUBLIC } from '../access/actor.ts';
import {
  filterAgreements,
  parseAgreementQuery,
  sortAgreements,
  validityClassOn,
  type ListedAgreement,
} from './agreement-list.ts';
import { agreementVisibleTo } from '../access/agreement.policy.ts';

describe('the validity a reader filters by', () => {
  it('flags Lazio’s MoU (4 Oct 2026) as expiring from six months before, and expired from the day', () => {
    expect(validityClassOn('2026-10-04', '2026-04-03')).toBe('valid');
    expect(validityClassOn('2026-10-04', '2026-04-04')).toBe('expiring');
    expect(validityClassOn('2026-10-04', '2026-10-03')).toBe('expiring');
    expect(validityClassOn('2026-10-04', '2026-10-04')).toBe('expired');
    expect(validityClassOn('2026-10-04', '2026-11-21')).toBe('expired');
  });

  it('counts an expiry known only to the month or year from its first day, and knows when it knows nothing', () => {
    expect(validityClassOn('2027', '2026-06-30')).toBe('valid');
    expect(validityClassOn('2027', '2026-07-01')).toBe('expiring');
    expect(validityClassOn('2026-12', '2026-12-15')).toBe('expiring');
    expect(validityClassOn('2026-10', '2026-11-21')).toBe('expired');
    expect(validityClassOn(null, '2026-11-21')).toBe('unknown');
  });
});

const agreement = (title: string, signedOn: string | null, expiresOn: string | null, partner = 'Latium') =>
  ({
    kind: 'memorandum_of_understanding',
    title,
    signedOn,
    expiresOn,
    partnership: { key: partner.toLowerCase(), name: `Regionalpartnerschaft Sachsen – ${partner}`, nameEn: partner },
  }) satisfies ListedAgreement;

describe('the agreement list', () => {
  const list = [
    agreement('Zusatzvereinbarung', '2016-10-18', null),
    agreement('Memorandum', '2021-10-04', '2026-10-04'),
    agreement('Absichtserklärung', '2024-03-27', null, 'Charkiw'),
    agreement('Ältere Erklärung', null, '2030', 'Österreich'),
  ];
  const name = (p: { name: string }) => p.name;

  it('sorts by partnership in German order (Ö with O), then oldest first; by title, signing and expiry', () => {
    const titles = (sort: Parameters<typeof sortAgreements>[1]) => sortAgreements(list, sort, name).map((a) => a.title);
    expect(titles('partnership')).toEqual([
      'Absichtserklärung',
      'Zusatzvereinbarung',
      'Memorandum',
      'Ältere Erklärung',
    ]);
    expect(titles('title')).toEqual(['Absichtserklärung', 'Ältere Erklärung', 'Memorandum', 'Zusatzvereinbarung']);
    expect(titles('signed')).toEqual(['Absichtserklärung', 'Memorandum', 'Zusatzvereinbarung', 'Ältere Erklärung']);
    expect(titles('expires')).toEqual(['Memorandum', 'Ältere Erklärung', 'Absichtserklärung', 'Zusatzvereinbarung']);
  });

  it('reads the filters from the URL, reports values that do not exist, and filters by validity today', () => {
    const params = new URLSearchParams({ validity: 'expired', partnership: 'atlantis', kind: 'vertrag', sort: 'x' });
    const { query, issues } = parseAgreementQuery(params, { partnerships: ['latium'] });
    expect(query).toEqual({ validity: 'expired', sort: 'partnership' });
    expect(issues.map((i) => i.field)).toEqual(['kind', 'partnership', 'sort']);
    expect(filterAgreements(list, query, '2026-11-21').map((a) => a.title)).toEqual(['Memorandum']);
    expect(filterAgreements(list, { sort: 'title', validity: 'unknown' }, '2026-11-21')).toHaveLength(2);
  });

  it('shows an agreement to whoever sees its partnership; one without a partnership is internal', () => {
    const reader: Actor = { kind: 'user', userId: 1, label: 'r', role: 'reader', organisationId: 5 };
    const stakeholder: Actor = { kind: 'user', userId: 2, label: 's', role: 'stakeholder', organisationId: 9 };
    const of = (visibility: 'public' | 'internal' | 'restricted', lead: number | null) => ({
      partnership: { visibility, leadOrganisationId: lead },
    });
    expect(agreementVisibleTo(PUBLIC)(of('public', 5))).toBe(true);
    expect(agreementVisibleTo(PUBLIC)(of('internal', 5))).toBe(false);
    expect(agreementVisibleTo(stakeholder)(of('internal', 5))).toBe(false);
    expect(agreementVisibleTo(reader)(of('restricted', 5))).toBe(true);
    expect(agreementVisibleTo(reader)(of('restricted', 6))).toBe(false);
    expect(agreementVisibleTo(reader)({ partnership: null })).toBe(true);
    expect(agreementVisibleTo(PUBLIC)({ partnership: null })).toBe(false);
  });
});
