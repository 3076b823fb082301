import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { MAX_CONCURRENT_UPLOADS } from '../../server/upload-pages.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const statusBody = {
  to: 'dormant',
  effectiveOn: '2026-11',
  reason: 'Test',
  source: { document: 'strategie-2025', locator: 'II)', quote: 'Prüfung weiterer sektoraler Partnerschaften' },
};

describe('CSRF, security headers and rate limits', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let csrf: string;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    app = await buildApp({ services: { db: handle.db, clock: testClock } });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const post = (headers: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/partnerships/lazio/status',
      headers: { cookie: coordinator.cookie, ...headers },
      payload: statusBody,
    });

  it('refuses a state-changing request without a token, with a wrong one, or from another site', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { 'x-csrf-token': 'forged' },
      { 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const res = await post(headers);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().errors[0].pointer).toBe('csrf');
    }
    expect((await app.inject({ url: '/api/v1/partnerships/lazio' })).json().status).toBe('active');
  });

  it('binds the token to the session: another session’s token does not work', async () => {
    const other = await buildUser(handle.db, 'coordinator', 'SK', 'other.coordinator@test.sachsen.de');
    const othersToken = (await app.inject({ url: '/api/v1/me', headers: { cookie: other.cookie } })).json().csrfToken;
    expect(othersToken).not.toBe(csrf);
    expect((await post({ 'x-csrf-token': othersToken })).statusCode).toBe(403);
    expect((await post({ 'x-csrf-token': csrf })).statusCode).toBe(201);
  });

  it('refuses a login form posted without its token', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/anmelden',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a%40b.de&password=x',
    });
    expect(res.statusCode).toBe(403);
  });

  it('sends security headers: CSP without unsafe-inline, no framing, strict referrer policy, nosniff', async () => {
    const res = await app.inject({ url: '/' });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    for (const tag of res.body.match(/<script[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const cookie = res.cookies.find((c) => c.name === '__Host-bb_anon')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
  });

  it('limits login attempts per client', async () => {
    const statuses = await failedLogins(app);
    // Ten attempts a minute (the form posted without a token above was one of them).
    expect(statuses[0]).toBe(400);
    expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(10);
    expect(statuses.slice(-2)).toEqual([429, 429]);
    expect(new Set(statuses)).toEqual(new Set([400, 429]));
  });

  it('lets no cache keep what a logged-in user sees, nor API answers, but public pages for anonymous readers', async () => {
    for (const url of ['/', '/partnerschaften/lazio', '/uebersicht', '/api/v1/partnerships', '/api/v1/me']) {
      const res = await app.inject({ url, headers: { cookie: coordinator.cookie } });
      expect(res.headers['cache-control'], url).toBe('private, no-store');
    }
    const first = await app.inject({ url: '/partnerschaften/lazio' });
    expect(first.headers['cache-control']).toBe('private, no-store'); // it sets the anonymous cookie
    const anon = first.cookies.find((c) => c.name === '__Host-bb_anon')!;
    const again = await app.inject({
      url: '/partnerschaften/lazio',
      headers: { cookie: `${anon.name}=${anon.value}` },
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['cache-control']).toBeUndefined();
    const api = await app.inject({ url: '/api/v1/partnerships', headers: { cookie: `${anon.name}=${anon.value}` } });
    expect(api.headers['cache-control']).toBe('private, no-store');
  });

  it('refuses a JSON body that names a key twice or a field the API does not know, naming it', async () => {
    const send = (url: string, payload: string) =>
      app.inject({
        method: 'POST',
        url,
        headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        payload,
      });
    const before = await handle.db.$count(t.partnershipStatusChanges);
    const twice = await send(
      '/api/v1/partnerships/lazio/status',
      JSON.stringify(statusBody).replace('"to":"dormant"', '"to":"dormant","to":"ended"'),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(twice.json().errors).toEqual([
      { pointer: 'to', code: 'duplicate_key', detail: 'appears twice in the JSON body' },
    ]);
    const unknown = await send('/api/v1/partnerships/lazio/status', JSON.stringify({ ...statusBody, colour: 'rot' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(['colour']);
    const round = await send('/api/v1/rounds', JSON.stringify({ key: 'x', colour: 'rot' }));
    expect(round.statusCode).toBe(400);
    expect(round.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('colour');
    expect(await handle.db.$count(t.partnershipStatusChanges)).toBe(before);
  });

  it('refuses bodies over the size limit', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/partnerships/lazio/status',
      headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf },
      payload: { ...statusBody, reason: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
  });
});

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  let handle: DatabaseHandle;
  let trusting: FastifyInstance;
  let plain: FastifyInstance;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    trusting = await buildApp({ services: { db: handle.db, clock: testClock }, trustProxy: ['127.0.0.1/32'] });
    plain = await buildApp({ services: { db: handle.db, clock: testClock } });
  });
  afterAll(async () => {
    await trusting?.close();
    await plain?.close();
    await handle?.close();
  });

  it('sends HSTS when the trusted proxy says the client came over HTTPS, and not when an untrusted one says it', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    const behindProxy = await trusting.inject({ url: '/', headers });
    expect(behindProxy.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await plain.inject({ url: '/', headers })).headers['strict-transport-security']).toBeUndefined();
    const spoofed = await trusting.inject({ url: '/', headers, remoteAddress: '192.0.2.9' });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });

  it('counts the login limit per real client behind the proxy', async () => {
    // Twelve people behind one proxy: none is limited.
    expect(new Set(await failedLogins(trusting, { forwardedFor: (i) => `198.51.100.${i + 1}` }))).toEqual(
      new Set([400]),
    );
    // One person twelve times: limited after ten.
    expect((await failedLogins(trusting, { forwardedFor: () => '198.51.100.200' })).slice(-2)).toEqual([429, 429]);
    // A client that is not the proxy cannot escape the limit by claiming other addresses.
    expect(
      (await failedLogins(trusting, { forwardedFor: (i) => `203.0.113.${i + 1}`, remoteAddress: '192.0.2.9' })).slice(
        -2,
      ),
    ).toEqual([429, 429]);
  });
});

/**
 * Twelve failed logins with one anonymous cookie, optionally through a proxy that forwards a
 * client address per attempt; the statuses answered.
 */
async function failedLogins(
  app: FastifyInstance,
  through?: { forwardedFor: (i: number) => string; remoteAddress?: string },
): Promise<number[]> {
  const page = await app.inject({ url: '/anmelden' });
  const anon = page.cookies.find((c) => c.name === '__Host-bb_anon')!;
  const token = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await app.inject({
      method: 'POST',
      url: '/anmelden',
      remoteAddress: through?.remoteAddress,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${anon.name}=${anon.value}`,
        ...(through ? { 'x-forwarded-for': through.forwardedFor(i) } : {}),
      },
      payload: new URLSearchParams({ csrf: token, email: 'niemand@example.org', password: 'falsch falsch' }).toString(),
    });
    statuses.push(res.statusCode);
  }
  return statuses;
}

describe('uploads before their body is read', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let editor: TestUser;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    editor = await buildUser(handle.db, 'coordinator', 'SK');
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  /** A multipart body that arrives as slowly as the test says, counting what the server has read. */
  function slowUpload(cookie?: string) {
    const body = new PassThrough();
    let read = 0;
    body.on('data', (chunk: Buffer) => (read += chunk.length));
    const answer = app.inject({
      method: 'POST',
      url: '/quellen/neu',
      headers: {
        ...(cookie ? { cookie } : {}),
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(40 * 1024 * 1024),
      },
      payload: body,
    });
    body.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n');
    return { answer, read: () => read, end: () => body.end(`${'a'.repeat(10)}\r\n--x--\r\n`) };
  }

  it('sends an anonymous upload to the login page without reading its 40 MiB', async () => {
    const upload = slowUpload();
    const res = await upload.answer;
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/anmelden?zurueck=%2Fquellen%2Fneu');
    expect(upload.read()).toBeLessThan(1024 * 1024);
    upload.end();
  });

  it('reads at most four uploads at once and asks the fifth to come back', async () => {
    const running = Array.from({ length: MAX_CONCURRENT_UPLOADS }, () => slowUpload(editor.cookie));
    // Give the server the moment it needs to start reading each.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fifth = await slowUpload(editor.cookie).answer;
    expect(fifth.statusCode).toBe(503);
    expect(fifth.headers['retry-after']).toBe('5');
    for (const upload of running) upload.end();
    await Promise.all(running.map((u) => u.answer));
    const later = slowUpload(editor.cookie);
    later.end();
    expect((await later.answer).statusCode).not.toBe(503);
  });
});
