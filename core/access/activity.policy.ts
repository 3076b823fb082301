import type { Visibility } from '../shared/vocabulary.ts';
import { organisationOf, type Actor } from './actor.ts';
import { belongsTo, isCoordinator, isMinistryEditor } from './roles.ts';
import { canSee } from './visibility.ts';

/** An activity as far as who may see and change it goes: the organising ministry owns it. */
type OwnedActivity = { visibility: Visibility; organiserId: number | null };

/**
 * Who sees an activity: anyone once it is published; staff when it is internal; when it is
 * restricted, the coordinators and the organising ministry. (db/activities/activity-visibility.queries.ts
 * says the same in SQL.)
 */
export const canSeeActivity = (actor: Actor, activity: OwnedActivity): boolean =>
  canSee(actor, { visibility: activity.visibility, ownerOrganisationId: activity.organiserId });

/** `canSeeActivity` as a filter: `activities.filter(activityVisibleTo(actor))`. */
export const activityVisibleTo =
  (actor: Actor) =>
  (activity: OwnedActivity): boolean =>
    canSeeActivity(actor, activity);

/** Coordinators edit, cancel and copy every activity; a ministry editor those its own ministry organises. */
export const canEditActivity = (actor: Actor, activity: { organiserId: number | null }): boolean =>
  isCoordinator(actor) || (isMinistryEditor(actor) && belongsTo(actor, activity.organiserId));

/**
 * Coordinators record (and import) activities of any ministry; a ministry editor those of its
 * own ministry; nobody else records any.
 */
export const canRecordActivities = (actor: Actor): boolean =>
  canEditActivity(actor, { organiserId: organisationOf(actor) });
