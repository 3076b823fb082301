import { eq, ne, or, type SQL } from 'drizzle-orm';
import { organisationOf, type Actor } from '../../core/accounts/actor.ts';
import { isCoordinator, seesInternalRecords } from '../../core/accounts/policy.ts';
import * as t from '../schema/index.ts';

/**
 * The visibility rule for activities (`activityVisibleTo`, i.e. `canSee` with the organiser as
 * owner) as a SQL condition, for aggregates over more rows than can be filtered in memory: the
 * public sees what is published; internal users everything but the restricted activities of
 * other ministries; coordinators everything. Undefined means no condition.
 * tests/integration/overview.test.ts checks that both give the same answer for every role.
 */
export function activityVisibilitySql(actor: Actor): SQL | undefined {
  if (!seesInternalRecords(actor)) return eq(t.activities.visibility, 'public');
  if (isCoordinator(actor)) return undefined;
  const organisation = organisationOf(actor);
  const notRestricted = ne(t.activities.visibility, 'restricted');
  return organisation === null ? notRestricted : or(notRestricted, eq(t.activities.organiserId, organisation));
}
