import { eq, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveRound } from '../../core/rounds/round-use-cases.ts';
import type { Role } from '../../core/shared/vocabulary.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { setUpRound } from '../support/round-fixture.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * Where each role lands after logging in through the login form (as a browser without
 * JavaScript does), and the ministry editor's overview: their own ministry's page.
 */
describe.each(engines)('landing after login on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let roundKey: string;
  const users = {} as Record<'editor' | 'otherEditor' | 'coordinator', TestUser>;

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    users.coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    users.editor = await buildUser(handle.db, 'ministry_editor', 'SMWK');
    users.otherEditor = await buildUser(handle.db, 'ministry_editor', 'SMI');
    // A round open for scoring, with three assessors (SMWK, SMWA, SMI).
    const round = await setUpRound(handle.db, 'lc-landung');
    roundKey = round.key;
    await withRoundStore(handle.db, testClock.now(), (store) =>
      moveRound({ store, actor: round.coordinator, key: round.key, to: 'scoring' }),
    );

    // Two measures without a report for seven months, one led by SMWK and one by SMI; every
    // other measure reported last month.
    const org = async (key: string) =>
      (await handle.db.select({ id: t.organisations.id }).from(t.organisations).where(eq(t.organisations.key, key)))[0]!
        .id;
    const [smwk, smi] = [await org('smwk'), await org('smi')];
    await handle.db
      .update(t.measures)
      .set({ status: 'planned', statusUpdatedAt: new Date('2026-10-21T10:00:00Z') })
      .where(ne(t.measures.key, ''));
    const stale = { status: 'in_progress' as const, statusUpdatedAt: new Date('2026-04-21T10:00:00Z') };
    await handle.db
      .update(t.measures)
      .set({ ...stale, leadOrganisationId: smwk })
      .where(eq(t.measures.key, 'I-02'));
    await handle.db
      .update(t.measures)
      .set({ ...stale, leadOrganisationId: smi })
      .where(eq(t.measures.key, 'I-03'));
    // Activities: SMWK's coming trip and its past fair still only "planned"; SMI's coming conference.
    await handle.db.insert(t.activities).values([
      {
        title: 'Delegationsreise SMWK nach Breslau',
        kind: 'delegation_trip',
        status: 'planned',
        visibility: 'internal',
        organiserId: smwk,
        startsOn: '2026-12-10',
      },
      {
        title: 'Messe SMWK ohne eingetragenes Ergebnis',
        kind: 'fair',
        status: 'confirmed',
        visibility: 'internal',
        organiserId: smwk,
        startsOn: '2026-10-01',
      },
      {
        title: 'Konferenz SMI in Prag',
        kind: 'conference',
        status: 'planned',
        visibility: 'internal',
        organiserId: smi,
        startsOn: '2026-12-12',
      },
    ]);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  /** Logs in through the form (token and cookie from the login page) and follows the way on to the first page. */
  async function logIn(user: { email: string }, query = '', returnTo?: string) {
    const page = await app.inject({ url: `/anmelden${query}` });
    const anon = page.cookies.find((c) => c.name === '__Host-bb_anon')!;
    const form = /<form class="form-stack"[\s\S]*?<\/form>/.exec(page.body)![0];
    const csrf = /name="csrf" value="([^"]+)"/.exec(form)![1]!;
    const hidden = /name="zurueck" value="([^"]*)"/.exec(form)?.[1];
    const res = await app.inject({
      method: 'POST',
      url: `/anmelden${query}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${anon.name}=${anon.value}` },
      payload: new URLSearchParams({
        csrf,
        email: user.email,
        password: TEST_PASSWORD,
        ...(returnTo !== undefined ? { zurueck: returnTo } : hidden !== undefined ? { zurueck: hidden } : {}),
      }).toString(),
    });
    expect(res.statusCode).toBe(302);
    const session = res.cookies.find((c) => c.name === '__Host-bb_session')!;
    const cookie = `${session.name}=${session.value}`;
    let location = res.headers.location as string;
    // Follow redirects within the site (/start sends on to the role's page).
    for (let i = 0; i < 3 && location.startsWith('/start'); i++) {
      const next = await app.inject({ url: location, headers: { cookie } });
      expect(next.statusCode).toBe(303);
      location = next.headers.location as string;
    }
    return { location, cookie };
  }

  const landing = async (role: Role, organisation: string | null) =>
    (await logIn(await buildUser(handle.db, role, organisation, `landung.${role}.${engine}@test.sachsen.de`))).location;

  it('sends each role to its work', async () => {
    expect(await landing('coordinator', 'SK')).toBe('/uebersicht');
    expect(await landing('ministry_editor', 'SMWK')).toBe('/uebersicht');
    expect(await landing('reader', 'SMI')).toBe('/uebersicht');
    expect(await landing('stakeholder', 'IHK')).toBe('/vorschlaege');
    // An assessor of no round: the list of rounds.
    expect(await landing('assessor', 'SMJus')).toBe('/evaluierung');
  });

  it('sends an assessor to the round open for scoring they are assigned to, and back to the list once it is not', async () => {
    const assessor = (
      await handle.db
        .select()
        .from(t.users)
        .where(eq(t.users.email, `bewertung.${roundKey}.smwk@test.sachsen.de`))
    )[0]!;
    expect((await logIn(assessor)).location).toBe(`/evaluierung/${roundKey}`);
    await withRoundStore(handle.db, testClock.now(), (store) =>
      moveRound({ store, actor: { kind: 'operator', label: 'cli:test' }, key: roundKey, to: 'review' }),
    );
    expect((await logIn(assessor)).location).toBe('/evaluierung');
  });

  it('keeps the language, and lets a page that asked for the login win when it is on this site', async () => {
    expect((await logIn(users.coordinator, '?lang=en')).location).toBe('/uebersicht?lang=en');
    expect((await logIn(users.editor, `?zurueck=${encodeURIComponent('/aktivitaeten?jahr=2026')}`)).location).toBe(
      '/aktivitaeten?jahr=2026',
    );
    expect((await logIn(users.editor, '', '//elsewhere.example/x')).location).toBe('/uebersicht');
    expect((await logIn(users.editor, '', 'https://elsewhere.example/')).location).toBe('/uebersicht');
    // Already logged in, the login page sends on the same way.
    const again = await app.inject({ url: '/anmelden', headers: { cookie: users.editor.cookie } });
    expect(again.headers.location).toBe('/start');
  });

  it("shows a ministry editor their ministry's page: its measures, dates and findings only, with a way to see all", async () => {
    const page = (await app.inject({ url: '/uebersicht', headers: { cookie: users.editor.cookie } })).body;
    const h1 = (html: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
    expect(h1(page)).toBe('Übersicht Ihres Ressorts: SMWK');
    expect(page).toContain('href="/uebersicht?alle=1"');
    expect(page).toContain('Maßnahmen in Federführung Ihres Ressorts');
    expect(page).toContain('href="/massnahmen?lead=smwk"');
    expect(page).toContain('Delegationsreise SMWK nach Breslau');
    expect(page).toContain('Messe SMWK ohne eingetragenes Ergebnis');
    expect(page).not.toContain('Konferenz SMI in Prag');
    expect(page).toContain('href="/massnahmen/I-02"');
    expect(page).not.toContain('href="/massnahmen/I-03"');
    const due = page.slice(page.indexOf('id="own-dates"'), page.indexOf('id="attention"'));
    // The past fair still "confirmed" is due for its outcome; the coming trip is listed as coming up.
    const [outcomeDue, upcoming] = [due.indexOf('>Ergebnis fällig<'), due.indexOf('>Anstehend<')];
    expect(outcomeDue).toBeGreaterThan(0);
    expect(due.indexOf('Messe SMWK')).toBeGreaterThan(outcomeDue);
    expect(due.indexOf('Messe SMWK')).toBeLessThan(upcoming);
    expect(due.indexOf('Delegationsreise SMWK')).toBeGreaterThan(upcoming);

    const all = (await app.inject({ url: '/uebersicht?alle=1', headers: { cookie: users.editor.cookie } })).body;
    expect(h1(all)).toBe('Übersicht');
    expect(all).toContain('href="/uebersicht">Nur mein Ressort anzeigen');
    expect(all).toContain('href="/massnahmen/I-02"');
    expect(all).toContain('href="/massnahmen/I-03"');

    const other = (await app.inject({ url: '/uebersicht', headers: { cookie: users.otherEditor.cookie } })).body;
    expect(other).toContain('Konferenz SMI in Prag');
    expect(other).not.toContain('Delegationsreise SMWK');
    expect(other).toContain('href="/massnahmen/I-03"');
    expect(other).not.toContain('href="/massnahmen/I-02"');

    const coordinator = (await app.inject({ url: '/uebersicht', headers: { cookie: users.coordinator.cookie } })).body;
    expect(coordinator).not.toContain('Ihres Ressorts');
    expect(coordinator).toContain('href="/massnahmen/I-02"');
    expect(coordinator).toContain('href="/massnahmen/I-03"');
    // Coordinators have no ministry of their own: asking for all changes nothing.
    expect(coordinator).not.toContain('Nur mein Ressort anzeigen');
  });

  it('keeps the ministry page in English', async () => {
    const page = (await app.inject({ url: '/uebersicht?lang=en', headers: { cookie: users.editor.cookie } })).body;
    expect(page).toContain('Overview of your ministry');
    expect(page).toContain('href="/uebersicht?alle=1&amp;lang=en"');
    expect(page).toContain('Dates of your ministry');
  });
});
