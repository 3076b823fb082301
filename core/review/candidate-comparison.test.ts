import { describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../sources/fact.ts';
import {
  agreementKindOf,
  candidateFingerprint,
  compareWithRegister,
  datesOverlap,
  type RegisterPartnership,
} from './candidate-comparison.ts';

const lazio: RegisterPartnership = {
  key: 'lazio',
  placeIsos: ['IT-62'],
  placeNames: ['Latium', 'Lazio'],
  since: '2016',
  agreements: [
    { key: 'lazio-2016', kind: 'memorandum_of_understanding', signedOn: '2016-10-18' },
    { key: 'lazio-2021', kind: 'memorandum_of_understanding', signedOn: '2021-10-04' },
  ],
  statusHistory: [{ sequence: 1, to: 'active', effectiveOn: '2016-10-18' }],
  activities: [{ id: 7, kind: 'delegation_trip', startsOn: '2023-05-10' }],
};
const kharkiv: RegisterPartnership = {
  key: 'charkiw',
  placeIsos: ['UA-63'],
  placeNames: ['Charkiw', 'Kharkiv'],
  since: null,
  agreements: [{ key: 'charkiw-2024', kind: 'declaration_of_intent', signedOn: null }],
  statusHistory: [
    { sequence: 1, to: 'active', effectiveOn: '2024-03' },
    { sequence: 2, to: 'dormant', effectiveOn: '2025-02-01' },
  ],
  activities: [],
};
const register = [lazio, kharkiv];

const fact = (over: Partial<ExtractedFact>): ExtractedFact => ({
  type: 'agreement_signed',
  partner: { iso: 'IT-62', name: 'Latium' },
  date: null,
  endDate: null,
  quote: 'Sachsen und Latium unterzeichnen',
  confidence: 0.9,
  ...over,
});

describe('comparing a candidate with the register', () => {
  it('finds the partnership by the ISO code of the partner place, or by its name', () => {
    expect(compareWithRegister(fact({ date: '2030' }), register).partnership).toBe('lazio');
    expect(
      compareWithRegister(fact({ partner: { iso: null, name: 'Kharkiv' }, date: '2030' }), register).partnership,
    ).toBe('charkiw');
    expect(compareWithRegister(fact({ partner: { iso: 'FR-OCC', name: 'Okzitanien' } }), register)).toEqual({
      match: 'new',
      matchRef: null,
      partnership: null,
      registerSays: null,
    });
  });

  it('an agreement of that partnership signed that day is recorded; at a coarser precision too', () => {
    expect(compareWithRegister(fact({ date: '2021-10-04', agreementKind: 'Memorandum' }), register)).toMatchObject({
      match: 'recorded',
      matchRef: 'agreement:lazio-2021',
    });
    expect(compareWithRegister(fact({ date: '2021-10' }), register).matchRef).toBe('agreement:lazio-2021');
    // The press release calls the memorandum a declaration of intent, too: signed that day, it is the same.
    expect(
      compareWithRegister(fact({ date: '2021-10-04', agreementKind: 'Absichtserklärung' }), register).matchRef,
    ).toBe('agreement:lazio-2021');
  });

  it('an agreement of the same kind signed on another day of that year is a conflict; another year is new', () => {
    expect(
      compareWithRegister(fact({ date: '2021-10-05', agreementKind: 'Memorandum of Understanding' }), register),
    ).toEqual({
      match: 'conflict',
      matchRef: 'agreement:lazio-2021',
      partnership: 'lazio',
      registerSays: '2021-10-04',
    });
    expect(compareWithRegister(fact({ date: '2026-10-04', agreementKind: 'Memorandum' }), register).match).toBe('new');
    expect(compareWithRegister(fact({ date: null }), register).match).toBe('new');
  });

  it('the start date: agreeing is recorded, another is a conflict, none in the register is new', () => {
    const started = (date: string, iso = 'IT-62') =>
      compareWithRegister(fact({ type: 'partnership_established', date, partner: { iso, name: 'x' } }), register);
    expect(started('2016-10-18')).toMatchObject({ match: 'recorded', matchRef: 'partnership:lazio' });
    expect(started('2015')).toEqual({
      match: 'conflict',
      matchRef: 'partnership:lazio',
      partnership: 'lazio',
      registerSays: '2016',
    });
    expect(started('2024-03-27', 'UA-63')).toMatchObject({ match: 'new', partnership: 'charkiw' });
  });

  it('a status change: the same change then is recorded, the same change at another date a conflict', () => {
    const changed = (status: 'suspended' | 'active' | 'ended', date: string) =>
      compareWithRegister(
        fact({ type: 'status_changed', status, date, partner: { iso: 'UA-63', name: 'Charkiw' } }),
        register,
      );
    expect(changed('suspended', '2025-02')).toMatchObject({ match: 'recorded', matchRef: 'status:charkiw:2' });
    expect(changed('suspended', '2025-06-01')).toMatchObject({ match: 'conflict', registerSays: '2025-02-01' });
    expect(changed('ended', '2026-01-01').match).toBe('new');
  });

  it('an activity of that kind with that partner on that date is recorded; another kind or day is new', () => {
    const activity = (activityKind: ExtractedFact['activityKind'], date: string) =>
      compareWithRegister(fact({ type: 'activity', activityKind, date }), register);
    expect(activity('delegation_trip', '2023-05-10')).toMatchObject({ match: 'recorded', matchRef: 'activity:7' });
    expect(activity('delegation_received', '2023-05-10').match).toBe('new');
    expect(activity('delegation_trip', '2023-05-11').match).toBe('new');
  });
});

describe('helpers', () => {
  it('dates overlap at the precision both give', () => {
    expect(datesOverlap('1992', '1992-05-12')).toBe(true);
    expect(datesOverlap('2021-10', '2021-11')).toBe(false);
    expect(datesOverlap('2021-10', 'kein Datum')).toBe(false);
  });

  it('names the agreement kinds in German and English', () => {
    expect(agreementKindOf('Absichtserklärung')).toBe('declaration_of_intent');
    expect(agreementKindOf('Memorandum of Understanding')).toBe('memorandum_of_understanding');
    expect(agreementKindOf('Gemeinsame Erklärung')).toBe('joint_declaration');
    expect(agreementKindOf('Partnerschaftsvereinbarung')).toBe('partnership_agreement');
    expect(agreementKindOf(undefined)).toBeNull();
  });

  it('one fingerprint for the same fact from the same passage, whatever its confidence', () => {
    const a = fact({ date: '2021-10-04', confidence: 0.4 });
    expect(candidateFingerprint(a)).toBe(candidateFingerprint({ ...a, confidence: 0.9 }));
    expect(candidateFingerprint(a)).not.toBe(candidateFingerprint({ ...a, date: '2021-10-05' }));
  });
});
