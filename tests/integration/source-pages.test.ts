import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { docxDocument, pdfDocument } from '../support/documents.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * The source library over HTTP: the pages under /quellen as a browser without JavaScript uses
 * them (multipart form, Post/Redirect/Get, errors beside the fields), and /api/v1/sources.
 */
let handle: DatabaseHandle;
let app: FastifyInstance;
let coordinator: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
let reader: TestUser;
const csrfOf = async (user: TestUser) =>
  (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } })).json().csrfToken as string;

beforeAll(async () => {
  handle = await createTestDatabase('pglite');
  app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
  coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  editor = await buildUser(handle.db, 'ministry_editor', 'SMWA');
  otherEditor = await buildUser(handle.db, 'ministry_editor', 'SMK');
  reader = await buildUser(handle.db, 'reader', null);
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

async function post(user: TestUser, fields: Record<string, string | File>) {
  const form = new FormData();
  form.set('csrf', await csrfOf(user));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return app.inject({
    method: 'POST',
    url: '/quellen/neu',
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, cookie: user.cookie },
  });
}
const page = (url: string, user?: TestUser) => app.inject({ url, headers: user ? { cookie: user.cookie } : {} });
const empty = () => new File([], '');
const errorOf = (html: string, field: string) => new RegExp(`id="source-${field}-error"[^>]*>([^<]*)<`).exec(html)?.[1];

describe('adding a source by form', () => {
  it('shows the form to coordinators and editors, and tells readers they may not add documents', async () => {
    const form = await page('/quellen/neu', editor);
    expect(form.statusCode).toBe(200);
    expect(form.body).toMatch(/enctype="multipart\/form-data"/i);
    const refused = await page('/quellen/neu', reader);
    expect(refused.body).toContain('Ihre Rolle erlaubt das nicht.');
    expect(refused.body).toMatch(/<form[^>]*hidden/);
    expect((await page('/quellen/neu')).statusCode).toBe(302);
  });

  it('stores an uploaded PDF and redirects to its page, which shows its text', async () => {
    const res = await post(coordinator, {
      file: new File([pdfDocument('Zwanzig Jahre mit Niederschlesien')], 'pm.pdf'),
      kind: 'press_release',
      publishedOn: '2024-06',
      title: 'Zwanzig Jahre Partnerschaft mit Niederschlesien',
      language: 'de',
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/quellen/pm-2024-06-zwanzig-jahre-partnerschaft?hinzugefuegt=1');
    const shown = await page(res.headers.location!, coordinator);
    expect(shown.body).toContain('Die Quelle wurde aufgenommen.');
    expect(shown.body).toContain('Zwanzig Jahre mit Niederschlesien');
    expect(shown.body).toContain('id="candidates"');
  });

  it('recognises the same file again and sends the reader to the stored document', async () => {
    const before = await handle.db.$count(t.sourceDocuments);
    const res = await post(editor, {
      file: new File([pdfDocument('Zwanzig Jahre mit Niederschlesien')], 'kopie.pdf'),
      language: 'de',
    });
    expect(res.headers.location).toBe('/quellen/pm-2024-06-zwanzig-jahre-partnerschaft?vorhanden=1');
    expect(await handle.db.$count(t.sourceDocuments)).toBe(before);
    expect((await page(res.headers.location!, editor)).body).toContain('bereits in der Bibliothek');
  });

  it('puts each refusal beside its field and in the summary, and keeps what was typed', async () => {
    const before = await handle.db.$count(t.sourceDocuments);
    const lying = await post(editor, {
      file: new File([docxDocument('Vermerk')], 'vermerk.pdf'),
      publishedOn: '2024-13',
      url: 'javascript:alert(1)',
      title: 'Mein Titel',
    });
    expect(lying.statusCode).toBe(400);
    expect(errorOf(lying.body, 'file')).toBe('Die Endung des Dateinamens passt nicht zum Inhalt der Datei.');
    expect(errorOf(lying.body, 'publishedOn')).toMatch(/gültiges Datum/);
    expect(errorOf(lying.body, 'url')).toMatch(/http:\/\//);
    expect(lying.body).toContain('id="source-errors"');
    expect(lying.body).toMatch(/name="title"[^>]*value="Mein Titel"/);
    const nothing = await post(editor, { file: empty(), text: '' });
    expect(errorOf(nothing.body, 'file')).toBe('Bitte eine Datei wählen oder den Text einfügen.');
    expect(await handle.db.$count(t.sourceDocuments)).toBe(before);
  });

  it('keeps a restricted document of an editor from another ministry, and from the public', async () => {
    const res = await post(editor, {
      file: empty(),
      text: 'Vertraulich: Die Reise der Wirtschaftsdelegation nach Kalifornien wird um ein Jahr verschoben.',
      visibility: 'restricted',
      kind: 'letter',
      title: 'Vermerk zur Delegationsreise',
    });
    const key = /\/quellen\/([^?]+)/.exec(res.headers.location!)![1]!;
    expect((await page(`/quellen/${key}`, editor)).statusCode).toBe(200);
    expect((await page(`/quellen/${key}`, coordinator)).statusCode).toBe(200);
    expect((await page(`/quellen/${key}`, otherEditor)).statusCode).toBe(404);
    expect((await page(`/quellen/${key}`)).statusCode).toBe(404);
    expect((await page('/quellen', otherEditor)).body).not.toContain('Vermerk zur Delegationsreise');
    expect((await page('/quellen', editor)).body).toContain('Vermerk zur Delegationsreise');
    expect((await app.inject({ url: `/api/v1/sources/${key}` })).statusCode).toBe(404);
  });
});

describe('the source list', () => {
  it('filters by kind and year, in German and English, with a link in the main navigation', async () => {
    const res = await page('/quellen?kind=press_release&year=2021');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/quellen"');
    expect(res.body).toContain('Sachsen und italienische Region Lazio erneuern ihre Regionalpartnerschaft');
    expect(res.body).not.toContain('Kabinett beschließt');
    const en = await page('/quellen?lang=en');
    expect(en.body).toContain('Source library');
  });
});

describe('the API', () => {
  const api = async (user: TestUser, payload: unknown) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/sources',
      headers: { cookie: user.cookie, 'x-csrf-token': await csrfOf(user), 'content-type': 'application/json' },
      payload: JSON.stringify(payload),
    });

  it('adds pasted text, answers the same text with its key, and lists what the caller may see', async () => {
    const text = 'Staatsminister besucht die Partnerregion Hubei in Zentralchina, um die Zusammenarbeit zu beleben.';
    const added = await api(coordinator, { text, kind: 'press_release', publishedOn: '2019-11-05' });
    expect(added.statusCode).toBe(201);
    // The extraction proposes the minister's trip to Hubei for review.
    expect(added.json()).toMatchObject({ status: 'added', candidates: 1 });
    const key = added.json().key as string;
    expect(added.headers.location).toBe(`/api/v1/sources/${key}`);
    const again = await api(editor, { text });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ status: 'duplicate', key });
    const detail = (await app.inject({ url: `/api/v1/sources/${key}` })).json();
    expect(detail).toMatchObject({ key, text, originalText: null, publishedOn: '2019-11-05' });
    const list = (await app.inject({ url: '/api/v1/sources?year=2019' })).json();
    expect(list.data.map((s: { key: string }) => s.key)).toEqual([key]);
  });

  it('refuses bad input as problem+json with field pointers, readers with 403, and a missing CSRF token', async () => {
    const bad = await api(coordinator, {
      text: 'Ein Text über die Partnerschaft mit Südböhmen.',
      publishedOn: 'gestern',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().errors).toEqual([expect.objectContaining({ pointer: 'publishedOn', code: 'date' })]);
    expect((await api(reader, { text: 'Ein Text über die Partnerschaft mit Südböhmen.' })).statusCode).toBe(403);
    const forged = await app.inject({
      method: 'POST',
      url: '/api/v1/sources',
      headers: { cookie: coordinator.cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x' }),
    });
    expect(forged.statusCode).toBe(403);
  });

  it('takes a multipart upload', async () => {
    const form = new FormData();
    form.set('file', new File([docxDocument('Die Arbeitsgruppe Wasserstoff tagte in Prag.')], 'ag.docx'));
    form.set('language', 'de');
    form.set('kind', 'decision');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sources',
      payload: Buffer.from(await request.arrayBuffer()),
      headers: {
        'content-type': request.headers.get('content-type')!,
        cookie: coordinator.cookie,
        'x-csrf-token': await csrfOf(coordinator),
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().key).toBe('beschluss-ohne-datum-arbeitsgruppe-wasserstoff-tagte');
  });
});
