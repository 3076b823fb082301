import { addMonths, format, parseISO } from 'date-fns';
import { validityOn } from '../agreements/agreement-validity.ts';
import { meetingCutoff } from '../partnerships/working-group-meetings.ts';
import { parsePartialDate } from '../shared/partial-date.ts';
import type { AgreementKind, PartnershipStatus } from '../shared/vocabulary.ts';

/** Agreements running out within this many months appear before they run out. */
export const AGREEMENT_HORIZON_MONTHS = 6;

/**
 * The partnerships whose agreements and working groups are watched: those in force or being
 * examined. A dormant partnership rests (nothing is renewed or convened while it does) and an
 * ended one is over, so neither produces attention items.
 */
export const WATCHED_STATUSES: readonly PartnershipStatus[] = ['active', 'under_examination'];

const shift = (today: string, months: number) => format(addMonths(parseISO(today), months), 'yyyy-MM-dd');

/** The last day an agreement may run out on and still be listed: today plus six months. */
export const agreementHorizon = (today: string): string => shift(today, AGREEMENT_HORIZON_MONTHS);

export interface PartnershipRef {
  key: string;
  name: string;
  nameEn: string;
  status: PartnershipStatus;
}

export interface AgreementCandidate {
  key: string;
  kind: AgreementKind;
  title: string;
  expiresOn: string | null;
  /** Whether a later agreement renews this one (then the renewal is what counts). */
  renewed: boolean;
  partnership: PartnershipRef;
}

/** Expired, running out within the stated period (known only to the month or year), or running out soon. */
export type AgreementAttention = 'expired' | 'expires_within_period' | 'expiring';

/**
 * Agreements that need attention on `today`: not renewed, of a watched partnership, and either
 * expired or running out within six months. Ordered by expiry, earliest first.
 */
export function agreementsNeedingAttention<A extends AgreementCandidate>(list: readonly A[], today: string) {
  const horizon = agreementHorizon(today);
  return list
    .filter((a) => a.expiresOn && !a.renewed && WATCHED_STATUSES.includes(a.partnership.status))
    .flatMap((a) => {
      const validity = validityOn(a.expiresOn, today);
      const attention: AgreementAttention | null =
        validity === 'expired' || validity === 'expires_within_period'
          ? validity
          : validity === 'in_force' && parsePartialDate(a.expiresOn!)!.first <= horizon
            ? 'expiring'
            : null;
      return attention ? [{ ...a, expiresOn: a.expiresOn!, attention }] : [];
    })
    .sort((a, b) => parsePartialDate(a.expiresOn)!.first.localeCompare(parsePartialDate(b.expiresOn)!.first));
}

export interface WorkingGroupCandidate {
  key: string;
  name: string;
  partnership: PartnershipRef;
  /** The latest meeting on or before today that was not cancelled, at its precision. */
  lastMeeting: string | null;
  /** The next meeting after today that is not cancelled, if one is planned. */
  nextMeeting: string | null;
}

/**
 * Working groups of watched partnerships that have not met within twelve months (or never). A
 * meeting known only to its month or year counts as recent if that period reaches into the window.
 * Ordered by their last meeting, never-met first.
 */
export function workingGroupsNeedingAttention<W extends WorkingGroupCandidate>(list: readonly W[], today: string) {
  const cutoff = meetingCutoff(today);
  const lastDay = (w: W) => (w.lastMeeting ? parsePartialDate(w.lastMeeting)!.last : '');
  return list
    .filter((w) => WATCHED_STATUSES.includes(w.partnership.status) && lastDay(w) < cutoff)
    .sort((a, b) => lastDay(a).localeCompare(lastDay(b)) || a.name.localeCompare(b.name, 'de'));
}
