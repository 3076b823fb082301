import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operator } from '../../core/access/actor.ts';
import { setRecommendation } from '../../core/rounds/round-use-cases.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { readRound } from '../../db/rounds/rounds.queries.ts';
import * as t from '../../db/schema.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * The Leitlinien-Check pages and API over HTTP, as a browser without JavaScript and an API client
 * use them: opening a round by form, its setup with the AHP, scoring with drafts and submission,
 * and who sees which scores before and after the round closes.
 */
const TODAY = '2026-11-21';
const KEY = 'lc-2026';

describe.each(engines)('the Leitlinien-Check pages on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const users = {} as Record<'coordinator' | 'smwk1' | 'smwk2' | 'smwa' | 'reader', TestUser>;
  const csrf = new Map<TestUser, string>();

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    users.coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    users.smwk1 = await buildUser(handle.db, 'assessor', 'SMWK', 'eins@smwk.test.sachsen.de');
    users.smwk2 = await buildUser(handle.db, 'ministry_editor', 'SMWK', 'zwei@smwk.test.sachsen.de');
    users.smwa = await buildUser(handle.db, 'assessor', 'SMWA');
    users.reader = await buildUser(handle.db, 'reader', 'SMWK', 'leser@smwk.test.sachsen.de');
    for (const user of Object.values(users)) {
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } });
      csrf.set(user, me.json().csrfToken);
    }
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const get = (user: TestUser, url: string) => app.inject({ method: 'GET', url, headers: { cookie: user.cookie } });
  const post = (user: TestUser, url: string, fields: [string, string][]) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams([['csrf', csrf.get(user)!], ...fields]).toString(),
    });
  const errorOf = (html: string, id: string) => new RegExp(`id="${id}-error"[^>]*>([^<]*)<`).exec(html)?.[1];
  const round = async () => (await readRound(handle.db, KEY))!;

  it('lists the rounds for staff only, with the link to open one for coordinators', async () => {
    const list = await get(users.coordinator, '/evaluierung');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Es gibt noch keine Bewertungsrunde.');
    expect(list.body).toContain('href="/evaluierung/neu"');
    expect(list.body).toMatch(/href="\/evaluierung"[^>]*aria-current="page"[^>]*>Leitlinien-Check</);
    const assessorList = await get(users.smwk1, '/evaluierung');
    expect(assessorList.body).not.toContain('href="/evaluierung/neu"');
    expect((await get(users.smwk1, '/evaluierung/neu')).statusCode).toBe(403);
  });

  it('opens a round by form, refusing wrong input field by field first', async () => {
    const refused = await post(users.coordinator, '/evaluierung/neu', [
      ['key', 'Leitlinien Check'],
      ['name', ''],
      ['occasion', ''],
      ['periodFrom', '2025-12-31'],
      ['periodTo', '2025-01-01'],
      ['scoringDeadline', '2026-12-15'],
    ]);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body, 'round-key')).toMatch(/^Nur Kleinbuchstaben/);
    expect(errorOf(refused.body, 'round-name')).toBe('Bitte ausfüllen.');
    expect(errorOf(refused.body, 'round-occasion')).toBe('Bitte ausfüllen.');
    expect(refused.body).toMatch(/id="round-errors"/);
    expect(refused.body).toMatch(/aria-describedby="round-key-error round-key-hint"/);
    expect(refused.body).toContain('value="Leitlinien Check"');
    expect(await handle.db.$count(t.evaluationRounds)).toBe(0);

    const reversed = await post(users.coordinator, '/evaluierung/neu', [
      ['key', KEY],
      ['name', 'Leitlinien-Check 2026'],
      ['occasion', 'cabinet_decision'],
      ['periodFrom', '2025-12-31'],
      ['periodTo', '2025-01-01'],
      ['scoringDeadline', '2026-12-15'],
    ]);
    expect(errorOf(reversed.body, 'round-periodTo')).toBe('Das Ende darf nicht vor dem Beginn des Zeitraums liegen.');
    const past = await post(users.coordinator, '/evaluierung/neu', [
      ['key', KEY],
      ['name', 'Leitlinien-Check 2026'],
      ['occasion', 'cabinet_decision'],
      ['periodFrom', '2022-01-01'],
      ['periodTo', '2025-12-31'],
      ['scoringDeadline', '2026-01-15'],
      ['ministries', 'smwk'],
    ]);
    expect(errorOf(past.body, 'round-scoringDeadline')).toBe('Die Frist darf nicht in der Vergangenheit liegen.');

    const created = await post(users.coordinator, '/evaluierung/neu', [
      ['key', KEY],
      ['name', 'Leitlinien-Check 2026'],
      ['occasion', 'cabinet_decision'],
      ['periodFrom', '2022-01-01'],
      ['periodTo', '2025-12-31'],
      ['scoringDeadline', '2026-12-15'],
      ['ministries', 'smwk'],
      ['ministries', 'smwa'],
    ]);
    expect(created.statusCode).toBe(302);
    expect(created.headers.location).toBe(`/evaluierung/${KEY}?eroeffnet=1`);
    const stored = await round();
    expect(stored.summary.smaa.seed).toBeGreaterThanOrEqual(0);
    expect(stored.summary.smaa.seed).toBeLessThan(2 ** 32);
    expect(stored.partnerships.map((p) => p.key)).toContain('tatarstan');
    const page = await get(users.coordinator, `/evaluierung/${KEY}`);
    expect(page.body).toContain('Leitlinien-Check 2026');
    expect(page.body).toContain('in Vorbereitung');
    expect(page.body).toContain('Bewertung eröffnen');
  });

  it('sets scope and participants by form, and refuses an assessor of a ministry not taking part', async () => {
    const setup = `/evaluierung/${KEY}/einrichtung`;
    const scope = await post(users.coordinator, setup, [
      ['intent', 'scope'],
      ['partnerships', 'lazio'],
      ['partnerships', 'charkiw'],
      ['partnerships', 'tatarstan'],
    ]);
    expect(scope.headers.location).toBe(`${setup}?gespeichert=1#umfang`);
    expect((await round()).partnerships.map((p) => p.key).sort()).toEqual(['charkiw', 'lazio', 'tatarstan']);
    const wrong = await post(users.coordinator, setup, [
      ['intent', 'participants'],
      ['ministries', 'smwk'],
      ['assessors', String(users.smwa.id)],
    ]);
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong.body, 'participants-assessors')).toMatch(/beteiligten Ressort/);
    const ok = await post(users.coordinator, setup, [
      ['intent', 'participants'],
      ['ministries', 'smwk'],
      ['ministries', 'smwa'],
      ...[users.smwk1, users.smwk2, users.smwa].map((u): [string, string] => ['assessors', String(u.id)]),
    ]);
    expect(ok.statusCode).toBe(302);
    const page = await get(users.coordinator, setup);
    expect(page.body).toMatch(/Tatarstan[\s\S]{0,400}ruhend/);
    expect(page.body).toMatch(new RegExp(`id="participants-assessor-${users.smwk1.id}"[^>]*checked`));
    expect(page.body).toContain('<blockquote');
  });

  it('warns about contradicting pairwise comparisons (AHP) and shows the weights', async () => {
    const setup = `/evaluierung/${KEY}/einrichtung`;
    const keys = (await round()).criteria.map((c) => c.key);
    const pairs: [string, string][] = [];
    keys.forEach((a, i) =>
      keys.slice(i + 1).forEach((b, j) => {
        // A cycle among the first three (1 ≫ 2 ≫ 3 ≫ 1), every other pair equal.
        const value = i === 0 && j === 0 ? '9' : i === 1 && j === 0 ? '9' : i === 0 && j === 1 ? '1/9' : '1';
        pairs.push([`pair:${a}:${b}`, value]);
      }),
    );
    const saved = await post(users.coordinator, setup, [['intent', 'weights'], ['method', 'ahp'], ...pairs]);
    expect(saved.headers.location).toBe(`${setup}?gespeichert=1#gewichte`);
    const page = await get(users.coordinator, setup);
    expect(page.body).toContain('Die Paarvergleiche sind widersprüchlich');
    expect(page.body).toMatch(/Konsistenzquote \(CR\): 0,2\d*/);
    expect(page.body).toMatch(/<option value="1\/9" selected="">B extrem wichtiger<\/option>/);
    const refused = await post(users.coordinator, setup, [
      ['intent', 'weights'],
      ['method', 'ahp'],
      [pairs[0]![0], '10'],
    ]);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body, 'weights-judgements')).toBe('Bitte einen Wert der Skala wählen.');

    const consistent = pairs.map(([name]): [string, string] => [name, '1']);
    await post(users.coordinator, setup, [['intent', 'weights'], ['method', 'ahp'], ...consistent]);
    const calm = await get(users.coordinator, setup);
    expect(calm.body).not.toContain('Die Paarvergleiche sind widersprüchlich');
    expect(calm.body).toMatch(/9,1\s%/);
  });

  it('edits, adds and removes criteria by form while the round is in preparation', async () => {
    const setup = `/evaluierung/${KEY}/einrichtung`;
    const add = [
      ['intent', 'criterion-add'],
      ['key', 'sichtbarkeit'],
      ['name', 'Sichtbarkeit in der Öffentlichkeit'],
      ['guidance', 'Wie sichtbar ist die Partnerschaft?'],
      ['anchor:0', 'unsichtbar'],
    ] as [string, string][];
    const refused = await post(users.coordinator, setup, add);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body, 'criterion-new-anchors')).toMatch(/höchste Punkt/);
    expect((await post(users.coordinator, setup, [...add, ['anchor:4', 'überall bekannt']])).statusCode).toBe(302);
    expect((await round()).criteria.at(-1)).toMatchObject({ key: 'sichtbarkeit', weight: 1 / 12 });
    const confirm = await get(users.coordinator, `${setup}?entfernen=sichtbarkeit`);
    expect(confirm.body).toContain('Kriterium „Sichtbarkeit in der Öffentlichkeit“ entfernen?');
    await post(users.coordinator, setup, [
      ['intent', 'criterion-remove'],
      ['criterion', 'sichtbarkeit'],
    ]);
    expect((await round()).criteria.map((c) => c.key)).not.toContain('sichtbarkeit');
  });

  it('opens scoring from the round page, after which the setup is read-only', async () => {
    const opened = await post(users.coordinator, `/evaluierung/${KEY}`, [['intent', 'start-scoring']]);
    expect(opened.statusCode).toBe(302);
    expect((await round()).summary.status).toBe('scoring');
    const setup = await get(users.coordinator, `/evaluierung/${KEY}/einrichtung`);
    expect(setup.body).toContain('Die Bewertung ist eröffnet');
    expect(setup.body).not.toContain('name="intent" value="weights"');
    expect((await post(users.smwk1, `/evaluierung/${KEY}`, [['intent', 'end-scoring']])).statusCode).toBe(403);
  });

  it('names the criterion of a too-long justification at its field, and keeps a justification written before a point', async () => {
    const url = `/evaluierung/${KEY}/bewertung/charkiw`;
    const criteria = (await round()).criteria;
    const [early, long] = [criteria[2]!, criteria[3]!];
    const sheet = await get(users.smwa, url);
    expect(sheet.body).toContain('Höchstens 4.000 Zeichen.');
    // A justification typed before a point is chosen is kept in the draft.
    const draft = await post(users.smwa, url, [
      ['intent', 'draft'],
      [`justification:${early.key}`, 'Erst der Gedanke, der Wert folgt'],
    ]);
    expect(draft.statusCode).toBe(302);
    const kept = (await get(users.smwa, url)).body;
    expect(kept).toMatch(
      new RegExp(`id="scores-${early.key}-justification"[^>]*>Erst der Gedanke, der Wert folgt</textarea>`),
    );
    expect(kept).not.toMatch(new RegExp(`name="value:${early.key}" checked=""`));
    // Too long: the error names the criterion, sits at its field and links there from the summary.
    const text = 'x'.repeat(4001);
    const refused = await post(users.smwa, url, [
      ['intent', 'draft'],
      [`value:${long.key}`, '2'],
      [`justification:${long.key}`, text],
    ]);
    expect(refused.statusCode).toBe(400);
    const html = refused.body.replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
    expect(errorOf(html, `scores-${long.key}-justification`)).toBe(`${long.name}: Der Text ist zu lang.`);
    expect(html).toContain(`href="#scores-${long.key}-justification"`);
    expect(html).toContain(`Begründung zu „${long.name}“: Der Text ist zu lang.`);
    expect(html).toMatch(new RegExp(`id="scores-${long.key}-justification"[^>]*aria-invalid="true"`));
    expect(html).toContain(`>${text}</textarea>`);
    // Nothing stored was lost: the earlier draft's text is still there.
    expect((await get(users.smwa, url)).body).toContain('Erst der Gedanke, der Wert folgt');
    // Submitting needs a point for it.
    const submit = await post(users.smwa, url, [['intent', 'submit']]);
    expect(submit.statusCode).toBe(400);
    expect(errorOf(submit.body, `scores-${early.key}-value`)).toBeDefined();
  });

  it('lets an assessor save a draft, refuses a submission without justification, then takes it', async () => {
    const url = `/evaluierung/${KEY}/bewertung/lazio`;
    const overview = await get(users.smwk1, `/evaluierung/${KEY}`);
    expect(overview.body).toContain('Ihre Partnerschaften');
    expect(overview.body).toContain(`href="${url}"`);
    expect(overview.body).toContain('nicht begonnen');
    const sheet = await get(users.smwk1, url);
    expect(sheet.statusCode).toBe(200);
    expect(sheet.body).toContain('Belege aus dem Register');
    expect(sheet.body).toMatch(/<legend[^>]*>Beitrag zum Ziel Z1/);
    expect(sheet.body).toContain('keine Grundlage für eine Bewertung');
    expect(sheet.body).toContain('Nächste Partnerschaft');
    const keys = (await round()).criteria.map((c) => c.key);
    const draft = await post(users.smwk1, url, [
      ['intent', 'draft'],
      [`value:${keys[0]}`, '4'],
    ]);
    expect(draft.headers.location).toBe(`${url}?entwurf=1#bewertung`);
    expect((await get(users.smwk1, url)).body).toContain(`name="value:${keys[0]}" checked="" value="4"`);
    const fields = keys.flatMap((k, i): [string, string][] => [
      [`value:${k}`, i === 1 ? '0' : '2'],
      [`justification:${k}`, i === 0 ? 'Begründung-SMWK-eins' : ''],
    ]);
    const refused = await post(users.smwk1, url, [
      ['intent', 'submit'],
      ...fields.map(([n, v]): [string, string] => [n, n === `value:${keys[0]}` ? '4' : v]),
    ]);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused.body, `scores-${keys[1]}-justification`)).toMatch(
      /^Beitrag zum Ziel Z2: .*: Bitte begründen/,
    );
    expect(refused.body).toContain(`href="#scores-${keys[1]}-justification"`);
    const submitted = await post(users.smwk1, url, [
      ['intent', 'submit'],
      ...fields.map(([n, v]): [string, string] => [
        n,
        n === `value:${keys[0]}` ? '4' : n === `justification:${keys[1]}` ? 'Kein Bezug erkennbar' : v,
      ]),
    ]);
    expect(submitted.statusCode).toBe(302);
    const after = await get(users.smwk1, url);
    expect(after.body).toContain('Ihre Bewertung ist abgegeben');
    expect(after.body).not.toContain('name="intent" value="submit"');
    expect((await get(users.coordinator, `/evaluierung/${KEY}`)).body).toMatch(/Fortschritt der Bewertung/);
  });

  it('shows an assessor the scores of their own ministry only, and every ministry’s after close', async () => {
    const url = `/evaluierung/${KEY}/bewertung/lazio`;
    expect((await get(users.smwk2, url)).body).toContain('Begründung-SMWK-eins');
    expect((await get(users.smwk2, url)).body).toContain('Bewertungen anderer Personen Ihres Ressorts');
    expect((await get(users.smwa, url)).body).not.toContain('Begründung-SMWK-eins');
    expect((await get(users.reader, url)).statusCode).toBe(403);
    expect((await get(users.coordinator, url)).body).toContain('Begründung-SMWK-eins');

    expect((await post(users.coordinator, `/evaluierung/${KEY}`, [['intent', 'end-scoring']])).statusCode).toBe(302);
    const early = await post(users.coordinator, `/evaluierung/${KEY}`, [['intent', 'close']]);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Jede Partnerschaft braucht zuerst eine Empfehlung.');
    for (const p of ['lazio', 'charkiw', 'tatarstan'])
      await withRoundStore(handle.db, testClock.now(), (store) =>
        setRecommendation({
          store,
          actor: operator('test'),
          key: KEY,
          partnership: p,
          input: { recommendation: p === 'tatarstan' ? 'keep_dormant' : 'continue', justification: 'Test' },
        }),
      );
    expect((await post(users.coordinator, `/evaluierung/${KEY}`, [['intent', 'close']])).statusCode).toBe(302);
    const closed = await get(users.smwa, url);
    expect(closed.body).toContain('Begründung-SMWK-eins');
    expect(closed.body).toContain('Bewertungen aller Ressorts');
    expect((await get(users.smwa, `/evaluierung/${KEY}`)).body).toContain(
      'Die Bewertungen aller Ressorts sind jetzt für alle Beteiligten sichtbar',
    );
    const correction = await post(users.coordinator, `/evaluierung/${KEY}`, [
      ['intent', 'correct'],
      ['key', `${KEY}-korrektur`],
    ]);
    expect(correction.headers.location).toBe(`/evaluierung/${KEY}-korrektur/einrichtung?korrektur=1`);
    expect((await get(users.smwa, `/evaluierung/${KEY}`)).body).toMatch(/korrigiert durch[\s\S]{0,200}Korrektur/);
    expect((await get(users.coordinator, `/evaluierung/${KEY}`)).body).toContain('Runde abgeschlossen');
  });

  it('gives the cabinet report through the API and then from the page, again and again', async () => {
    // The API and the pages each load the report code; the chart renderer is one for both.
    for (const url of [
      `/api/v1/rounds/${KEY}/report.docx`,
      `/evaluierung/${KEY}/bericht?format=docx`,
      `/evaluierung/${KEY}/bericht?format=pdf`,
      `/api/v1/rounds/${KEY}/report.docx`,
    ]) {
      const report = await get(users.coordinator, url);
      expect(report.statusCode, url).toBe(200);
      expect(report.rawPayload.subarray(0, 4).toString(), url).toMatch(/^(PK|%PDF)/);
    }
  });
});

describe.each(engines)('the rounds API on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;
  let assessor: TestUser;
  let other: TestUser;
  const tokens = new Map<TestUser, string>();

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, pages: false, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    assessor = await buildUser(handle.db, 'assessor', 'SMWK');
    other = await buildUser(handle.db, 'assessor', 'SMWA');
    for (const user of [coordinator, assessor, other]) {
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: user.cookie } });
      tokens.set(user, me.json().csrfToken);
    }
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: user.cookie, 'x-csrf-token': tokens.get(user)! },
      ...(payload ? { payload } : {}),
    });

  it('runs a round: create → weights → participants → scoring → scores', async () => {
    const bad = await call(coordinator, 'POST', '/rounds', { key: 'api', name: 'API', occasion: 'ad_hoc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('periodFrom');
    const created = await call(coordinator, 'POST', '/rounds', {
      key: 'api-2026',
      name: 'API-Runde',
      occasion: 'ad_hoc',
      periodFrom: '2023-01-01',
      periodTo: '2025-12-31',
      scoringDeadline: '2026-12-31',
      partnerships: ['lazio', 'charkiw'],
      ministries: ['smwk', 'smwa'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ key: 'api-2026' });

    const detail = (await call(coordinator, 'GET', '/rounds/api-2026')).json();
    const keys: string[] = detail.criteria.map((c: { key: string }) => c.key);
    expect(detail.round.status).toBe('draft');
    const ratings = Object.fromEntries(keys.map((k, i) => [k, i === 0 ? 100 : 50]));
    const weights = await call(coordinator, 'PUT', '/rounds/api-2026/weights', { method: 'direct', ratings });
    expect(weights.statusCode).toBe(200);
    expect(weights.json().complete).toBe(true);
    expect(weights.json().weights[keys[0]!]).toBeCloseTo(100 / (100 + 50 * (keys.length - 1)), 6);
    const wrongRating = await call(coordinator, 'PUT', '/rounds/api-2026/weights', {
      method: 'direct',
      ratings: { [keys[0]!]: 300 },
    });
    expect(wrongRating.statusCode).toBe(400);
    expect(wrongRating.json().errors[0].pointer).toBe(`ratings.${keys[0]}`);

    const early = await call(coordinator, 'POST', '/rounds/api-2026/transitions', { to: 'scoring' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { pointer: string }) => e.pointer)).toContain('assessors');
    expect(
      (
        await call(coordinator, 'PUT', '/rounds/api-2026/participants', {
          ministries: ['smwk', 'smwa'],
          assessors: [assessor.id, other.id],
        })
      ).statusCode,
    ).toBe(204);
    const started = await call(coordinator, 'POST', '/rounds/api-2026/transitions', { to: 'scoring' });
    expect(started.json()).toEqual({ status: 'scoring' });

    const sheet = (submit: boolean, justification: string) => ({
      submit,
      scores: keys.map((criterion, i) => ({
        criterion,
        value: i === 0 ? 3 : 2,
        justification: i === 0 ? justification : '',
      })),
    });
    const missing = await call(assessor, 'PUT', '/rounds/api-2026/scores/lazio', sheet(true, ''));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].pointer).toBe(`scores.${keys[0]}.justification`);
    expect((await call(assessor, 'PUT', '/rounds/api-2026/scores/lazio', sheet(true, 'Gut'))).json()).toEqual({
      state: 'submitted',
    });
    expect((await call(coordinator, 'PUT', '/rounds/api-2026/scores/lazio', sheet(false, ''))).statusCode).toBe(403);

    const mine = (await call(assessor, 'GET', '/rounds/api-2026/scores')).json().data;
    expect(mine).toHaveLength(keys.length);
    expect((await call(other, 'GET', '/rounds/api-2026/scores')).json().data).toEqual([]);
    expect((await call(coordinator, 'GET', '/rounds/api-2026/scores')).json().data).toHaveLength(keys.length);
    const progress = (await call(coordinator, 'GET', '/rounds/api-2026')).json().progress;
    expect(progress).toContainEqual(
      expect.objectContaining({ ministry: 'smwk', submitted: keys.length, expected: 2 * keys.length }),
    );
    expect((await call(assessor, 'GET', '/rounds/api-2026')).json().progress).toBeUndefined();
    const reminded = await call(coordinator, 'POST', '/rounds/api-2026/reminders', {
      ministry: 'smwa',
      message: 'Bitte bis 31. Dezember bewerten.',
    });
    expect(reminded.statusCode).toBe(201);
    expect((await call(coordinator, 'GET', '/rounds')).json().data[0]).toMatchObject({ key: 'api-2026' });
    expect((await call(coordinator, 'DELETE', `/rounds/api-2026/criteria/${keys[0]}`)).statusCode).toBe(409);
  });

  it('carries the round on through the API: scores of the second ministry, review, recommendations, close, decision, report', async () => {
    const keys: string[] = (await call(coordinator, 'GET', '/rounds/api-2026'))
      .json()
      .criteria.map((c: { key: string }) => c.key);
    const sheet = (values: (i: number) => number) => ({
      submit: true,
      scores: keys.map((criterion, i) => ({
        criterion,
        value: values(i),
        justification: values(i) === 2 ? '' : 'Begründet mit den Belegen des Registers.',
      })),
    });
    expect(
      (
        await call(
          assessor,
          'PUT',
          '/rounds/api-2026/scores/charkiw',
          sheet(() => 4),
        )
      ).statusCode,
    ).toBe(200);
    for (const partnership of ['lazio', 'charkiw'])
      expect(
        (
          await call(
            other,
            'PUT',
            `/rounds/api-2026/scores/${partnership}`,
            sheet((i) => (i % 2 ? 3 : 1)),
          )
        ).statusCode,
      ).toBe(200);
    // Results are the coordinators' until the round closes.
    expect((await call(other, 'GET', '/rounds/api-2026/results')).statusCode).toBe(403);
    expect((await call(coordinator, 'POST', '/rounds/api-2026/transitions', { to: 'review' })).json()).toEqual({
      status: 'review',
    });
    const notYet = await call(coordinator, 'POST', '/rounds/api-2026/transitions', { to: 'closed' });
    expect(notYet.statusCode).toBe(400);
    expect(notYet.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      'recommendations.charkiw',
      'recommendations.lazio',
    ]);
    for (const partnership of ['lazio', 'charkiw']) {
      const drafted = (await call(coordinator, 'GET', `/rounds/api-2026/recommendations/${partnership}`)).json();
      expect(drafted.draft.de.length).toBeGreaterThan(40);
      const saved = await call(coordinator, 'PUT', `/rounds/api-2026/recommendations/${partnership}`, {
        recommendation: drafted.suggestion ?? 'continue',
        justification: drafted.draft.de,
      });
      expect(saved.statusCode).toBe(200);
    }
    expect((await call(coordinator, 'POST', '/rounds/api-2026/transitions', { to: 'closed' })).json()).toEqual({
      status: 'closed',
    });

    const results = await call(other, 'GET', '/rounds/api-2026/results');
    expect(results.statusCode).toBe(200);
    const body = results.json();
    expect(body.results.partnerships.map((p: { partnership: string }) => p.partnership)).toEqual(['charkiw', 'lazio']);
    expect(body.results.robustness.rankAcceptability.charkiw[0]).toBeGreaterThan(0.5);
    expect(Object.keys(body.results.agreement)).toEqual(keys);
    // After closing, every ministry sees every ministry's scores.
    expect((await call(other, 'GET', '/rounds/api-2026/scores')).json().data).toHaveLength(4 * keys.length);
    expect(
      (
        await call(
          assessor,
          'PUT',
          '/rounds/api-2026/scores/lazio',
          sheet(() => 0),
        )
      ).statusCode,
    ).toBe(409);

    const decided = await call(coordinator, 'POST', '/rounds/api-2026/decisions/charkiw', {
      decision: 'continue',
      decidedOn: TODAY,
      body: 'Kabinett',
    });
    expect(decided.statusCode).toBe(201);
    expect(decided.json()).toMatchObject({ decision: 'continue', statusChangedTo: null });
    const report = await call(other, 'GET', '/rounds/api-2026/report.docx');
    expect(report.statusCode).toBe(200);
    expect(report.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
