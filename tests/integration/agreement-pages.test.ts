import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../core/agreements/agreement-document.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { docxDocument, pdfDocument, windowsProgram } from '../support/documents.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * The agreement pages over HTTP, as a browser without JavaScript uses them: the renewal form,
 * the multipart upload with its own body limit and CSRF field, and the download's headers.
 */
let handle: DatabaseHandle;
let app: FastifyInstance;
let coordinator: TestUser;
let csrf = '';

beforeAll(async () => {
  handle = await createTestDatabase('pglite');
  app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
  coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  csrf = (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json()
    .csrfToken;
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

/** A multipart form as a browser sends it. */
async function multipart(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type')!, cookie: coordinator.cookie },
  };
}

const upload = async (key: string, fields: Record<string, string | File>) =>
  app.inject({ method: 'POST', url: `/vereinbarungen/${key}/dokument`, ...(await multipart(fields)) });

const fieldError = (html: string) => /id="document-file-error"[^>]*>([^<]*)</.exec(html)?.[1];

describe('renewing Lazio’s MoU by form', () => {
  const form = (fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/vereinbarungen/lazio-2021/erneuern',
      headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ csrf, ...fields }).toString(),
    });
  const renewal = {
    kind: 'memorandum_of_understanding',
    title: 'Memorandum of Understanding Sachsen – Latium (2026)',
    signedOn: '2021-01-01',
    termMonths: '60',
    // A renewal rests on a library document, like every other fact.
    source: 'pm-2021-10-04-lazio',
    locator: 'Absatz 3',
    quote: 'Sachsen und die Region Lazio hatten am 18. Oktober 2016 ihre Regionalpartnerschaft vereinbart.',
  };

  it('shows the form prefilled from the predecessor', async () => {
    const res = await app.inject({
      url: '/vereinbarungen/lazio-2021/erneuern',
      headers: { cookie: coordinator.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/name="termMonths"[^>]*value="60"/);
    expect(res.body).toMatch(/<option value="memorandum_of_understanding" selected=""/);
  });

  it('refuses a signing date before the predecessor’s next to the field, then saves and redirects', async () => {
    const before = await handle.db.$count(t.agreements);
    const refused = await form(renewal);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(
      /id="agreement-signedOn-error" role="alert">Die Erneuerung kann nicht vor der Unterzeichnung der vorigen Vereinbarung liegen: 4\. Oktober 2021\./,
    );
    expect(refused.body).toMatch(/aria-describedby="agreement-signedOn-error agreement-signedOn-hint"/);
    expect(await handle.db.$count(t.agreements)).toBe(before);
    const saved = await form({ ...renewal, signedOn: '2026-11-20' });
    expect(saved.statusCode).toBe(302);
    expect(saved.headers.location).toBe('/vereinbarungen/lazio-2026?erneuert=1#renewal-chain');
    const page = await app.inject({ url: '/vereinbarungen/lazio-2021', headers: { cookie: coordinator.cookie } });
    expect(page.body).toContain('href="/vereinbarungen/lazio-2026"');
    const again = await form({ ...renewal, signedOn: '2026-11-20' });
    expect(again.body).toMatch(
      /id="agreement-renews-error" role="alert">Diese Vereinbarung ist bereits erneuert worden\./,
    );
  });
});

describe('attaching and downloading the document', () => {
  it('stores a PDF and serves it back as an attachment with its type, never sniffed, the name in UTF-8', async () => {
    const pdf = pdfDocument('Memorandum of Understanding');
    const res = await upload('lazio-2021', {
      csrf,
      document: new File([pdf], 'MoU Sachsen–Latium ü.pdf', { type: 'application/octet-stream' }),
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/vereinbarungen/lazio-2021?dokument=1#documents');
    const detail = (await app.inject({ url: '/api/v1/agreements/lazio-2021' })).json();
    const [doc] = detail.documents;
    expect(doc).toMatchObject({ fileName: 'MoU Sachsen–Latium ü.pdf', sizeBytes: pdf.length });
    const download = await app.inject({ url: doc.href });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="MoU Sachsen?Latium ?.pdf"; filename*=UTF-8''MoU%20Sachsen%E2%80%93Latium%20%C3%BC.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const docx = await upload('lazio-2021', { csrf, document: new File([docxDocument('MoU')], 'MoU.docx') });
    expect(docx.statusCode).toBe(302);
    const second = (await app.inject({ url: '/api/v1/agreements/lazio-2021' })).json().documents[1];
    expect((await app.inject({ url: second.href })).headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('refuses a program renamed to .pdf, no file, and a file over 20 MiB, each next to the field', async () => {
    const before = await handle.db.$count(t.agreementDocuments);
    const exe = await upload('lazio-2021', { csrf, document: new File([windowsProgram()], 'vertrag.pdf') });
    expect(exe.statusCode).toBe(400);
    expect(fieldError(exe.body)).toBe(
      'Die Datei ist weder ein PDF noch ein Word-Dokument (DOCX). Geprüft wird der Inhalt, nicht der Name.',
    );
    expect(exe.body).toMatch(/aria-describedby="document-file-error"/);
    const none = await upload('lazio-2021', { csrf, document: new File([], '') });
    expect(fieldError(none.body)).toBe('Bitte eine Datei wählen.');
    const large = Buffer.concat([pdfDocument('groß'), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    const tooLarge = await upload('lazio-2021', { csrf, document: new File([large], 'gross.pdf') });
    expect(fieldError(tooLarge.body)).toBe('Die Datei ist zu groß: erlaubt sind höchstens 20 MiB.');
    expect(await handle.db.$count(t.agreementDocuments)).toBe(before);
  });

  it('answers 413 naming the limit for a body far beyond it, and 403 without the CSRF field', async () => {
    const huge = await upload('lazio-2021', {
      csrf,
      document: new File([Buffer.alloc(2 * MAX_DOCUMENT_BYTES + 1024 * 1024)], 'x.pdf'),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.headers['content-type']).toMatch(/problem\+json/);
    expect(huge.json().detail).toBe('A file of at most 20 MiB can be uploaded here.');
    const forged = await upload('lazio-2021', { csrf: 'forged', document: new File([pdfDocument('x')], 'x.pdf') });
    expect(forged.statusCode).toBe(403);
    const missing = await upload('lazio-2021', { document: new File([pdfDocument('x')], 'x.pdf') });
    expect(missing.statusCode).toBe(403);
  });

  it('refuses a multipart post to any other page (only the upload pages read one)', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/vereinbarungen/lazio-2021/erneuern',
      ...(await multipart({ csrf, title: 'x'.repeat(2 * 1024 * 1024) })),
    });
    expect(res.statusCode).toBe(403);
  });
});
