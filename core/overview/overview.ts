import { type Actor, organisationOf } from '../access/actor.ts';
import { canSeeProposalsAwaitingReview } from '../access/proposal.policy.ts';
import type { ActivitySummary } from '../activities/activity.types.ts';
import type { MeasureRecord } from '../measures/measure.types.ts';
import { isStale, rollUp } from '../measures/progress.ts';
import { countByStatus } from '../partnerships/status.ts';
import { partnershipVisibleTo } from '../access/partnership.policy.ts';
import {
  activityKinds,
  activityStatuses,
  measureStatuses,
  partnershipKinds,
  type ActivityKind,
  type ActivityStatus,
  type MeasureStatus,
  type PartnershipKind,
  type PartnershipStatus,
  type ProposalKind,
  type Visibility,
} from '../shared/vocabulary.ts';
import {
  agreementsNeedingAttention,
  workingGroupsNeedingAttention,
  type AgreementCandidate,
  type WorkingGroupCandidate,
} from './attention.ts';

/** Who owns a partnership, for the visibility rule. */
interface Owned {
  partnershipVisibility: Visibility;
  partnershipLeadId: number | null;
}

/** What the overview is built from, as the register reads it (db/overview/overview.queries.ts). */
export interface OverviewData {
  agreements: (AgreementCandidate & Owned)[];
  workingGroups: (WorkingGroupCandidate & Owned)[];
  measures: MeasureRecord[];
  /** Proposals waiting for review; read only for those who review them. */
  proposals:
    | {
        id: number;
        kind: ProposalKind;
        title: string;
        submittedAt: Date;
        organisation: { key: string; name: string; abbreviation: string | null } | null;
      }[]
    | null;
  partnerships: {
    status: PartnershipStatus;
    kind: PartnershipKind;
    visibility: Visibility;
    leadOrganisationId: number | null;
  }[];
  /** The ministry the overview is about (null: the whole register). */
  focus: OverviewFocus | null;
  /**
   * The focus ministry's own activities the viewer may see that are still to come, or whose day has
   * passed while they are still planned or confirmed (their outcome is due); empty without a focus.
   */
  dueActivities: DueActivity[];
  /** Counts over the activities the viewer may see (the database applies the visibility rule). */
  activities: {
    byStatusAndKind: { status: ActivityStatus; kind: ActivityKind; count: number }[];
    byInstrument: { numeral: string; title: string; titleEn: string; count: number }[];
    byGoal: { key: string; title: string; titleEn: string; count: number }[];
  };
}

/** The ministry an overview is about. */
export interface OverviewFocus {
  id: number;
  key: string;
  name: string;
  abbreviation: string | null;
}

/** An activity of the focus ministry with a date that is coming or whose outcome is due. */
export type DueActivity = ActivitySummary;

/** Activities whose day has passed but that are still planned or confirmed: their outcome is due. */
const isOverdue = (a: DueActivity, today: string) =>
  a.startsOn !== null && a.startsOn < today && (a.status === 'planned' || a.status === 'confirmed');

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const visible = (actor: Actor) => (o: Owned) =>
  partnershipVisibleTo(actor)({ visibility: o.partnershipVisibility, leadOrganisationId: o.partnershipLeadId });

const withoutOwner = <T extends Owned>({ partnershipVisibility: _v, partnershipLeadId: _l, ...rest }: T) => rest;

/**
 * What needs attention on `today`, and the counts of the register, as the viewer may see them:
 * agreements expired or running out, working groups without a meeting in twelve months,
 * measures without a status report in six months (the viewer's ministry's own first), proposals waiting for review (coordinators
 * only); partnerships by status and kind (dormant never active), activities by status, kind,
 * instrument and goal, measures by status with their mean progress.
 * With a focus ministry (a ministry editor's own page) the lists needing attention keep only what
 * that ministry leads, and its measures and due activities come first.
 */
export function buildOverview(data: OverviewData, actor: Actor, today: string) {
  const focus = data.focus;
  const concerns = (leadId: number | null) => focus === null || leadId === focus.id;
  const ofFocus = (o: Owned) => concerns(o.partnershipLeadId);
  const canSeePartnership = visible(actor);
  const partnerships = data.partnerships.filter((p) =>
    canSeePartnership({ partnershipVisibility: p.visibility, partnershipLeadId: p.leadOrganisationId }),
  );
  const byKind = zeroes(partnershipKinds);
  for (const p of partnerships) byKind[p.kind] += 1;

  const activityStatus = zeroes(activityStatuses);
  const activityKind = zeroes(activityKinds);
  for (const row of data.activities.byStatusAndKind) {
    activityStatus[row.status] += row.count;
    activityKind[row.kind] += row.count;
  }

  const measureStatus = { ...zeroes(measureStatuses), none: 0 } as Record<MeasureStatus | 'none', number>;
  for (const m of data.measures) measureStatus[m.status ?? 'none'] += 1;
  // A ministry's own measures come first for its staff; then those waiting longest.
  const own = organisationOf(actor);
  const notOwn = (m: MeasureRecord) => (own !== null && m.leadOrganisationId === own ? 0 : 1);
  const stale = data.measures
    .filter((m) => isStale(m, today) && concerns(m.leadOrganisationId))
    .sort(
      (a, b) =>
        notOwn(a) - notOwn(b) ||
        (a.statusUpdatedAt?.getTime() ?? 0) - (b.statusUpdatedAt?.getTime() ?? 0) ||
        a.instrument.position - b.instrument.position ||
        a.position - b.position,
    );

  const led = focus ? data.measures.filter((m) => m.leadOrganisationId === focus.id) : [];
  const ledStatus = { ...zeroes(measureStatuses), none: 0 } as Record<MeasureStatus | 'none', number>;
  for (const m of led) ledStatus[m.status ?? 'none'] += 1;

  return {
    today,
    // Only a ministry's page has its own part (the API's overview is the whole register's).
    ...(focus
      ? {
          focus: {
            key: focus.key,
            name: focus.name,
            abbreviation: focus.abbreviation,
            measures: { total: led.length, byStatus: ledStatus },
            overdueActivities: data.dueActivities.filter((a) => isOverdue(a, today)),
            upcomingActivities: data.dueActivities.filter((a) => a.startsOn !== null && a.startsOn >= today),
          },
        }
      : {}),
    attention: {
      agreements: agreementsNeedingAttention(data.agreements.filter(canSeePartnership).filter(ofFocus), today).map(
        withoutOwner,
      ),
      workingGroups: workingGroupsNeedingAttention(
        data.workingGroups.filter(canSeePartnership).filter(ofFocus),
        today,
      ).map(withoutOwner),
      staleMeasures: stale.map((m) => ({
        key: m.key,
        text: m.text,
        leadOrganisation: m.lead,
        status: m.status,
        statusUpdatedAt: m.statusUpdatedAt?.toISOString() ?? null,
      })),
      proposals: canSeeProposalsAwaitingReview(actor)
        ? (data.proposals ?? []).map((p) => ({ ...p, submittedAt: p.submittedAt.toISOString() }))
        : null,
    },
    counts: {
      partnerships: { ...countByStatus(partnerships), byKind },
      activities: {
        total: Object.values(activityStatus).reduce((a, b) => a + b, 0),
        byStatus: activityStatus,
        byKind: activityKind,
        byInstrument: data.activities.byInstrument,
        byGoal: data.activities.byGoal,
      },
      measures: { total: data.measures.length, byStatus: measureStatus, rollUp: rollUp(data.measures) },
    },
  };
}

export type OverviewView = ReturnType<typeof buildOverview>;
