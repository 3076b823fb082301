import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/access/actor.ts';
import { acceptProposalAsActivity } from '../../core/proposals/accept-proposal.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { withProposalAndActivityStores } from '../../db/proposals/proposal.store.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { buildUser, type TestUser } from '../support/users.ts';

const PROPOSAL = {
  kind: 'new_activity' as const,
  title: 'Fachkräftetag der IHK mit Partnern aus Québec',
  body: 'Am 3. März 2027 in Dresden, mit Unternehmen aus Québec.',
  subjectRef: 'partnership:quebec',
};

describe.each(engines)('accepting a proposal of a new activity on %s', (engine) => {
  let handle: DatabaseHandle;
  let stakeholder: TestUser;
  let coordinator: Actor;
  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    stakeholder = await buildUser(handle.db, 'stakeholder', 'IHK');
    const c = await buildUser(handle.db, 'coordinator', 'SK');
    coordinator = { kind: 'user', userId: c.id, label: c.email, role: 'coordinator', organisationId: c.organisationId };
  });
  afterAll(async () => handle?.close());

  const insert = async () =>
    (
      await handle.db
        .insert(t.proposals)
        .values({ ...PROPOSAL, submittedByUserId: stakeholder.id })
        .returning({ id: t.proposals.id })
    )[0]!.id;
  const accept = (id: number, input: Record<string, string>, actor = coordinator) =>
    withProposalAndActivityStores(handle.db, actor, testClock.now(), (stores) =>
      acceptProposalAsActivity({ ...stores, actor, id, input, note: 'Übernommen.' }),
    );

  it('records the activity through the activity rules and accepts the proposal in one transaction', async () => {
    const id = await insert();
    const refused = await accept(id, { title: PROPOSAL.title, status: 'planned', visibility: 'internal' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ field: 'kind' })] });
    const [waiting] = await handle.db.select().from(t.proposals).where(eq(t.proposals.id, id));
    expect(waiting!.status).toBe('submitted');
    const result = await accept(id, {
      kind: 'conference',
      title: PROPOSAL.title,
      startsOn: '2027-03-03',
      partnership: 'quebec',
      organiser: 'sk',
      status: 'planned',
      visibility: 'internal',
    });
    const [activity] = await handle.db.select().from(t.activities).where(eq(t.activities.id, result.activity));
    expect(activity).toMatchObject({ kind: 'conference', startsOn: '2027-03-03', title: PROPOSAL.title });
    const [accepted] = await handle.db.select().from(t.proposals).where(eq(t.proposals.id, id));
    expect(accepted).toMatchObject({ status: 'accepted', reviewNote: 'Übernommen.' });
    const audit = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(2);
    expect(audit.map((a) => a.action)).toEqual(['proposal.accept', 'activity.create']);
    expect(audit[0]!.after).toMatchObject({ activity: result.activity });
    expect(
      await accept(id, { kind: 'conference', title: 'x', status: 'planned', visibility: 'internal' }).catch(
        (e: unknown) => e,
      ),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });
});

describe('the acceptance page', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let stakeholder: TestUser;
  let id = 0;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    stakeholder = await buildUser(handle.db, 'stakeholder', 'IHK');
    [{ id }] = (await handle.db
      .insert(t.proposals)
      .values({ ...PROPOSAL, submittedByUserId: stakeholder.id })
      .returning({ id: t.proposals.id })) as [{ id: number }];
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('opens the activity form filled from the proposal, records the activity, and shows the stakeholder the outcome', async () => {
    const proposalPage = await app.inject({ url: `/vorschlaege/${id}`, headers: { cookie: coordinator.cookie } });
    expect(proposalPage.body).toContain(`href="/vorschlaege/${id}/annehmen"`);
    const form = await app.inject({ url: `/vorschlaege/${id}/annehmen`, headers: { cookie: coordinator.cookie } });
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(new RegExp(`name="title"[^>]*value="${PROPOSAL.title}"`));
    expect(form.body).toMatch(/<option value="quebec" selected=""/);
    const csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
    const post = (fields: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: `/vorschlaege/${id}/annehmen`,
        headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ csrf, ...fields }).toString(),
      });
    const base = {
      title: PROPOSAL.title,
      partnership: 'quebec',
      organiser: 'sk',
      status: 'planned',
      visibility: 'internal',
    };
    const refused = await post(base);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/id="activity-kind-error" role="alert"/);
    const asked = await post({ ...base, kind: 'conference', startsOn: '2027-03-03' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Trotzdem speichern');
    const saved = await post({ ...base, kind: 'conference', startsOn: '2027-03-03', intent: 'confirm' });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe(`/vorschlaege/${id}?geprueft=1`);
    const own = await app.inject({ url: `/vorschlaege/${id}`, headers: { cookie: stakeholder.cookie } });
    expect(own.body).toContain('Erfasst als Aktivität');
    expect(own.body).toContain(PROPOSAL.title);
    expect(own.body).toContain('Als Aktivität in das Register übernommen');
    expect(
      (await app.inject({ url: `/vorschlaege/${id}/annehmen`, headers: { cookie: coordinator.cookie } })).statusCode,
    ).toBe(404);
  });
});
