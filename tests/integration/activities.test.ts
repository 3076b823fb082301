import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import type { ActivityInput } from '../../core/activities/activity-input.ts';
import {
  cancelActivity,
  copyActivity,
  createActivity,
  updateActivity,
} from '../../core/activities/activity-use-cases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { getActivityDetail } from '../../db/activities/activity-details.queries.ts';
import * as t from '../../db/schema.ts';
import { withActivityStore } from '../../db/activities/activity.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const trip: ActivityInput = {
  kind: 'delegation_trip',
  title: 'Delegationsreise nach Breslau',
  description: 'Hochschulkooperationen in Niederschlesien',
  startsOn: '2027-05-10',
  endsOn: '2027-05-12',
  organiser: 'SMWK',
  partnership: 'niederschlesien',
  places: 'PL-DS',
  participants: 'SMWK, sk',
  sectors: ['wissenschaft'],
  status: 'planned',
  visibility: 'internal',
  budgetPlanned: '12.500,50',
  budgetActual: '',
  outcome: '',
};

describe.each(engines)('the activity use-cases on %s', (engine) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let otherEditor: Actor;
  let reader: Actor;
  const coordinator = operator('test');
  const user = async (role: 'ministry_editor' | 'reader', org: string): Promise<Actor> => {
    const u = await buildUser(handle.db, role, org);
    return { kind: 'user', userId: u.id, label: u.email, role, organisationId: u.organisationId };
  };
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    editor = await user('ministry_editor', 'SMWK');
    otherEditor = await user('ministry_editor', 'SMI');
    reader = await user('reader', 'SMWK');
  });
  afterAll(async () => handle?.close());

  const run = <T>(actor: Actor, work: Parameters<typeof withActivityStore<T>>[3]) =>
    withActivityStore(handle.db, actor, testClock.now(), work);
  const create = (actor: Actor, input: ActivityInput) => run(actor, (store) => createActivity({ store, actor, input }));
  const counts = async () => ({
    activities: await handle.db.$count(t.activities),
    audit: await handle.db.$count(t.auditLog),
  });
  const lastAudit = async () => (await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1))[0]!;

  it('links an activity to the instruments, goals and measures it serves, and a meeting to its working group', async () => {
    const { id } = await create(editor, {
      ...trip,
      instruments: ['II', 'III'],
      goals: ['Z2'],
      measures: 'III-05, II-01, III-05',
    });
    expect((await getActivityDetail(handle.db, id))!.links).toMatchObject({
      instruments: ['II', 'III'],
      goals: ['Z2'],
      measures: ['II-01', 'III-05'],
      workingGroup: null,
    });
    const coordinatorActor = operator('test');
    const [group] = await handle.db.select({ key: t.workingGroups.key }).from(t.workingGroups).limit(1);
    const meeting = await create(coordinatorActor, {
      ...trip,
      kind: 'working_group_meeting',
      organiser: '',
      partnership: '',
      workingGroup: group!.key,
    });
    const stored = (await getActivityDetail(handle.db, meeting.id))!;
    expect(stored.workingGroup?.key).toBe(group!.key);
    expect(stored.partnership?.key).toBe('lazio');
    await expect(create(coordinatorActor, { ...trip, organiser: '', workingGroup: group!.key })).rejects.toMatchObject({
      issues: [{ field: 'workingGroup', message: 'is only for working group meetings' }],
    });
    await expect(
      create(coordinatorActor, { ...trip, kind: 'working_group_meeting', organiser: '', workingGroup: group!.key }),
    ).rejects.toMatchObject({
      issues: [{ field: 'workingGroup', message: 'must be a working group of the chosen partnership' }],
    });
    await expect(
      create(editor, { ...trip, instruments: ['IX'], goals: ['Z9'], measures: 'III-99' }),
    ).rejects.toMatchObject({
      issues: [
        { field: 'instruments.0', message: 'names nothing the register knows' },
        { field: 'goals.0', message: 'names nothing the register knows' },
        { field: 'measures.0', message: 'names nothing the register knows' },
      ],
    });
  });

  it('records an activity of the editor’s own ministry, in cents, with its links and an audit entry', async () => {
    const { id } = await create(editor, trip);
    const detail = (await getActivityDetail(handle.db, id))!;
    expect(detail).toMatchObject({
      title: 'Delegationsreise nach Breslau',
      startsOn: '2027-05-10',
      endsOn: '2027-05-12',
      budgetPlannedCents: 1_250_050,
      budgetActualCents: null,
      visibility: 'internal',
      organiser: { abbreviation: 'SMWK' },
    });
    expect(detail.links).toMatchObject({ places: ['PL-02'], sectors: ['wissenschaft'] });
    expect(detail.links.participants.sort()).toEqual(['sk', 'smwk']);
    expect(await lastAudit()).toMatchObject({
      action: 'activity.create',
      entityType: 'activity',
      entityId: String(id),
      before: null,
      after: { title: trip.title, organiser: 'smwk', budgetPlannedCents: 1_250_050 },
    });
  });

  it('edits, copies and cancels, each with its audit entry (before and after)', async () => {
    const { id } = await create(editor, trip);
    await run(editor, (store) =>
      updateActivity({
        store,
        actor: editor,
        id,
        input: { ...trip, status: 'confirmed', startsOn: '2027-05', endsOn: '' },
      }),
    );
    expect(await getActivityDetail(handle.db, id)).toMatchObject({
      status: 'confirmed',
      startsOn: '2027-05',
      endsOn: null,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'activity.update',
      before: { status: 'planned', startsOn: '2027-05-10' },
      after: { status: 'confirmed', startsOn: '2027-05' },
    });
    const copy = await run(editor, (store) => copyActivity({ store, actor: editor, id }));
    expect(copy.id).not.toBe(id);
    expect(await getActivityDetail(handle.db, copy.id)).toMatchObject({
      status: 'planned',
      title: trip.title,
      visibility: 'internal',
      budgetPlannedCents: 1_250_050,
      links: { places: ['PL-02'], sectors: ['wissenschaft'] },
    });
    expect(await lastAudit()).toMatchObject({ action: 'activity.copy', after: { copiedFrom: id } });
    await run(editor, (store) => cancelActivity({ store, actor: editor, id: copy.id, reason: 'Termin entfällt' }));
    expect((await getActivityDetail(handle.db, copy.id))!.status).toBe('cancelled');
    expect(await lastAudit()).toMatchObject({
      action: 'activity.cancel',
      before: { status: 'planned' },
      after: { status: 'cancelled', reason: 'Termin entfällt' },
    });
    await expect(
      run(editor, (store) => cancelActivity({ store, actor: editor, id: copy.id, reason: 'nochmals' })),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('lets coordinators edit any activity, and refuses an editor of another ministry and readers', async () => {
    const { id } = await create(editor, trip);
    const before = await counts();
    await expect(
      run(otherEditor, (store) => updateActivity({ store, actor: otherEditor, id, input: trip })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(run(otherEditor, (store) => copyActivity({ store, actor: otherEditor, id }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      run(otherEditor, (store) => cancelActivity({ store, actor: otherEditor, id, reason: 'x' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(create(otherEditor, trip)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'organiser', message: 'must be your own ministry' }],
    });
    await expect(create(reader, trip)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await counts()).toEqual(before);
    await run(coordinator, (store) =>
      updateActivity({ store, actor: coordinator, id, input: { ...trip, organiser: 'SMI' } }),
    );
    expect((await getActivityDetail(handle.db, id))!.organiser).toMatchObject({ abbreviation: 'SMI' });
    expect((await lastAudit()).actorLabel).toBe('cli:test');
  });

  it('refuses invalid input naming each field, and writes nothing', async () => {
    const { id } = await create(editor, trip);
    const before = await counts();
    const stored = await getActivityDetail(handle.db, id);
    const invalid: ActivityInput = {
      ...trip,
      title: '  ',
      kind: 'picknick',
      startsOn: '2027-13',
      budgetPlanned: '-5',
      budgetActual: '1,234',
    };
    const error = await create(editor, invalid).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect((error as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(
      ['budgetActual', 'budgetPlanned', 'kind', 'startsOn', 'title'].sort(),
    );
    await expect(create(editor, { ...trip, startsOn: '2027-05-12', endsOn: '2027-05-10' })).rejects.toMatchObject({
      issues: [{ field: 'endsOn', message: 'must not lie before the start' }],
    });
    await expect(
      create(editor, { ...trip, partnership: 'atlantis', places: 'PL-DS, XX-99', sectors: ['raumfahrt'] }),
    ).rejects.toMatchObject({
      issues: [
        { field: 'partnership', message: 'names nothing the register knows' },
        { field: 'places.1', message: 'names nothing the register knows' },
        { field: 'sectors.0', message: 'names nothing the register knows' },
      ],
    });
    await expect(
      run(editor, (store) => updateActivity({ store, actor: editor, id, input: { ...trip, visibility: 'geheim' } })),
    ).rejects.toMatchObject({ issues: [{ field: 'visibility' }] });
    await expect(
      run(editor, (store) => cancelActivity({ store, actor: editor, id, reason: ' ' })),
    ).rejects.toMatchObject({
      issues: [{ field: 'reason' }],
    });
    expect(await counts()).toEqual(before);
    expect(await getActivityDetail(handle.db, id)).toEqual(stored);
    const [row] = await handle.db
      .select({ status: t.activities.status })
      .from(t.activities)
      .where(eq(t.activities.id, id));
    expect(row!.status).toBe('planned');
  });
});
