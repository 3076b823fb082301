import type { SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { audienceOf } from '../../core/access/visibility.ts';
import * as t from '../schema.ts';
import { audienceSql } from '../shared/visible-records.queries.ts';

/**
 * Who sees an activity (core/access/activity.policy.ts: the organising ministry owns it) as a SQL
 * condition, for aggregates over more rows than can be filtered in memory. Undefined means no
 * condition. tests/integration/overview.test.ts checks that both give the same answer for every role.
 */
export const activityVisibilitySql = (actor: Actor): SQL | undefined =>
  audienceSql(audienceOf(actor), { visibility: t.activities.visibility, owner: t.activities.organiserId });
