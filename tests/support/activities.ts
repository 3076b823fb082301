import { operator } from '../../core/access/actor.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import { createActivity } from '../../core/activities/activity-use-cases.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import type { Database } from '../../db/client.ts';
import { testClock } from './clock.ts';

/** An activity form with every field empty or at its plainest: a public, planned exchange of the SMWK. */
export const blankActivity: ActivityInput = {
  kind: 'exchange',
  title: '',
  description: '',
  startsOn: '2027-03',
  endsOn: '',
  organiser: 'SMWK',
  partnership: '',
  places: '',
  participants: '',
  sectors: [],
  status: 'planned',
  visibility: 'public',
  budgetPlanned: '',
  budgetActual: '',
  outcome: '',
};

/** Records the activities the way the register writes them (one use-case call each), and returns their ids by name. */
export async function recordActivities<K extends string>(
  db: Database,
  inputs: Record<K, ActivityInput>,
): Promise<Record<K, number>> {
  const actor = operator('test');
  const ids = {} as Record<K, number>;
  for (const [name, input] of Object.entries(inputs) as [K, ActivityInput][]) {
    const { id } = await withActivityStore(db, actor, testClock.now(), (store) =>
      createActivity({ store, actor, input }),
    );
    ids[name] = id;
  }
  return ids;
}
