import { data } from 'react-router';
import type { Actor } from '../../../core/access/actor.ts';
import { activityVisibleTo } from '../../../core/access/activity.policy.ts';
import { partnershipVisibleTo } from '../../../core/access/partnership.policy.ts';
import type { Executor } from '../../../db/client.ts';
import { activityChoices } from '../../../db/activities/activities.queries.ts';
import { getActivityDetail } from '../../../db/activities/activity-details.queries.ts';

/** One activity the actor may see; unknown, malformed and hidden ids all answer 404, so nothing leaks. */
export async function loadVisibleActivity(db: Executor, actor: Actor, id: string) {
  const detail = /^\d{1,9}$/.test(id) ? await getActivityDetail(db, Number(id)) : null;
  if (!detail || !activityVisibleTo(actor)(detail)) throw data(null, { status: 404 });
  return detail;
}

/** The organisers, partnerships (only those the actor may see), sectors and years the pages offer. */
export async function visibleChoices(db: Executor, actor: Actor) {
  const choices = await activityChoices(db);
  return { ...choices, partnerships: choices.partnerships.filter(partnershipVisibleTo(actor)) };
}
