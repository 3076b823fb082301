import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator } from '../../core/access/actor.ts';
import { assignMeasure, updateMeasureStatus } from '../../core/measures/measure-use-cases.ts';
import { addMilestone, reachMilestone, removeMilestone } from '../../core/measures/milestone-use-cases.ts';
import { rollUp } from '../../core/measures/progress.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { findMeasures, measureMilestones } from '../../db/measures/measures.queries.ts';
import * as t from '../../db/schema.ts';
import { withMeasureStore } from '../../db/measures/measure.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-11-21';

describe.each(engines)('the measure use-cases on %s', (engine) => {
  let handle: DatabaseHandle;
  let editor: Actor;
  let otherEditor: Actor;
  let reader: Actor;
  const coordinator = operator('test');
  /** The one measure the strategy names a lead ministry for (SMWK). */
  let smwkMeasure = '';
  const user = async (role: 'ministry_editor' | 'reader', org: string): Promise<Actor> => {
    const u = await buildUser(handle.db, role, org);
    return { kind: 'user', userId: u.id, label: u.email, role, organisationId: u.organisationId };
  };
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    editor = await user('ministry_editor', 'SMWK');
    otherEditor = await user('ministry_editor', 'SMI');
    reader = await user('reader', 'SMWK');
    smwkMeasure = (await findMeasures(handle.db)).find((m) => m.lead?.abbreviation === 'SMWK')!.key;
  });
  afterAll(async () => handle?.close());

  const run = <T>(actor: Actor, work: Parameters<typeof withMeasureStore<T>>[3]) =>
    withMeasureStore(handle.db, actor, testClock.now(), work);
  const measure = async (key: string) => (await findMeasures(handle.db, { key }))[0]!;
  const counts = async () => ({
    audit: await handle.db.$count(t.auditLog),
    milestones: await handle.db.$count(t.measureMilestones),
    goals: await handle.db.$count(t.measureGoals),
  });
  const lastAudit = async () => (await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1))[0]!;

  it('starts with most measures without a status or lead ministry: no status, not 0 %', async () => {
    const all = await findMeasures(handle.db);
    expect(all).toHaveLength(66);
    expect(all.filter((m) => m.status === null).length).toBe(66);
    expect(all.filter((m) => m.lead === null).length).toBeGreaterThan(60);
    expect(rollUp(all)).toMatchObject({ measures: 66, counted: 0, withoutStatus: 66, meanPercent: null });
    expect(all[0]!.citation).toMatchObject({ source: 'strategie-2025' });
  });

  it('lets the lead ministry’s editor report the status, with the default or a stated progress, audited', async () => {
    await run(editor, (store) =>
      updateMeasureStatus({
        store,
        actor: editor,
        key: smwkMeasure,
        input: { status: 'in_progress', progress: '', note: 'Ausschreibung läuft' },
      }),
    );
    const m = await measure(smwkMeasure);
    expect(m).toMatchObject({ status: 'in_progress', progressPercent: null, statusNote: 'Ausschreibung läuft' });
    expect(m.statusUpdatedAt).toBeInstanceOf(Date);
    expect(await lastAudit()).toMatchObject({
      action: 'measure.status.update',
      entityType: 'measure',
      entityId: String(m.id),
      before: { status: null, progressPercent: null, statusNote: null },
      after: { status: 'in_progress', progressPercent: null, statusNote: 'Ausschreibung läuft' },
    });
    await run(editor, (store) =>
      updateMeasureStatus({
        store,
        actor: editor,
        key: smwkMeasure,
        input: { status: 'in_progress', progress: '35', note: 'Erste Projekte bewilligt' },
      }),
    );
    expect(await measure(smwkMeasure)).toMatchObject({ progressPercent: 35, statusNote: 'Erste Projekte bewilligt' });
    expect(rollUp(await findMeasures(handle.db))).toMatchObject({ counted: 1, withoutStatus: 65, meanPercent: 35 });
  });

  it('refuses other ministries and readers, and a report without a note, writing nothing', async () => {
    const before = await counts();
    const stored = await measure(smwkMeasure);
    const input = { status: 'completed', progress: '', note: 'fertig' };
    for (const actor of [otherEditor, reader])
      await expect(
        run(actor, (store) => updateMeasureStatus({ store, actor, key: smwkMeasure, input })),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      run(editor, (store) =>
        updateMeasureStatus({ store, actor: editor, key: smwkMeasure, input: { status: 'planned', note: '  ' } }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ field: 'note', message: 'is required' }] });
    const error = await run(editor, (store) =>
      updateMeasureStatus({
        store,
        actor: editor,
        key: smwkMeasure,
        input: { status: 'fertig', progress: '120', note: 'x'.repeat(1001) },
      }),
    ).catch((e: unknown) => e);
    expect((error as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual([
      'note',
      'progress',
      'status',
    ]);
    await expect(
      run(editor, (store) =>
        updateMeasureStatus({
          store,
          actor: editor,
          key: smwkMeasure,
          input: { status: 'completed', progress: '80', note: 'fast fertig' },
        }),
      ),
    ).rejects.toMatchObject({
      issues: [{ field: 'progress', message: 'must be 100 (or empty) for a completed measure' }],
    });
    await expect(
      run(editor, (store) => updateMeasureStatus({ store, actor: editor, key: 'IX-99', input })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
    expect(await measure(smwkMeasure)).toEqual(stored);
  });

  it('lets coordinators assign the lead ministry and goals; the new lead’s editors may then report', async () => {
    await expect(
      run(editor, (store) => assignMeasure({ store, actor: editor, key: 'I-04', input: { lead: 'SMWK' } })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      run(coordinator, (store) =>
        assignMeasure({ store, actor: coordinator, key: 'I-04', input: { lead: 'IHK', goals: ['Z1', 'Z9'] } }),
      ),
    ).rejects.toMatchObject({
      issues: [
        { field: 'lead', message: 'names nothing the register knows' },
        { field: 'goals.1', message: 'names nothing the register knows' },
      ],
    });
    await run(coordinator, (store) =>
      assignMeasure({ store, actor: coordinator, key: 'I-04', input: { lead: 'SMI', goals: ['Z2', 'Z1', 'Z1'] } }),
    );
    expect(await measure('I-04')).toMatchObject({ lead: { abbreviation: 'SMI' }, goals: ['Z1', 'Z2'] });
    expect(await lastAudit()).toMatchObject({
      action: 'measure.assign',
      before: { lead: null, goals: [] },
      after: { lead: 'smi', goals: ['Z1', 'Z2'] },
    });
    await run(otherEditor, (store) =>
      updateMeasureStatus({
        store,
        actor: otherEditor,
        key: 'I-04',
        input: { status: 'planned', note: 'Hospitationen vereinbart' },
      }),
    );
    expect((await measure('I-04')).status).toBe('planned');
  });

  it('adds, marks and removes milestones for the lead ministry, each audited', async () => {
    const { id } = await run(editor, (store) =>
      addMilestone({
        store,
        actor: editor,
        key: smwkMeasure,
        input: { title: 'Förderaufruf veröffentlicht', dueOn: '2027-03' },
      }),
    );
    const second = await run(editor, (store) =>
      addMilestone({ store, actor: editor, key: smwkMeasure, input: { title: 'Erste Bewilligungen', dueOn: '' } }),
    );
    await expect(
      run(editor, (store) =>
        reachMilestone({
          store,
          actor: editor,
          key: smwkMeasure,
          id,
          input: { reachedOn: '2027-01-05' },
          today: TODAY,
        }),
      ),
    ).rejects.toMatchObject({ issues: [{ field: 'reachedOn', message: 'must not lie in the future' }] });
    await run(editor, (store) =>
      reachMilestone({ store, actor: editor, key: smwkMeasure, id, input: { reachedOn: '2026-11' }, today: TODAY }),
    );
    await expect(
      run(editor, (store) =>
        reachMilestone({
          store,
          actor: editor,
          key: smwkMeasure,
          id,
          input: { reachedOn: '2026-11-20' },
          today: TODAY,
        }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(
      run(otherEditor, (store) => removeMilestone({ store, actor: otherEditor, key: smwkMeasure, id: second.id })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A milestone of another measure is not found through this one.
    await expect(
      run(otherEditor, (store) => removeMilestone({ store, actor: otherEditor, key: 'I-04', id: second.id })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await run(editor, (store) => removeMilestone({ store, actor: editor, key: smwkMeasure, id: second.id }));
    const m = await measure(smwkMeasure);
    expect(await measureMilestones(handle.db, m.id)).toMatchObject([
      { title: 'Förderaufruf veröffentlicht', dueOn: '2027-03', reachedOn: '2026-11' },
    ]);
    const actions = (
      await handle.db
        .select()
        .from(t.auditLog)
        .where(eq(t.auditLog.entityId, String(m.id)))
    )
      .filter((a) => a.entityType === 'measure')
      .map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['measure.milestone.add', 'measure.milestone.reach', 'measure.milestone.remove']),
    );
    await expect(
      run(editor, (store) =>
        addMilestone({ store, actor: editor, key: smwkMeasure, input: { title: '', dueOn: '2027-13' } }),
      ),
    ).rejects.toMatchObject({ issues: [{ field: 'title' }, { field: 'dueOn' }] });
  });
});
