import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit-log.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/** Strings an attacker or a broken client would send. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom(
    "'; drop table partnerships; --",
    '<script>alert(1)</script>',
    '\u0000',
    '../../etc/passwd',
    '%00',
    '${jndi:ldap://x}',
    'NaN',
    '-1',
    '9999-99-99',
    '2026-02-30',
    ' ',
    '🌉'.repeat(500),
  ),
);
const partialDateish = fc.oneof(fc.constantFrom('2026', '2026-11', '2026-11-21', '2022-02-24', '2030-01'), hostile);
const statusBody = fc.oneof(
  fc.anything(),
  fc.record(
    {
      to: fc.oneof(fc.constantFrom('active', 'dormant', 'ended', 'under_examination'), hostile),
      effectiveOn: partialDateish,
      reason: hostile,
      source: fc.oneof(
        fc.record(
          {
            document: fc.oneof(fc.constant('strategie-2025'), hostile),
            locator: hostile,
            quote: fc.oneof(fc.constant('Prüfung weiterer sektoraler Partnerschaften'), hostile),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  ),
);
const ref = fc.oneof(
  fc.constantFrom('lazio', 'RU-TA', 'tatarstan', 'IT-62', '999999', 'PL-DS'),
  hostile.filter((s) => s.length > 0),
);

describe('hostile input at every write endpoint', () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let csrf: string;

  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    csrf = (await app.inject({ url: '/api/v1/me', headers: { cookie: coordinator.cookie } })).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const snapshot = async () => ({
    changes: (await handle.db.select({ n: count() }).from(t.partnershipStatusChanges))[0]!.n,
    citations: (await handle.db.select({ n: count() }).from(t.citations))[0]!.n,
    statuses: await handle.db
      .select({ key: t.partnerships.key, status: t.partnerships.status })
      .from(t.partnerships)
      .orderBy(t.partnerships.key),
  });

  it('POST /api/v1/partnerships/:ref/status: never a 5xx, never a partial write, always problem+json naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(ref, statusBody, async (target, body) => {
        const before = await snapshot();
        const res = await app.inject({
          method: 'POST',
          url: `/api/v1/partnerships/${encodeURIComponent(target)}/status`,
          headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          payload: JSON.stringify(body ?? null),
        });
        expect(res.statusCode).toBeLessThan(500);
        const after = await snapshot();
        if (res.statusCode === 201) {
          expect(after.changes).toBe(before.changes + 1);
          expect(after.citations).toBe(before.citations + 1);
          return;
        }
        expect(after).toEqual(before);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        const problem = res.json();
        expect(problem.status).toBe(res.statusCode);
        expect(problem.detail.length).toBeGreaterThan(0);
        if (res.statusCode === 400) expect(problem.errors[0].pointer.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    expect((await verifyAuditChain(handle.db)).brokenAt).toBeNull();
  });

  // Found by the property above: the JSON parser's own refusals name the body, like every other refusal.
  it.each([
    ['a prototype key', '{"extra":{"__proto__":{}}}', 'invalid_json'],
    ['a constructor prototype', '{"constructor":{"prototype":{}}}', 'invalid_json'],
    ['broken JSON', '{"to": "dormant"', 'invalid_json'],
    ['an empty body', '', 'empty'],
  ])(
    'POST /api/v1/partnerships/lazio/status with %s: 400 naming the body, nothing written',
    async (_, payload, code) => {
      const before = await snapshot();
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/partnerships/lazio/status',
        headers: { cookie: coordinator.cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().errors).toEqual([{ pointer: 'body', code, detail: expect.stringMatching(/JSON|empty/) }]);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('POST /anmelden: never a 5xx whatever the form holds', async () => {
    const page = await app.inject({ url: '/anmelden' });
    const anon = page.cookies.find((c) => c.name === '__Host-bb_anon')!;
    const token = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.oneof(fc.constantFrom('email', 'password', 'zurueck'), fc.string()), hostile),
        async (fields) => {
          const res = await app.inject({
            method: 'POST',
            url: '/anmelden',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${anon.name}=${anon.value}` },
            payload: new URLSearchParams({ ...fields, csrf: token }).toString(),
          });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode === 302) expect(res.headers.location).toMatch(/^\/(?![/\\])/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
