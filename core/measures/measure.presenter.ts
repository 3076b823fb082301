import type { Actor } from '../access/actor.ts';
import { seesInternalRecords } from '../access/visibility.ts';
import { activityVisibleTo } from '../access/activity.policy.ts';
import { isStale, progressOf } from './progress.ts';
import type { MeasureRecord, StoredMilestone } from './measure.types.ts';
import type { ListedActivity } from '../activities/activity.types.ts';

/**
 * The one shape in which a measure leaves the system (API and pages). Everyone sees the
 * strategy's wording with its citation, the lead ministry, goals, status and progress; the
 * status note, the date of the last report and whether it is overdue are internal.
 */
export function presentMeasure(m: MeasureRecord, actor: Actor, today: string) {
  const shown = {
    key: m.key,
    position: m.position,
    instrument: m.instrument.numeral,
    subArea: m.subArea?.key ?? null,
    text: m.text,
    commitment: m.commitment,
    leadOrganisation: m.lead,
    goals: m.goals,
    status: m.status,
    progress: progressOf(m),
    budgetReservation: m.budgetReservation,
    footnote: m.footnote,
    citation: m.citation,
  };
  if (!seesInternalRecords(actor)) return shown;
  return {
    ...shown,
    statusNote: m.statusNote,
    reportCitations: m.reportCitations ?? [],
    statusUpdatedAt: m.statusUpdatedAt?.toISOString() ?? null,
    stale: isStale(m, today),
  };
}

export type MeasureView = ReturnType<typeof presentMeasure>;

/** A measure with what is stored around it, as db/measures/measures.queries.ts reads it. */
export interface MeasureDetailInput extends MeasureRecord {
  milestones: Omit<StoredMilestone, 'measureId'>[];
  activities: ListedActivity[];
}

/** One measure: as in the list, plus its milestones (internal) and the linked activities the actor may see. */
export function presentMeasureDetail(m: MeasureDetailInput, actor: Actor, today: string) {
  const activities = m.activities
    .filter(activityVisibleTo(actor))
    .map(({ visibility: _v, organiserId: _o, ...a }) => a);
  const internal = seesInternalRecords(actor);
  return {
    ...presentMeasure(m, actor, today),
    ...(internal ? { milestones: m.milestones.map(({ position: _p, ...ms }) => ms) } : {}),
    activities,
  };
}

export type MeasureDetailView = ReturnType<typeof presentMeasureDetail>;
