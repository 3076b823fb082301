import { validityOn } from '../agreements/agreement-validity.ts';
import { isActive } from './status.ts';
import type { AgreementRecord, PartnershipDetailRecord, PartnershipRecord } from './partnership.types.ts';

/** An agreement as shown to readers: with whether it is in force today. */
export const presentAgreement = (a: AgreementRecord, today: string) => ({
  ...a,
  validity: validityOn(a.expiresOn, today),
});

/**
 * The one shape in which a partnership leaves the system (API, CLI, pages): the stored facts
 * plus what follows from them today (active or not; agreements in force or expired).
 */
export function presentPartnership(p: PartnershipRecord, today: string) {
  const { id: _id, leadOrganisationId: _lead, ...rest } = p;
  return { ...rest, active: isActive(p.status), agreements: p.agreements.map((a) => presentAgreement(a, today)) };
}

export function presentPartnershipDetail(p: PartnershipDetailRecord, today: string) {
  return {
    ...presentPartnership(p, today),
    statusHistory: p.statusHistory,
    workingGroups: p.workingGroups,
    conflicts: p.conflicts,
    activities: p.activities,
  };
}

export type PartnershipView = ReturnType<typeof presentPartnership>;
export type PartnershipDetailView = ReturnType<typeof presentPartnershipDetail>;
