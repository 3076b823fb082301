import { describe, expect, it } from 'vitest';
import { refusal } from '../../tests/support/refusal.ts';
import { parseAgreementInput } from './agreement-input.ts';

const TODAY = '2026-11-21';
const base = { kind: 'joint_declaration', title: 'Gemeinsame Erklärung', partnership: 'tschechien' };
const fields = (input: Record<string, string>) =>
  refusal(() => parseAgreementInput(input, TODAY)).issues.map((i) => `${i.field}: ${i.message}`);

describe('an agreement as entered', () => {
  it('keeps dates at their precision and turns empty fields into nothing', () => {
    expect(parseAgreementInput({ ...base, signedOn: '1992', termMonths: ' 60 ' }, TODAY)).toMatchObject({
      signedOn: '1992',
      termMonths: 60,
      expiresOn: null,
      signedAt: null,
      saxonySignatory: null,
    });
  });

  it('takes a term or an expiry, not both; a term needs a signing date; the expiry lies after the signing', () => {
    expect(fields({ ...base, signedOn: '2021-10-04', termMonths: '60', expiresOn: '2026-10-04' })).toEqual([
      'expiresOn: give either a term or an expiry date, not both',
    ]);
    expect(fields({ ...base, termMonths: '60' })).toEqual(['termMonths: needs a signing date']);
    expect(fields({ ...base, signedOn: '2021', expiresOn: '2021-12' })).toEqual([
      'expiresOn: must lie after the signing date',
    ]);
    expect(parseAgreementInput({ ...base, signedOn: '2021', expiresOn: '2022' }, TODAY).expiresOn).toBe('2022');
  });

  it('refuses a future signing, a term out of range, an unknown kind and half a signatory', () => {
    expect(fields({ ...base, signedOn: '2026-12' })).toEqual(['signedOn: must not lie in the future']);
    expect(parseAgreementInput({ ...base, signedOn: '2026-11' }, TODAY).signedOn).toBe('2026-11');
    for (const term of ['0', '1201', '5,5', 'fünf'])
      expect(fields({ ...base, signedOn: '2021', termMonths: term })).toEqual([
        'termMonths: must be a whole number of months from 1 to 1200',
      ]);
    expect(fields({ ...base, kind: 'vertrag' })).toEqual(['kind: is not a value of the vocabulary']);
    expect(fields({ ...base, kind: '' })).toEqual(['kind: is required']);
    expect(fields({ ...base, partnerSignatory: 'Nicola Zingaretti' })).toEqual([
      'partnerSignatoryRole: needs both a name and a role',
    ]);
  });
});
