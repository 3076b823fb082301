import * as t from '../schema.ts';

/** The columns a list of activities shows and the visibility rule needs (core/access/activity.policy.ts). */
export const activityListColumns = {
  id: t.activities.id,
  kind: t.activities.kind,
  title: t.activities.title,
  startsOn: t.activities.startsOn,
  endsOn: t.activities.endsOn,
  status: t.activities.status,
  visibility: t.activities.visibility,
  organiserId: t.activities.organiserId,
};
