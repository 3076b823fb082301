import { readFileSync } from 'node:fs';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { testClock } from '../support/clock.ts';
import { pdfOf } from '../support/documents.ts';
import { buildUser, type TestUser } from '../support/users.ts';

/** A real press release the register was not built from: Saxony and Hubei sign a declaration (2 November 2015). */
const HUBEI = readFileSync(new URL('../extraction/fixtures/hubei-2015-erklaerung.txt', import.meta.url), 'utf8');

describe.each(engines)('a document becomes a cited fact on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let csrf: string;
  let sourceKey: string;

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const as = (extra: Record<string, string> = {}) => ({ cookie: coordinator.cookie, 'x-csrf-token': csrf, ...extra });

  it('adds an uploaded PDF press release and queues the facts it states, nothing in the register yet', async () => {
    const agreementsBefore = await handle.db.$count(t.agreements);
    const boundary = 'quelle';
    const pdf = await pdfOf(HUBEI);
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const payload = Buffer.concat([
      Buffer.from(
        part('kind', 'press_release') +
          part('publishedOn', '2015-11-02') +
          part('publisher', 'Sächsische Staatskanzlei'),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="pm-hubei.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const added = await app.inject({
      method: 'POST',
      url: '/api/v1/sources',
      headers: as({ 'content-type': `multipart/form-data; boundary=${boundary}` }),
      payload,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().candidates).toBeGreaterThanOrEqual(2);
    sourceKey = added.json().key;
    expect(await handle.db.$count(t.agreements)).toBe(agreementsBefore);
  });

  it('accepts the declaration: the partnership shows it with its signing day, its citation, and the audit log records it', async () => {
    const queue = await app.inject({
      url: `/api/v1/review/candidates?source=${encodeURIComponent(sourceKey)}&type=agreement_signed`,
      headers: { cookie: coordinator.cookie },
    });
    expect(queue.statusCode, queue.body).toBe(200);
    const [candidate] = queue.json().items;
    expect(candidate).toMatchObject({ status: 'open', match: 'new', partnership: 'hubei' });
    expect(candidate.fact).toMatchObject({ type: 'agreement_signed', partner: { iso: 'CN-HB' }, date: '2015-11-02' });
    // The quote is the passage as the PDF gives it, line breaks and all.
    expect(HUBEI.replace(/\s+/g, ' ')).toContain(candidate.quote.replace(/\s+/g, ' '));

    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/review/candidates/${candidate.id}/accept`,
      headers: as({ 'content-type': 'application/json' }),
      payload: '{}',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const partnership = (await app.inject({ url: '/api/v1/partnerships/hubei' })).json();
    const agreement = partnership.agreements.find((a: { signedOn: string | null }) => a.signedOn === '2015-11-02');
    expect(agreement).toBeDefined();
    expect(agreement.citations).toContainEqual(expect.objectContaining({ source: sourceKey, quote: candidate.quote }));

    const entries = await handle.db
      .select({ action: t.auditLog.action })
      .from(t.auditLog)
      .where(eq(t.auditLog.entityType, 'agreement'))
      .orderBy(desc(t.auditLog.id))
      .limit(3);
    expect(entries.map((e) => e.action)).toContain('agreement.create');

    const page = await app.inject({ url: '/partnerschaften/hubei', headers: { cookie: coordinator.cookie } });
    expect(page.body).toContain(sourceKey);
  });
});
