import type { Actor } from './actor.ts';
import { belongsTo, isCoordinator, isMinistryEditor } from './roles.ts';

// Measures are the strategy's own text and public; what staff see beyond that (status reports,
// indicators) is decided by `seesInternalRecords` in the measure presenter.

/** Coordinators keep every measure; a ministry editor keeps the measures its ministry leads. */
export const canKeepMeasure = (actor: Actor, measure: { leadOrganisationId: number | null }): boolean =>
  isCoordinator(actor) || (isMinistryEditor(actor) && belongsTo(actor, measure.leadOrganisationId));

/** Only coordinators assign a measure's lead ministry and the goals it serves. */
export const canAssignMeasure = (actor: Actor): boolean => isCoordinator(actor);
