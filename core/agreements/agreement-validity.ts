import { addMonthsToPartialDate, relateDayTo } from '../shared/partial-date.ts';

export interface AgreementTerm {
  signedOn: string | null;
  termMonths: number | null;
  /** An end date the document states itself, used when no term is given. */
  statedExpiresOn?: string | null;
}

/**
 * When an agreement runs out: signing date plus term (an MoU signed on 4 Oct 2021 "for five
 * years" runs out on 4 Oct 2026), or the end date the document states, or null when neither
 * is known. The result has the precision of the signing date.
 */
export function expiryOf(term: AgreementTerm): string | null {
  if (term.signedOn && term.termMonths) return addMonthsToPartialDate(term.signedOn, term.termMonths);
  return term.statedExpiresOn ?? null;
}

/**
 * - `in_force`: not yet run out on `today`
 * - `expired`: ran out (on the expiry day itself the term is over)
 * - `expires_within_period`: the expiry is known only to the month or year and `today` falls in it
 * - `open_ended`: no term or end date is known
 */
export type Validity = 'in_force' | 'expired' | 'expires_within_period' | 'open_ended';

export function validityOn(expiresOn: string | null, today: string): Validity {
  if (!expiresOn) return 'open_ended';
  if (expiresOn.length === 10) return today >= expiresOn ? 'expired' : 'in_force';
  const relation = relateDayTo(today, expiresOn);
  if (relation === 'after') return 'expired';
  return relation === 'before' ? 'in_force' : 'expires_within_period';
}
