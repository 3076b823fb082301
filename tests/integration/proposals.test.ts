import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, operator, PUBLIC } from '../../core/access/actor.ts';
import { reviewProposal, submitProposal, type ProposalInput } from '../../core/proposals/proposal-use-cases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { findProposals, getProposal } from '../../db/proposals/proposals.queries.ts';
import * as t from '../../db/schema.ts';
import { withProposalStore } from '../../db/proposals/proposal.store.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const correction: ProposalInput = {
  kind: 'correction',
  title: 'Laufzeit des Memorandums mit Latium',
  body: 'Das Memorandum vom 4. Oktober 2021 lief am 4. Oktober 2026 aus.',
  subject: 'agreement:lazio-2021',
};

describe.each(engines)('the proposal use-cases on %s', (engine) => {
  let handle: DatabaseHandle;
  let stakeholder: Actor;
  let otherStakeholder: Actor;
  let editor: Actor;
  const coordinator = operator('test');
  const actor = async (role: 'stakeholder' | 'ministry_editor', org: string, email?: string): Promise<Actor> => {
    const u = await buildUser(handle.db, role, org, email);
    return { kind: 'user', userId: u.id, label: u.email, role, organisationId: u.organisationId };
  };
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    stakeholder = await actor('stakeholder', 'IHK');
    otherStakeholder = await actor('stakeholder', 'IHK', 'zweite@ihk.test');
    editor = await actor('ministry_editor', 'SMWK');
    await handle.db.update(t.partnerships).set({ visibility: 'internal' }).where(eq(t.partnerships.key, 'hubei'));
  });
  afterAll(async () => handle?.close());

  const submit = (a: Actor, input: ProposalInput) =>
    withProposalStore(handle.db, a, testClock.now(), (store) => submitProposal({ store, actor: a, input }));
  const review = (a: Actor, id: number, decision: string, note: string) =>
    withProposalStore(handle.db, a, testClock.now(), (store) =>
      reviewProposal({ store, actor: a, id, decision, note }),
    );
  const counts = async () => ({
    proposals: await handle.db.$count(t.proposals),
    audit: await handle.db.$count(t.auditLog),
  });
  const lastAudit = async () => (await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1))[0]!;

  it('takes a stakeholder’s proposal, waiting for review, with an audit entry', async () => {
    const { id } = await submit(stakeholder, correction);
    expect(await getProposal(handle.db, id)).toMatchObject({
      status: 'submitted',
      subjectRef: 'agreement:lazio-2021',
      organisation: expect.stringMatching(/Industrie- und Handelskammer/),
      reviewedAt: null,
    });
    expect(await lastAudit()).toMatchObject({
      action: 'proposal.submit',
      entityType: 'proposal',
      entityId: String(id),
      after: { title: correction.title, status: 'submitted' },
    });
    const own = await findProposals(handle.db, { submittedByUserId: (stakeholder as { userId: number }).userId });
    expect(own.map((p) => p.id)).toContain(id);
    const others = await findProposals(handle.db, {
      submittedByUserId: (otherStakeholder as { userId: number }).userId,
    });
    expect(others).toEqual([]);
  });

  it('refuses bad input field by field, a record the submitter cannot see, and the public; writes nothing', async () => {
    const before = await counts();
    const error = await submit(stakeholder, {
      kind: 'beschwerde',
      title: ' ',
      body: 'x'.repeat(10_001),
      subject: 'partnership:atlantis',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [
        { field: 'kind', message: 'is not a value of the vocabulary' },
        { field: 'title', message: 'is required' },
        { field: 'body', message: 'is too long' },
      ],
    });
    for (const body of ['Text\u0007', 'Vertrag\u202efdp.exe', 'Null\u200bbreite'])
      await expect(submit(stakeholder, { ...correction, body })).rejects.toMatchObject({
        issues: [
          { field: 'body', message: 'must not contain control or invisible characters (such as direction overrides)' },
        ],
      });
    for (const subject of ['partnership:atlantis', 'partnership:hubei', 'vertrag:lazio', 'lazio'])
      await expect(submit(stakeholder, { ...correction, subject })).rejects.toMatchObject({
        issues: [{ field: 'subject', message: 'names nothing the register knows' }],
      });
    await expect(submit(PUBLIC, correction)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await counts()).toEqual(before);
    // An internal user may refer to an internal partnership.
    expect(await submit(editor, { ...correction, subject: 'partnership:hubei' })).toMatchObject({
      status: 'submitted',
    });
  });

  it('lets coordinators accept or reject once, a rejection only with a note; others not at all', async () => {
    const { id } = await submit(stakeholder, { ...correction, kind: 'new_activity', subject: '' });
    const before = await counts();
    for (const a of [stakeholder, editor])
      await expect(review(a, id, 'accepted', '')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(review(coordinator, id, 'rejected', '  ')).rejects.toMatchObject({
      issues: [{ field: 'note', message: 'a rejection needs a note' }],
    });
    await expect(review(coordinator, id, 'vielleicht', '')).rejects.toMatchObject({
      issues: [{ field: 'decision', message: 'is not a value of the vocabulary' }],
    });
    await expect(review(coordinator, 999_999, 'accepted', '')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
    await review(coordinator, id, 'rejected', 'Die Reise ist bereits erfasst.');
    expect(await getProposal(handle.db, id)).toMatchObject({
      status: 'rejected',
      reviewNote: 'Die Reise ist bereits erfasst.',
      reviewedAt: expect.any(String),
    });
    expect(await lastAudit()).toMatchObject({
      action: 'proposal.reject',
      before: { status: 'submitted' },
      after: { status: 'rejected', note: 'Die Reise ist bereits erfasst.' },
    });
    await expect(review(coordinator, id, 'accepted', '')).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const accepted = await submit(stakeholder, correction);
    await review(coordinator, accepted.id, 'accepted', '');
    expect(await getProposal(handle.db, accepted.id)).toMatchObject({ status: 'accepted', reviewNote: null });
  });
});
