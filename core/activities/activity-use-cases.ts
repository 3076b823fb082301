import type { Actor } from '../access/actor.ts';
import { canEditActivity, canRecordActivities } from '../access/activity.policy.ts';
import {
  auditedCitation,
  checkCitation,
  withCitationIssues,
  type CitationInput,
  requireCitableWith,
} from '../sources/cite.ts';
import { AppError, notFound, type FieldIssue } from '../shared/errors.ts';
import {
  ACTIVITY_ISSUES,
  invalidInput,
  readActivityInput,
  type ActivityInput,
  type ParsedActivityInput,
} from './activity-input.ts';
import type { ActivityData, ActivityIds, ActivityStore, StoredActivity } from './activity.types.ts';

const forbidden = () =>
  new AppError('FORBIDDEN', 'Coordinators edit every activity; a ministry editor only those of its own ministry.');

/**
 * Resolves every key of the input; unknown ones, an organiser not the editor's own and the
 * fields refused on their own (an amount, a date) are refused together, in one pass.
 */
async function resolve(store: ActivityStore, input: ActivityInput, actor: Actor): Promise<[ActivityData, ActivityIds]> {
  const read = readActivityInput(input);
  const issues: FieldIssue[] = [...read.issues];
  // Lookups run on the fields that are valid on their own; the data is used only when nothing was refused.
  const f = read.fields;
  const a = f as ParsedActivityInput;
  const one = async (
    field: string,
    ref: string | null,
    find: (r: string) => Promise<{ id: number; key: string } | null>,
  ) => {
    if (ref === null) return null;
    const found = await find(ref);
    if (!found) issues.push({ field, message: ACTIVITY_ISSUES.unknown });
    return found;
  };
  const many = async (
    field: string,
    list: string[],
    find: (r: string) => Promise<{ id: number; key: string } | null>,
  ) => {
    const found = [];
    for (const [i, ref] of list.entries()) {
      const row = await find(ref);
      if (row) found.push(row);
      else issues.push({ field: `${field}.${i}`, message: ACTIVITY_ISSUES.unknown });
    }
    return [...new Map(found.map((r) => [r.id, r])).values()];
  };
  const organiser = await one('organiser', f.organiser ?? null, (r) => store.organisation(r));
  const partnership = await one('partnership', f.partnership ?? null, (r) => store.partnership(r));
  const places = await many('places', f.places ?? [], (r) => store.place(r));
  const participants = await many('participants', f.participants ?? [], (r) => store.organisation(r));
  const sectors = await many('sectors', f.sectors ?? [], (r) => store.sector(r));
  const instruments = await many('instruments', f.instruments ?? [], (r) => store.instrument(r));
  const goals = await many('goals', f.goals ?? [], (r) => store.goal(r));
  const measures = await many('measures', f.measures ?? [], (r) => store.measure(r));
  const groupKey = f.workingGroup ?? null;
  const group = groupKey === null ? null : await store.workingGroup(groupKey);
  if (groupKey !== null && !group) issues.push({ field: 'workingGroup', message: ACTIVITY_ISSUES.unknown });
  else if (group && f.kind !== undefined && f.kind !== 'working_group_meeting')
    issues.push({ field: 'workingGroup', message: ACTIVITY_ISSUES.groupKind });
  else if (group && partnership && partnership.id !== group.partnershipId)
    issues.push({ field: 'workingGroup', message: ACTIVITY_ISSUES.groupPartnership });
  // A meeting of a working group belongs to the group's partnership.
  const partnershipOf = partnership ?? (group ? { id: group.partnershipId, key: group.partnershipKey } : null);
  if (
    f.organiser !== undefined &&
    !issues.some((i) => i.field === 'organiser') &&
    !canEditActivity(actor, { organiserId: organiser?.id ?? null })
  )
    issues.push({ field: 'organiser', message: ACTIVITY_ISSUES.notOwnMinistry });
  if (issues.length) throw invalidInput(issues);
  const data: ActivityData = {
    kind: a.kind,
    title: a.title,
    description: a.description,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    organiser: organiser?.key ?? null,
    partnership: partnershipOf?.key ?? null,
    workingGroup: group?.key ?? null,
    places: places.map((p) => p.key),
    participants: participants.map((p) => p.key),
    sectors: sectors.map((s) => s.key),
    instruments: instruments.map((i) => i.key),
    goals: goals.map((g) => g.key),
    measures: measures.map((m) => m.key),
    status: a.status,
    visibility: a.visibility,
    budgetPlannedCents: a.budgetPlanned,
    budgetActualCents: a.budgetActual,
    outcome: a.outcome,
  };
  const ids: ActivityIds = {
    organiserId: organiser?.id ?? null,
    partnershipId: partnershipOf?.id ?? null,
    workingGroupId: group?.id ?? null,
    placeIds: places.map((p) => p.id),
    participantIds: participants.map((p) => p.id),
    sectorIds: sectors.map((s) => s.id),
    instrumentIds: instruments.map((i) => i.id),
    goalIds: goals.map((g) => g.id),
    measureIds: measures.map((m) => m.id),
  };
  return [data, ids];
}

/** The stored activity the actor may change; NOT_FOUND or FORBIDDEN otherwise. */
async function editable(store: ActivityStore, id: number, actor: Actor): Promise<StoredActivity> {
  const found = await store.find(id);
  if (!found) throw notFound('Activity', String(id));
  if (!canEditActivity(actor, found)) throw forbidden();
  return found;
}

const dataOf = ({ id: _id, organiserId: _o, ...data }: StoredActivity): ActivityData => data;

/** The ids of a stored activity's keys, looked up again (the keys are what it stores for the audit). */
async function idsOf(store: ActivityStore, data: ActivityData, organiserId: number | null): Promise<ActivityIds> {
  const ids = async (keys: string[], find: (r: string) => Promise<{ id: number } | null>) => {
    const found: number[] = [];
    for (const key of keys) {
      const row = await find(key);
      if (row) found.push(row.id);
    }
    return found;
  };
  return {
    organiserId,
    partnershipId: data.partnership ? ((await store.partnership(data.partnership))?.id ?? null) : null,
    workingGroupId: data.workingGroup ? ((await store.workingGroup(data.workingGroup))?.id ?? null) : null,
    placeIds: await ids(data.places, (k) => store.place(k)),
    participantIds: await ids(data.participants, (k) => store.organisation(k)),
    sectorIds: await ids(data.sectors, (k) => store.sector(k)),
    instrumentIds: await ids(data.instruments, (k) => store.instrument(k)),
    goalIds: await ids(data.goals, (k) => store.goal(k)),
    measureIds: await ids(data.measures, (k) => store.measure(k)),
  };
}

/**
 * Records a new activity. Coordinators record any; a ministry editor records activities its
 * own ministry organises. Written with its audit entry in one transaction by the store.
 */
export async function createActivity({
  store,
  actor,
  input,
  citation,
}: {
  store: ActivityStore;
  actor: Actor;
  input: ActivityInput;
  /** The library document the activity is recorded from (optional; once one is chosen, the passage is required). */
  citation?: CitationInput | null;
}) {
  if (!canRecordActivities(actor)) throw forbidden();
  const check = await checkCitation(store.citableDocument, actor, citation, { required: false });
  const [data, ids] = await withCitationIssues(check.issues, () => resolve(store, input, actor));
  requireCitableWith(check.cited, { visibility: data.visibility, ownerOrganisationId: ids.organiserId });
  const id = await store.insert(
    data,
    ids,
    { action: 'activity.create', before: null, after: { ...data, citation: auditedCitation(check.cited) } },
    check.cited,
  );
  return { id, ...data };
}

/**
 * Checks a new activity exactly as `createActivity` does (the actor's right, every field,
 * every key, the own-ministry rule) without writing anything: the dry run of an import.
 * Throws FORBIDDEN or INVALID_INPUT naming each refused field.
 */
export async function checkNewActivity({
  store,
  actor,
  input,
}: {
  store: ActivityStore;
  actor: Actor;
  input: ActivityInput;
}) {
  if (!canRecordActivities(actor)) throw forbidden();
  await resolve(store, input, actor);
}

/** Changes an activity the actor may edit; a ministry editor cannot hand it to another ministry. */
export async function updateActivity(args: {
  store: ActivityStore;
  actor: Actor;
  id: number;
  input: ActivityInput;
  /** A further library document the activity rests on (optional), added to its citations. */
  citation?: CitationInput | null;
}) {
  const { store, actor, id, input } = args;
  const before = await editable(store, id, actor);
  const check = await checkCitation(store.citableDocument, actor, args.citation, { required: false });
  const [data, ids] = await withCitationIssues(check.issues, () => resolve(store, input, actor));
  requireCitableWith(check.cited, { visibility: data.visibility, ownerOrganisationId: ids.organiserId });
  await store.update(
    id,
    data,
    ids,
    {
      action: 'activity.update',
      before: { ...dataOf(before) },
      after: { ...data, citation: auditedCitation(check.cited) },
    },
    check.cited,
  );
  return { id, ...data };
}

/** Cancels an activity with a reason (status → cancelled); a cancelled one cannot be cancelled again. */
export async function cancelActivity(args: { store: ActivityStore; actor: Actor; id: number; reason: string }) {
  const { store, actor, id } = args;
  const reason = args.reason.trim();
  const before = await editable(store, id, actor);
  if (!reason || reason.length > 2000) throw invalidInput([{ field: 'reason', message: ACTIVITY_ISSUES.required }]);
  if (before.status === 'cancelled')
    throw new AppError('INVALID_TRANSITION', `Activity ${id} is cancelled already.`, [
      { field: 'status', message: 'is cancelled already' },
    ]);
  const data = { ...dataOf(before), status: 'cancelled' as const };
  await store.update(id, data, await idsOf(store, data, before.organiserId), {
    action: 'activity.cancel',
    before: { status: before.status },
    after: { status: 'cancelled', reason },
  });
  return { id, ...data };
}

/**
 * Copies an activity into a new planned one (same kind, title, organiser, partnership, working
 * group, places, participants, sectors, instruments, goals, measures and planned budget; internal until published; no actual budget or outcome).
 */
export async function copyActivity(args: { store: ActivityStore; actor: Actor; id: number }) {
  const { store, actor, id } = args;
  const source = await editable(store, id, actor);
  const data: ActivityData = {
    ...dataOf(source),
    status: 'planned',
    visibility: 'internal',
    budgetActualCents: null,
    outcome: null,
  };
  const newId = await store.insert(data, await idsOf(store, data, source.organiserId), {
    action: 'activity.copy',
    before: null,
    after: { ...data, copiedFrom: id },
  });
  return { id: newId, ...data };
}
