import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { queueCandidates } from '../../db/review/queue-candidates.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { buildUser, type TestUser } from '../support/users.ts';

/** A press release written for the tests (the five seeded documents hold no fact the register lacks). */
const QUEBEC = `Medieninformation

Sachsen und Québec vertiefen ihre Regionalpartnerschaft

Dresden/Québec (12. Mai 2025) – Staatsministerin und Ministerin für internationale Beziehungen haben heute in Québec eine Absichtserklärung über die Zusammenarbeit in Wissenschaft und Kultur unterzeichnet.

Eine Delegation des Sächsischen Staatsministeriums für Wissenschaft, Kultur und Tourismus reiste vom 11. bis 13. Mai 2025 nach Québec.`;
const SIGNED =
  'haben heute in Québec eine Absichtserklärung über die Zusammenarbeit in Wissenschaft und Kultur unterzeichnet';
const TRIP =
  'Eine Delegation des Sächsischen Staatsministeriums für Wissenschaft, Kultur und Tourismus reiste vom 11. bis 13. Mai 2025 nach Québec.';
const LAZIO_SIGNED =
  'Mit dem heute unterzeichneten Memorandum of Understanding wird die Zusammenarbeit für die Dauer von fünf Jahren fortgeschrieben und vertieft.';
const LAZIO_SINCE = 'Sachsen und die Region Lazio hatten am 18. Oktober 2016 ihre Regionalpartnerschaft vereinbart.';

const quebec = { iso: 'CA-QC', name: 'Québec' };
const lazio = { iso: 'IT-62', name: 'Lazio' };
const base = { endDate: null, confidence: 0.9 } as const;
const FACTS: ExtractedFact[] = [
  {
    ...base,
    type: 'agreement_signed',
    partner: quebec,
    date: '2025-05-12',
    quote: SIGNED,
    agreementKind: 'Absichtserklärung',
  },
  {
    ...base,
    type: 'activity',
    activityKind: 'delegation_trip',
    partner: quebec,
    date: '2025-05-11',
    endDate: '2025-05-13',
    quote: TRIP,
    organiser: { key: 'smwk', name: 'Sächsisches Staatsministerium für Wissenschaft, Kultur und Tourismus' },
    title: 'Delegationsreise des SMWK nach Québec',
  },
];
const LAZIO_FACTS: ExtractedFact[] = [
  {
    ...base,
    type: 'agreement_signed',
    partner: lazio,
    date: '2021-10-04',
    quote: LAZIO_SIGNED,
    agreementKind: 'Memorandum of Understanding',
  },
  // Deliberately another start date than the register's (18 Oct 2016): a conflict.
  { ...base, type: 'partnership_established', partner: lazio, date: '2016-10-17', quote: LAZIO_SINCE },
];

describe.each(engines)('the review queue on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let editor: TestUser;
  let reader: TestUser;
  const ids: Record<string, number> = {};

  async function addDocument(
    key: string,
    content: string,
    visibility: 'public' | 'restricted',
    organisation: number | null,
  ) {
    const [row] = await handle.db
      .insert(t.sourceDocuments)
      .values({
        key,
        fileName: `${key}.txt`,
        kind: 'press_release',
        title: `Testdokument ${key}`,
        publisher: 'Test',
        publishedOn: '2025-05-12',
        language: 'de',
        content,
        sha256: createHash('sha256').update(content).digest('hex'),
        visibility,
        organisationId: organisation,
      })
      .returning({ id: t.sourceDocuments.id });
    return row!.id;
  }
  const queue = (documentId: number, facts: ExtractedFact[]) =>
    handle.db.transaction((tx) => queueCandidates(tx, documentId, facts, testClock.now()));
  async function call(user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, body?: object) {
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } });
    const res = await app.inject({
      method,
      url,
      headers: { cookie: user.cookie, 'x-csrf-token': me.json().csrfToken },
      ...(body ? { payload: body } : method === 'GET' ? {} : { payload: {} }),
    });
    return { status: res.statusCode, body: res.json() };
  }

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    editor = await buildUser(handle.db, 'ministry_editor', 'SMWK');
    reader = await buildUser(handle.db, 'reader', 'SMI');
    const quebecDoc = await addDocument('test-pm-quebec', QUEBEC, 'public', null);
    const [lazioDoc] = await handle.db
      .select({ id: t.sourceDocuments.id })
      .from(t.sourceDocuments)
      .where(eq(t.sourceDocuments.key, 'pm-2021-10-04-lazio'));
    const smi = reader.organisationId!;
    const restricted = await addDocument('test-intern', `Vermerk\n\n${TRIP}`, 'restricted', smi);
    expect((await queue(quebecDoc, FACTS)).queued).toBe(2);
    expect((await queue(lazioDoc!.id, LAZIO_FACTS)).queued).toBe(2);
    await queue(restricted, [{ ...FACTS[1]!, quote: TRIP, date: '2025-05' }]);
    for (const c of await handle.db.select().from(t.factCandidates)) {
      const f = c.fact as ExtractedFact;
      ids[
        `${c.sourceDocumentId === restricted ? 'restricted-' : ''}${f.type}${f.partner?.iso === 'IT-62' ? '-lazio' : ''}`
      ] = c.id;
    }
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('compares each fact with the register when it is queued, and does not queue a fact twice', async () => {
    const rows = await handle.db.select().from(t.factCandidates);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(ids.agreement_signed!)).toMatchObject({
      match: 'new',
      status: 'open',
      quoteAt: QUEBEC.indexOf(SIGNED),
    });
    expect(byId.get(ids['agreement_signed-lazio']!)).toMatchObject({
      match: 'recorded',
      matchRef: 'agreement:lazio-2021',
    });
    expect(byId.get(ids['partnership_established-lazio']!)).toMatchObject({
      match: 'conflict',
      matchRef: 'partnership:lazio',
    });
    expect(byId.get(ids.activity!)!.organisationId).toBe(editor.organisationId);
    const [doc] = await handle.db.select().from(t.sourceDocuments).where(eq(t.sourceDocuments.key, 'test-pm-quebec'));
    expect(await queue(doc!.id, FACTS)).toEqual({ queued: 0, alreadyQueued: 2, withoutPassage: 0, ids: [] });
    const invented = { ...FACTS[0]!, date: '2025-05-13', quote: 'Ein Satz, der nicht im Dokument steht.' };
    expect(await queue(doc!.id, [invented])).toMatchObject({ queued: 0, withoutPassage: 1 });
    expect(await handle.db.$count(t.factCandidates)).toBe(5);
  });

  it('shows coordinators the whole queue by document and partnership, with counts and pages', async () => {
    const all = await call(coordinator, 'GET', '/api/v1/review/candidates');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(5);
    expect(all.body.counts).toEqual({ open: 5, accepted: 0, merged: 0, rejected: 0 });
    expect(all.body.bySource).toContainEqual({
      key: 'test-pm-quebec',
      name: 'Testdokument test-pm-quebec',
      open: 2,
      total: 2,
    });
    expect(all.body.byPartnership.find((g: { key: string }) => g.key === 'lazio')).toMatchObject({ open: 2 });
    // Québec: the agreement and the trip of the press release, and the trip of the restricted note.
    const paged = await call(coordinator, 'GET', '/api/v1/review/candidates?partnership=quebec&pageSize=1&page=2');
    expect(paged.body).toMatchObject({ total: 3, page: 2, pages: 3 });
    expect(paged.body.items).toHaveLength(1);
    const one = await call(coordinator, 'GET', `/api/v1/review/candidates/${ids.agreement_signed}`);
    expect(one.body.sourceText.slice(one.body.quoteAt, one.body.quoteAt + SIGNED.length)).toBe(SIGNED);
  });

  it('shows a ministry editor only its own ministry’s activities from documents it may see; refuses a reader', async () => {
    const list = await call(editor, 'GET', '/api/v1/review/candidates');
    expect(list.body.items.map((c: { id: number }) => c.id)).toEqual([ids.activity]);
    expect(list.body.total).toBe(1);
    expect((await call(editor, 'GET', `/api/v1/review/candidates/${ids['restricted-activity']}`)).status).toBe(404);
    expect((await call(editor, 'POST', `/api/v1/review/candidates/${ids.agreement_signed}/accept`)).status).toBe(403);
    expect((await call(reader, 'GET', '/api/v1/review/candidates')).status).toBe(403);
    expect((await call(reader, 'POST', `/api/v1/review/candidates/${ids.activity}/accept`)).status).toBe(403);
    const restricted = await call(coordinator, 'GET', `/api/v1/review/candidates/${ids['restricted-activity']}`);
    expect(restricted.status).toBe(200);
  });

  it('accepts a new agreement through the agreement rules: on the partnership with its citation, and audited', async () => {
    const accepted = await call(coordinator, 'POST', `/api/v1/review/candidates/${ids.agreement_signed}/accept`);
    expect(accepted).toEqual({
      status: 200,
      body: { id: ids.agreement_signed, status: 'accepted', result: 'agreement:quebec-2025' },
    });
    const partnership = await call(coordinator, 'GET', '/api/v1/partnerships/quebec');
    const agreement = partnership.body.agreements.find((a: { key: string }) => a.key === 'quebec-2025');
    expect(agreement).toMatchObject({ kind: 'declaration_of_intent', signedOn: '2025-05-12' });
    expect(agreement.citations).toEqual([
      expect.objectContaining({ source: 'test-pm-quebec', quote: SIGNED, locator: 'Absatz 3', claim: 'signedOn' }),
    ]);
    const audit = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(2);
    expect(audit.map((a) => a.action)).toEqual(['review.accept', 'agreement.create']);
    expect(audit[0]).toMatchObject({ entityType: 'fact_candidate', actorUserId: coordinator.id });
    // Decided once.
    const again = await call(coordinator, 'POST', `/api/v1/review/candidates/${ids.agreement_signed}/accept`);
    expect(again.status).toBe(409);
  });

  it('merges a fact the register holds: the document becomes a further citation', async () => {
    const before = await handle.db.$count(t.citations);
    const merged = await call(coordinator, 'POST', `/api/v1/review/candidates/${ids['agreement_signed-lazio']}/accept`);
    expect(merged.body).toEqual({
      id: ids['agreement_signed-lazio'],
      status: 'merged',
      result: 'agreement:lazio-2021',
    });
    expect(await handle.db.$count(t.citations)).toBe(before + 1);
    const lazioPage = await call(coordinator, 'GET', '/api/v1/partnerships/lazio');
    const agreement = lazioPage.body.agreements.find((a: { key: string }) => a.key === 'lazio-2021');
    expect(agreement.citations.map((c: { quote: string }) => c.quote)).toContain(LAZIO_SIGNED);
  });

  it('opens a conflict with both claims when the register says otherwise', async () => {
    const res = await call(
      coordinator,
      'POST',
      `/api/v1/review/candidates/${ids['partnership_established-lazio']}/accept`,
    );
    expect(res.body.result).toBe(`conflict:kandidat-${ids['partnership_established-lazio']}`);
    const page = await call(coordinator, 'GET', '/api/v1/partnerships/lazio');
    expect(page.body.since).toBe('2016-10-18');
    const conflict = page.body.conflicts.find((c: { key: string }) => c.key.startsWith('kandidat-'));
    expect(conflict.claims).toHaveLength(2);
    expect(conflict.claims[0].citations.map((c: { source: string }) => c.source)).toContain('pm-2021-10-04-lazio');
    expect(conflict.claims[1].citations).toEqual([
      expect.objectContaining({ source: 'pm-2021-10-04-lazio', quote: LAZIO_SINCE }),
    ]);
  });

  it('lets a ministry editor correct and accept its own activity, written through the activity rules', async () => {
    const bad = await call(editor, 'PATCH', `/api/v1/review/candidates/${ids.activity}`, {
      date: '2025-13',
      organiser: 'smi',
    });
    expect(bad.status).toBe(400);
    const edited = await call(editor, 'PATCH', `/api/v1/review/candidates/${ids.activity}`, {
      title: 'Delegationsreise nach Québec',
    });
    expect(edited.body.fact).toMatchObject({ title: 'Delegationsreise nach Québec', date: '2025-05-11' });
    const accepted = await call(editor, 'POST', `/api/v1/review/candidates/${ids.activity}/accept`);
    expect(accepted.body.result).toMatch(/^activity:\d+$/);
    const id = Number(accepted.body.result.split(':')[1]);
    const [activity] = await handle.db.select().from(t.activities).where(eq(t.activities.id, id));
    expect(activity).toMatchObject({
      kind: 'delegation_trip',
      startsOn: '2025-05-11',
      endsOn: '2025-05-13',
      status: 'done',
      organiserId: editor.organisationId,
    });
    const cited = await handle.db
      .select()
      .from(t.citations)
      .where(and(eq(t.citations.activityId, id)));
    expect(cited).toEqual([expect.objectContaining({ quote: TRIP, claim: 'activity' })]);
  });

  it('rejects only with a reason, and then keeps it', async () => {
    const id = ids['restricted-activity']!;
    const without = await call(coordinator, 'POST', `/api/v1/review/candidates/${id}/reject`, { reason: '  ' });
    expect(without.status).toBe(400);
    expect(without.body.errors).toEqual([expect.objectContaining({ pointer: 'reason' })]);
    const rejected = await call(coordinator, 'POST', `/api/v1/review/candidates/${id}/reject`, {
      reason: 'Doppelt erfasst',
    });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Doppelt erfasst' });
    const all = await call(coordinator, 'GET', '/api/v1/review/candidates?status=rejected');
    expect(all.body.items).toEqual([expect.objectContaining({ id, reason: 'Doppelt erfasst' })]);
    expect(all.body.counts).toEqual({ open: 0, accepted: 3, merged: 1, rejected: 1 });
  });
});
