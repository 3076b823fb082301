import type { Actor } from '../accounts/actor.ts';
import { seesInternalRecords } from '../accounts/policy.ts';
import { isStale, progressOf } from './progress.ts';
import type { MeasureRecord } from './measure.types.ts';

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
    statusUpdatedAt: m.statusUpdatedAt?.toISOString() ?? null,
    stale: isStale(m, today),
  };
}

export type MeasureView = ReturnType<typeof presentMeasure>;
