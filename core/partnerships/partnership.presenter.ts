import { validityOn } from '../agreements/agreement-validity.ts';
import { agreementAlerts } from './agreement-alerts.ts';
import { isActive } from './status.ts';
import { lastMeetingDay, meetingOverdue } from './working-group-meetings.ts';
import type { AgreementRecord, PartnershipDetailRecord, PartnershipRecord } from './partnership.types.ts';

/** An agreement as shown to readers: with whether it is in force today. */
export const presentPartnershipAgreement = (a: AgreementRecord, today: string) => ({
  ...a,
  validity: validityOn(a.expiresOn, today),
});

/**
 * The one shape in which a partnership leaves the system (API, CLI, pages): the stored facts
 * plus what follows from them today (active or not; agreements in force or expired; which
 * agreement has run out, or runs out soon, with nothing in force after it).
 */
export function presentPartnership(p: PartnershipRecord, today: string) {
  const { id: _id, leadOrganisationId: _lead, ...rest } = p;
  return {
    ...rest,
    active: isActive(p.status),
    agreements: p.agreements.map((a) => presentPartnershipAgreement(a, today)),
    agreementAlerts: agreementAlerts(p.agreements, today),
  };
}

/**
 * A partnership with its history, conflicts and activities; each working group with its meetings
 * (activities recorded as its meetings) and whether it has gone 12 months without one; and the
 * strategy's measures the partnership serves through its activities (cancelled ones left out).
 */
export function presentPartnershipDetail(p: PartnershipDetailRecord, today: string) {
  const activities = p.activities.map(({ organiserId: _organiser, workingGroupId: _group, ...a }) => a);
  const served = new Map<string, { key: string; text: string }>();
  for (const a of p.activities) {
    if (a.status === 'cancelled') continue;
    for (const m of a.measures) served.set(m.key, m);
  }
  return {
    ...presentPartnership(p, today),
    statusHistory: p.statusHistory,
    workingGroups: p.workingGroups.map(({ id, ...g }) => {
      const meetings = p.activities.filter((a) => a.workingGroupId === id);
      return {
        ...g,
        meetings: meetings.map(({ id, title, kind, startsOn, endsOn, status }) => ({
          id,
          title,
          kind,
          startsOn,
          endsOn,
          status,
        })),
        lastMeetingOn: lastMeetingDay(meetings, today),
        meetingOverdue: meetingOverdue(meetings, today),
      };
    }),
    conflicts: p.conflicts,
    activities,
    measuresServed: [...served.values()],
  };
}

export type PartnershipView = ReturnType<typeof presentPartnership>;
export type PartnershipDetailView = ReturnType<typeof presentPartnershipDetail>;
