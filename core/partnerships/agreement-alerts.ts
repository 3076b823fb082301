import { differenceInCalendarDays, parseISO } from 'date-fns';
import { validityOn } from '../agreements/agreement-validity.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import { renewalChains } from './renewal-chain.ts';

/** How far ahead a partnership warns of an agreement running out. */
export const EXPIRY_WARNING_DAYS = 90;

interface ChainedAgreement {
  key: string;
  title: string;
  renews: string | null;
  renewedBy: string | null;
  expiresOn: string | null;
}

/** An agreement that has run out (or runs out soon) with nothing in force after it. */
export interface AgreementAlert {
  /** `expired`: ran out with no renewal or successor; `expires_soon`: runs out within 90 days. */
  kind: 'expired' | 'expires_soon';
  key: string;
  title: string;
  expiresOn: string;
}

/**
 * What a partnership's reader must be told about its agreements on `today`: for each renewal
 * chain, its latest agreement if that has expired or expires within 90 days. A renewed agreement
 * never warns (its successor speaks for the chain), nor does one without an end date. An
 * agreement renewed by one the reader may not see is taken as renewed: the page says nothing
 * rather than something false. The Lazio MoU of 4 Oct 2021 ran out on 4 Oct 2026.
 */
export function agreementAlerts(agreements: readonly ChainedAgreement[], today: string): AgreementAlert[] {
  const alerts: AgreementAlert[] = [];
  for (const chain of renewalChains(agreements)) {
    const latest = chain[chain.length - 1]!;
    if (latest.renewedBy || !latest.expiresOn) continue;
    const { key, title, expiresOn } = latest;
    const validity = validityOn(expiresOn, today);
    if (validity === 'expired') alerts.push({ kind: 'expired', key, title, expiresOn });
    else if (validity === 'expires_within_period' || daysUntil(expiresOn, today) <= EXPIRY_WARNING_DAYS)
      alerts.push({ kind: 'expires_soon', key, title, expiresOn });
  }
  return alerts;
}

/** Days from `today` to the first day a (partial) expiry date covers. */
function daysUntil(expiresOn: string, today: string): number {
  const first = parsePartialDate(expiresOn)?.first ?? expiresOn;
  return differenceInCalendarDays(parseISO(first), parseISO(today));
}
