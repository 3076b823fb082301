import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutePolicy } from '../../core/access/route-policies.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import routes from '../../app/routes.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { pdfDocument } from '../support/documents.ts';
import { setUpRound, type RoundFixture } from '../support/round-fixture.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * Generated from the route tables: every API route and every page loader and form action is
 * requested as every role (and the public) and compared with the outcome written out here by
 * hand. A route that declares no policy fails.
 */
type Viewer = 'public' | 'coordinator' | 'ministry_editor' | 'assessor' | 'reader' | 'stakeholder';
const VIEWERS: Viewer[] = ['public', 'coordinator', 'ministry_editor', 'assessor', 'reader', 'stakeholder'];

/** 'pass': the policy lets the request through; 401/403: refused before anything runs. */
const EXPECTED: Record<Exclude<RoutePolicy, 'pages'>, Record<Viewer, 'pass' | 401 | 403>> = {
  public: {
    public: 'pass',
    coordinator: 'pass',
    ministry_editor: 'pass',
    assessor: 'pass',
    reader: 'pass',
    stakeholder: 'pass',
  },
  authenticated: {
    public: 401,
    coordinator: 'pass',
    ministry_editor: 'pass',
    assessor: 'pass',
    reader: 'pass',
    stakeholder: 'pass',
  },
  internal: {
    public: 401,
    coordinator: 'pass',
    ministry_editor: 'pass',
    assessor: 'pass',
    reader: 'pass',
    stakeholder: 403,
  },
  coordinator: { public: 401, coordinator: 'pass', ministry_editor: 403, assessor: 403, reader: 403, stakeholder: 403 },
  reviewer: { public: 401, coordinator: 'pass', ministry_editor: 'pass', assessor: 403, reader: 403, stakeholder: 403 },
};

/** A body that passes validation but is refused by the rules (so nothing changes). */
const BODIES: Record<string, unknown> = {
  // No text: refused as bad input before anything is stored.
  'POST /api/v1/sources': { text: '' },
  'POST /api/v1/partnerships/:ref/status': {
    to: 'under_examination',
    effectiveOn: '2026-11',
    reason: 'Test',
    source: { document: 'strategie-2025', locator: 'II)', quote: 'Prüfung weiterer sektoraler Partnerschaften' },
  },
  'PUT /api/v1/rounds/:key/recommendations/:partnership': { recommendation: 'continue', justification: 'Test' },
  'POST /api/v1/rounds/:key/decisions/:partnership': {
    decision: 'continue',
    decidedOn: '2026-11-21',
    body: 'Kabinett',
  },
  // A deadline in the past: refused by the rules, nothing is opened.
  'POST /api/v1/rounds': {
    key: 'auth-test',
    name: 'Test',
    occasion: 'ad_hoc',
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    scoringDeadline: '2020-01-01',
  },
  // The round "lazio-2021" does not exist: every write to it is refused.
  'PUT /api/v1/rounds/:key/weights': { method: 'equal' },
  'PUT /api/v1/rounds/:key/scope': { partnerships: ['lazio'] },
  'PUT /api/v1/rounds/:key/participants': { ministries: [], assessors: [] },
  'POST /api/v1/rounds/:key/criteria': { key: 'test', name: 'Test', guidance: 'Test', anchors: [] },
  'PUT /api/v1/rounds/:key/criteria/:criterion': { name: 'Test', guidance: 'Test', anchors: [] },
  'DELETE /api/v1/rounds/:key/criteria/:criterion': {},
  'POST /api/v1/rounds/:key/transitions': { to: 'review' },
  'PUT /api/v1/rounds/:key/scores/:partnership': { scores: [] },
  'POST /api/v1/rounds/:key/reminders': { ministry: 'smwk', message: 'Test' },
  // No candidate ":id" exists: every decision is refused.
  'PATCH /api/v1/review/candidates/:id': { title: 'Test' },
  'POST /api/v1/review/candidates/:id/accept': {},
  'POST /api/v1/review/candidates/:id/merge': {},
  'POST /api/v1/review/candidates/:id/reject': { reason: 'Test' },
};

let handle: DatabaseHandle;
let app: FastifyInstance;
const users = {} as Record<Exclude<Viewer, 'public'>, TestUser>;
/** A seeded public activity, for the pages with ":id". */
let activityId = 0;

async function request(viewer: Viewer, method: string, url: string, body?: unknown) {
  const cookie = viewer === 'public' ? undefined : users[viewer].cookie;
  const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie ? { cookie } : {} });
  const anon = me.cookies.find((c) => c.name === '__Host-bb_anon');
  const cookies = [cookie, anon && `${anon.name}=${anon.value}`].filter(Boolean).join('; ');
  const csrf = me.json().csrfToken as string;
  const form = body === undefined && method === 'POST';
  return app.inject({
    method: method as 'GET',
    url,
    headers: {
      cookie: cookies,
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : { 'x-csrf-token': csrf }),
    },
    ...(form
      ? { payload: new URLSearchParams({ csrf }).toString() }
      : body !== undefined
        ? { payload: body as object }
        : {}),
  });
}

beforeAll(async () => {
  handle = await createTestDatabase('pglite');
  app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
  users.coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  users.ministry_editor = await buildUser(handle.db, 'ministry_editor', 'SMWK');
  users.assessor = await buildUser(handle.db, 'assessor', 'SMWK');
  users.reader = await buildUser(handle.db, 'reader', 'SMI');
  users.stakeholder = await buildUser(handle.db, 'stakeholder', 'IHK');
  const [activity] = await handle.db
    .select({ id: t.activities.id })
    .from(t.activities)
    .where(eq(t.activities.key, 'reise-schenk-kyjiw-2024'));
  activityId = activity!.id;
});
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('every API route', () => {
  it('declares a policy (the app refuses to register one without)', () => {
    expect(app.routeTable.length).toBeGreaterThanOrEqual(12);
    for (const route of app.routeTable) expect(Object.keys(EXPECTED).concat('pages')).toContain(route.policy);
  });

  it('lets through exactly whom its policy names, for every role', async () => {
    // The /api/v1/* catch-all only answers 404 (tested with the API); every other route is checked.
    for (const route of app.routeTable.filter((r) => !r.url.endsWith('/*'))) {
      const url = route.url
        .replace(':ref', 'lazio')
        .replace(':partnership', 'lazio')
        .replace(':format', 'pdf')
        .replace(':key', route.url.includes('/measures/') ? 'V-02' : 'lazio-2021')
        .replace(':criterion', 'ziel-z1')
        .replace(':id', '999999');
      const body = BODIES[`${route.method} ${route.url}`];
      if (route.method !== 'GET') expect(body, `${route.method} ${route.url} needs a test body`).toBeDefined();
      for (const viewer of VIEWERS) {
        const res = await request(viewer, route.method, url, body);
        const expected = EXPECTED[route.policy as keyof typeof EXPECTED][viewer];
        const label = `${route.method} ${route.url} as ${viewer}`;
        if (expected === 'pass') expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.statusCode, label).toBe(expected);
        if (res.statusCode >= 400) expect(res.headers['content-type'], label).toMatch(/problem\+json/);
      }
    }
  });
});

describe('records by visibility and ministry', () => {
  beforeAll(async () => {
    const smwk = users.ministry_editor.organisationId!;
    const smi = users.reader.organisationId!;
    const set = (key: string, visibility: 'internal' | 'restricted', lead: number) =>
      handle.db.update(t.partnerships).set({ visibility, leadOrganisationId: lead }).where(eq(t.partnerships.key, key));
    await set('abu-dhabi', 'internal', smi);
    await set('hubei', 'restricted', smwk);
    await set('quebec', 'restricted', smi);
  });

  /** [internal (other ministry), restricted (own ministry of the SMWK users), restricted (SMI)] */
  const SEES: Record<Viewer, [boolean, boolean, boolean]> = {
    public: [false, false, false],
    coordinator: [true, true, true],
    ministry_editor: [true, true, false],
    assessor: [true, true, false],
    reader: [true, false, true],
    stakeholder: [false, false, false],
  };

  it.each(VIEWERS)('shows %s exactly the records they may see, in lists and one by one', async (viewer) => {
    const list = (await request(viewer, 'GET', '/api/v1/partnerships')).json().data.map((p: { key: string }) => p.key);
    const expected = SEES[viewer];
    ['abu-dhabi', 'hubei', 'quebec'].forEach((key, i) => {
      expect(list.includes(key), `${viewer} lists ${key}`).toBe(expected[i]);
    });
    for (const [i, key] of ['abu-dhabi', 'hubei', 'quebec'].entries()) {
      expect((await request(viewer, 'GET', `/api/v1/partnerships/${key}`)).statusCode, `${viewer} opens ${key}`).toBe(
        expected[i] ? 200 : 404,
      );
    }
    expect(list).toContain('lazio');
  });

  it.each(VIEWERS)('lets %s find by search exactly the records they may see', async (viewer) => {
    const found = async (q: string) =>
      (await request(viewer, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}&type=partnership`))
        .json()
        .data.map((p: { key: string }) => p.key);
    const expected = SEES[viewer];
    const queries: [string, string][] = [
      ['abu-dhabi', 'Abu Dhabi'],
      ['hubei', 'Hubei'],
      ['quebec', 'Québec'],
    ];
    for (const [i, [key, q]] of queries.entries())
      expect((await found(q)).includes(key), `${viewer} finds ${key}`).toBe(expected[i]);
  });
});

describe('agreements, their documents and proposals by visibility', () => {
  const docIds: Record<string, number> = {};
  let proposalId = 0;
  beforeAll(async () => {
    const smwk = users.ministry_editor.organisationId!;
    const smi = users.reader.organisationId!;
    const set = (key: string, visibility: 'internal' | 'restricted', lead: number) =>
      handle.db.update(t.partnerships).set({ visibility, leadOrganisationId: lead }).where(eq(t.partnerships.key, key));
    await set('niederschlesien', 'internal', smi);
    await set('lebuser-land', 'restricted', smwk);
    await set('tschechien', 'restricted', smi);
    for (const key of AGREEMENTS) {
      const [a] = await handle.db.select({ id: t.agreements.id }).from(t.agreements).where(eq(t.agreements.key, key));
      const content = pdfDocument(key);
      const [d] = await handle.db
        .insert(t.agreementDocuments)
        .values({
          agreementId: a!.id,
          fileName: `${key}.pdf`,
          mediaType: 'application/pdf',
          sizeBytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
        })
        .returning({ id: t.agreementDocuments.id });
      docIds[key] = d!.id;
    }
    const [p] = await handle.db
      .insert(t.proposals)
      .values({ kind: 'correction', title: 'Vorschlag', body: 'Text', submittedByUserId: users.stakeholder.id })
      .returning({ id: t.proposals.id });
    proposalId = p!.id;
  });

  /** [public (Lazio), internal (other ministry), restricted (own ministry of the SMWK users), restricted (SMI)] */
  const AGREEMENTS = [
    'lazio-2021',
    'niederschlesien-gemeinsame-erklaerung',
    'lebuser-land-gemeinsame-erklaerung',
    'tschechien-gemeinsame-erklaerung',
  ];
  const SEES: Record<Viewer, [boolean, boolean, boolean, boolean]> = {
    public: [true, false, false, false],
    coordinator: [true, true, true, true],
    ministry_editor: [true, true, true, false],
    assessor: [true, true, true, false],
    reader: [true, true, false, true],
    stakeholder: [true, false, false, false],
  };

  it.each(VIEWERS)(
    'shows %s exactly the agreements and documents they may see, in lists, pages and downloads',
    async (viewer) => {
      const list = (await request(viewer, 'GET', '/api/v1/agreements')).json().data.map((a: { key: string }) => a.key);
      const page = (await request(viewer, 'GET', '/vereinbarungen')).body;
      for (const [i, key] of AGREEMENTS.entries()) {
        const sees = SEES[viewer][i]!;
        expect(list.includes(key), `${viewer} lists ${key}`).toBe(sees);
        expect(page.includes(`/vereinbarungen/${key}"`), `${viewer} sees ${key} on the list page`).toBe(sees);
        const status = sees ? 200 : 404;
        expect((await request(viewer, 'GET', `/api/v1/agreements/${key}`)).statusCode, `${viewer} API ${key}`).toBe(
          status,
        );
        expect((await request(viewer, 'GET', `/vereinbarungen/${key}`)).statusCode, `${viewer} page ${key}`).toBe(
          status,
        );
        const download = await request(viewer, 'GET', `/vereinbarungen/${key}/dokumente/${docIds[key]}`);
        expect(download.statusCode, `${viewer} downloads ${key}`).toBe(status);
        if (sees) expect(download.rawPayload.equals(pdfDocument(key)), `${viewer} gets the bytes of ${key}`).toBe(true);
      }
      // A document is reached only through its own agreement.
      const crossed = await request(
        viewer,
        'GET',
        `/vereinbarungen/lazio-2021/dokumente/${docIds['tschechien-gemeinsame-erklaerung']}`,
      );
      expect(crossed.statusCode).toBe(404);
    },
  );

  it.each(VIEWERS)('shows %s a stakeholder’s proposal only if it is their own or they review it', async (viewer) => {
    const res = await request(viewer, 'GET', `/vorschlaege/${proposalId}`);
    const expected = viewer === 'public' ? 302 : viewer === 'stakeholder' || viewer === 'coordinator' ? 200 : 404;
    expect(res.statusCode).toBe(expected);
    const other = await buildUser(handle.db, 'stakeholder', 'IHK', `other.${viewer}@test.sachsen.de`);
    const seen = await app.inject({
      method: 'GET',
      url: `/vorschlaege/${proposalId}`,
      headers: { cookie: other.cookie },
    });
    expect(seen.statusCode).toBe(404);
    const list = await app.inject({ method: 'GET', url: '/vorschlaege', headers: { cookie: other.cookie } });
    expect(list.body).not.toContain(`/vorschlaege/${proposalId}"`);
  });
});

/** The route modules, loaded the way Vite resolves them. */
const routeModules = import.meta.glob<Record<string, unknown> & { handle?: { policy?: Record<string, string> } }>(
  '../../app/routes/**/*.tsx',
);
const routeModule = (file: string) => {
  const load = routeModules[`../../app/${file}`];
  if (!load) throw new Error(`route module app/${file} not found`);
  return load();
};

describe('every page', () => {
  const pages = routes.flatMap((r) =>
    'path' in r || 'index' in r ? [{ path: r.index ? '/' : `/${r.path}`, file: r.file }] : [],
  );
  const EXPECTED_PAGE: Record<Exclude<RoutePolicy, 'pages'>, Record<Viewer, 'pass' | 'login' | 403>> = {
    public: {
      public: 'pass',
      coordinator: 'pass',
      ministry_editor: 'pass',
      assessor: 'pass',
      reader: 'pass',
      stakeholder: 'pass',
    },
    authenticated: {
      public: 'login',
      coordinator: 'pass',
      ministry_editor: 'pass',
      assessor: 'pass',
      reader: 'pass',
      stakeholder: 'pass',
    },
    internal: {
      public: 'login',
      coordinator: 'pass',
      ministry_editor: 'pass',
      assessor: 'pass',
      reader: 'pass',
      stakeholder: 403,
    },
    coordinator: {
      public: 'login',
      coordinator: 'pass',
      ministry_editor: 403,
      assessor: 403,
      reader: 403,
      stakeholder: 403,
    },
    reviewer: {
      public: 'login',
      coordinator: 'pass',
      ministry_editor: 'pass',
      assessor: 403,
      reader: 403,
      stakeholder: 403,
    },
  };

  it('declares a policy for its loader and its form action', async () => {
    for (const page of pages) {
      const module = await routeModule(page.file);
      for (const kind of ['loader', 'action'] as const) {
        if (module[kind]) expect(module.handle?.policy?.[kind], `${page.file} ${kind}`).toBeDefined();
      }
    }
  });

  it('lets through exactly whom its policy names, for every role', async () => {
    for (const page of pages.filter((p) => p.path !== '/*')) {
      const module = await routeModule(page.file);
      for (const kind of ['loader', 'action'] as const) {
        const policy = module.handle?.policy?.[kind] as keyof typeof EXPECTED_PAGE | undefined;
        if (!module[kind] || !policy) continue;
        for (const viewer of VIEWERS) {
          // Logging out ends the session; it is tested on its own.
          if (page.path === '/abmelden' && kind === 'action' && viewer !== 'public') continue;
          const res = await request(
            viewer,
            kind === 'loader' ? 'GET' : 'POST',
            page.path
              .replace(':ref', 'lazio')
              .replace(':partnership', 'lazio')
              .replace(':key', page.path.startsWith('/massnahmen') ? 'V-02' : 'lazio-2021')
              .replace(':id', String(activityId))
              .replace(':type', 'partnerschaft')
              .replace(':partnership', 'lazio'),
          );
          const label = `${kind} of ${page.path} as ${viewer}`;
          const expected = EXPECTED_PAGE[policy][viewer];
          if (expected === 'login') {
            expect(res.statusCode, label).toBe(302);
            expect(res.headers.location, label).toMatch(/^\/anmelden\?zurueck=/);
          } else if (expected === 403) expect(res.statusCode, label).toBe(403);
          else expect([401, 403], label).not.toContain(res.statusCode);
        }
      }
    }
  });
});

describe('data in and out', () => {
  /** A multipart upload as a browser sends it, with the CSRF field in the form. */
  async function upload(viewer: Viewer, url: string, csv: string, csrfField = true) {
    const cookie = viewer === 'public' ? undefined : users[viewer].cookie;
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie ? { cookie } : {} });
    const anon = me.cookies.find((c) => c.name === '__Host-bb_anon');
    const boundary = '----brueckenbauer-test';
    const parts = [
      ...(csrfField
        ? [`--${boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${me.json().csrfToken}\r\n`]
        : []),
      `--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n`,
      `--${boundary}--\r\n`,
    ];
    return app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: [cookie, anon && `${anon.name}=${anon.value}`].filter(Boolean).join('; '),
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.from(parts.join(''), 'utf8'),
    });
  }
  const CSV = 'Art;Titel;Veranstalter;Status;Sichtbarkeit\r\nMesse;Messe in Posen;SMWK;geplant;intern\r\n';

  it('lets only those who may record activities upload a file, and keeps the run to its user', async () => {
    expect((await upload('public', '/aktivitaeten/import', CSV)).headers.location).toMatch(/^\/anmelden/);
    expect((await upload('stakeholder', '/aktivitaeten/import', CSV)).statusCode).toBe(403);
    expect((await upload('reader', '/aktivitaeten/import', CSV)).statusCode).toBe(403);
    expect((await upload('assessor', '/aktivitaeten/import', CSV)).statusCode).toBe(403);
    expect((await upload('ministry_editor', '/aktivitaeten/import', CSV, false)).statusCode).toBe(403);
    const accepted = await upload('ministry_editor', '/aktivitaeten/import', CSV);
    expect(accepted.statusCode).toBe(302);
    const runPath = accepted.headers.location as string;
    expect(runPath).toMatch(/^\/aktivitaeten\/import\/\d+$/);
    expect((await request('ministry_editor', 'GET', runPath)).statusCode).toBe(200);
    expect((await request('coordinator', 'GET', runPath)).statusCode).toBe(404);
    expect((await request('reader', 'POST', runPath)).statusCode).toBe(404);
    expect((await request('stakeholder', 'GET', runPath)).statusCode).toBe(403);
  });

  it('serves the public feed to everyone and no feed for an unknown token', async () => {
    const feed = await request('public', 'GET', '/kalender/oeffentlich.ics');
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect((await request('coordinator', 'GET', `/kalender/${'x'.repeat(43)}.ics`)).statusCode).toBe(404);
  });
});

describe('the measures a viewer may keep', () => {
  /** A status report posted as a form; only the lead ministry's editors and coordinators may. */
  const report = async (viewer: Viewer, key: string) => {
    const cookie = viewer === 'public' ? undefined : users[viewer].cookie;
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: cookie ? { cookie } : {} });
    const anon = me.cookies.find((c) => c.name === '__Host-bb_anon');
    return app.inject({
      method: 'POST',
      url: `/massnahmen/${key}`,
      headers: {
        cookie: [cookie, anon && `${anon.name}=${anon.value}`].filter(Boolean).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({
        csrf: me.json().csrfToken,
        intent: 'report',
        status: 'planned',
        note: `Bericht ${viewer}`,
      }).toString(),
    });
  };

  it('lets the lead ministry’s editor and coordinators report, and refuses everyone else', async () => {
    // V-02 is led by SMWK (the ministry of the editor, assessor); I-01 has no lead ministry yet.
    const EXPECTED: Record<Viewer, [number, number]> = {
      public: [302, 302],
      coordinator: [302, 302],
      ministry_editor: [302, 403],
      assessor: [403, 403],
      reader: [403, 403],
      stakeholder: [403, 403],
    };
    for (const viewer of VIEWERS) {
      const [v02, i01] = [await report(viewer, 'V-02'), await report(viewer, 'I-01')];
      expect([v02.statusCode, i01.statusCode], viewer).toEqual(EXPECTED[viewer]);
      if (viewer === 'public') expect(v02.headers.location).toMatch(/^\/anmelden/);
    }
    const [v02] = await handle.db.select().from(t.measures).where(eq(t.measures.key, 'V-02'));
    expect(v02!.statusNote).toBe('Bericht ministry_editor');
  });
});

describe('the results of a Leitlinien-Check', () => {
  const PAGES = [
    '/evaluierung/lc-berechtigung/ergebnisse',
    '/evaluierung/lc-berechtigung/empfehlungen',
    '/evaluierung/lc-berechtigung/empfehlungen/lazio',
  ];
  const API = [
    '/api/v1/rounds/lc-berechtigung/results',
    '/api/v1/rounds/lc-berechtigung/recommendations',
    '/api/v1/rounds/lc-berechtigung/recommendations/lazio',
  ];
  let fixture: RoundFixture;
  beforeAll(async () => {
    fixture = await setUpRound(handle.db, 'lc-berechtigung');
  });

  it('are open to coordinators throughout and to other staff once the round has closed', async () => {
    const expected = (closed: boolean): Record<Viewer, number> => ({
      public: 302,
      coordinator: 200,
      ministry_editor: closed ? 200 : 403,
      assessor: closed ? 200 : 403,
      reader: closed ? 200 : 403,
      stakeholder: 403,
    });
    for (const closed of [false, true]) {
      if (closed) await fixture.close();
      for (const viewer of VIEWERS) {
        for (const page of PAGES)
          expect((await request(viewer, 'GET', page)).statusCode, `${viewer} ${page}`).toBe(expected(closed)[viewer]);
        for (const url of API)
          expect((await request(viewer, 'GET', url)).statusCode, `${viewer} ${url}`).toBe(
            viewer === 'public' ? 401 : expected(closed)[viewer],
          );
      }
    }
  });
});
