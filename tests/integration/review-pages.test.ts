import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { QUEBEC_QUOTE, QUEBEC_SIGNING, queueQuebecCandidates } from '../support/queued-candidate.ts';
import { buildUser, type TestUser } from '../support/users.ts';

/** The review pages over HTTP, as a browser without JavaScript uses them (forms, Post/Redirect/Get). */
let handle: DatabaseHandle;
let app: FastifyInstance;
let coordinator: TestUser;
let reader: TestUser;
let ids: number[] = [];

async function form(user: TestUser, url: string, fields: Record<string, string>) {
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } });
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ csrf: me.json().csrfToken, ...fields }).toString(),
  });
}
const page = (user: TestUser, url: string) => app.inject({ url, headers: { cookie: user.cookie } });

beforeAll(async () => {
  handle = await createTestDatabase('pglite');
  app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
  coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  reader = await buildUser(handle.db, 'reader', 'SMI');
  const fact = { ...QUEBEC_SIGNING, date: '2025-05', confidence: 0.7 };
  ids = await queueQuebecCandidates(handle.db, [fact, { ...fact, type: 'office_opened' }]);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('the review pages', () => {
  it('list the queue with counts, by document and by partnership; the main navigation links it', async () => {
    const res = await page(coordinator, '/pruefung');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/pruefung"');
    expect(res.body).toContain('Vorschläge: 2 offen, 0 angenommen, 0 zusammengeführt, 0 abgelehnt');
    expect(res.body).toContain(`href="/pruefung/${ids[0]}"`);
    expect(res.body).toContain('href="/pruefung?quelle=test-pm-quebec"');
    expect(res.body).toContain('href="/pruefung?partnerschaft=quebec"');
    const en = await page(coordinator, '/pruefung?lang=en&status=zzz');
    expect(en.body).toContain('Review of proposed facts');
    expect(en.body).toMatch(/id="filter-status-error" role="alert">Please choose a value from the list\./);
    expect((await page(reader, '/pruefung')).statusCode).toBe(403);
    expect((await page(reader, '/')).body).not.toContain('href="/pruefung"');
  });

  it('show a candidate with its passage highlighted in the document', async () => {
    const res = await page(coordinator, `/pruefung/${ids[0]}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`<mark>${QUEBEC_QUOTE}</mark>`);
    expect(res.body).toContain('Québec (12. Mai 2025) – ');
    expect((await page(coordinator, '/pruefung/999999')).statusCode).toBe(404);
  });

  it('refuse a correction next to its field, then correct, accept and redirect; the agreement is on the partnership', async () => {
    const url = `/pruefung/${ids[0]}`;
    const bad = await form(coordinator, url, {
      intent: 'edit',
      date: '12.05.2025',
      partnership: 'quebec',
      agreementKind: '',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(
      /id="candidate-date-error" role="alert">Bitte ein Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT angeben\./,
    );
    const refused = await form(coordinator, url, { intent: 'accept' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/id="candidate-agreementKind-error" role="alert">Bitte ausfüllen\./);
    const edited = await form(coordinator, url, {
      intent: 'edit',
      title: 'Absichtserklärung Sachsen – Québec',
      date: '2025-05-12',
      partnership: 'quebec',
      agreementKind: 'declaration_of_intent',
      renews: '',
    });
    expect(edited.statusCode).toBe(302);
    expect(edited.headers.location).toBe(`${url}?korrigiert=1`);
    const accepted = await form(coordinator, url, { intent: 'accept' });
    expect(accepted.statusCode).toBe(302);
    const after = await page(coordinator, `${url}?entschieden=1`);
    expect(after.body).toContain('Die Entscheidung wurde gespeichert.');
    expect(after.body).toContain('agreement:quebec-2025');
    const partnership = await page(coordinator, '/partnerschaften/quebec');
    expect(partnership.body).toContain('Absichtserklärung Sachsen – Québec');
    const [agreement] = await handle.db.select().from(t.agreements).where(eq(t.agreements.key, 'quebec-2025'));
    expect(agreement).toMatchObject({ kind: 'declaration_of_intent', signedOn: '2025-05-12' });
  });

  it('refuse an office (the register keeps none) and a rejection without reason; reject with one', async () => {
    const url = `/pruefung/${ids[1]}`;
    const accept = await form(coordinator, url, { intent: 'accept' });
    expect(accept.statusCode).toBe(400);
    expect(accept.body).toContain('Büros führt das Register noch nicht');
    const without = await form(coordinator, url, { intent: 'reject', reason: '' });
    expect(without.body).toMatch(/id="reject-reason-error" role="alert">Eine Ablehnung braucht eine Begründung\./);
    const rejected = await form(coordinator, url, {
      intent: 'reject',
      reason: 'Kein Büro, sondern eine Absichtserklärung.',
    });
    expect(rejected.statusCode).toBe(302);
    expect((await page(coordinator, url)).body).toContain('Kein Büro, sondern eine Absichtserklärung.');
  });
});
