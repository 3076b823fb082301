import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { readRoundDossier } from '../../db/rounds/round-dossier.queries.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { decimal } from '../../app/routes/rounds/round-format.ts';
import { setUpRound, type RoundFixture } from '../support/round-fixture.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const TODAY = '2026-11-21';

describe.each(engines)('the results, recommendations and decisions of a Leitlinien-Check on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let round: RoundFixture;
  let coordinator: TestUser;
  let reader: TestUser;
  const csrf: Record<string, string> = {};
  const base = '/evaluierung/lc-ergebnisse';

  const get = (url: string, cookie: string) => app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, who: TestUser, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url,
      headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ csrf: csrf[who.email]!, ...fields }).toString(),
    });
  const api = (method: 'GET' | 'PUT' | 'POST', url: string, who: TestUser, body?: object) =>
    app.inject({
      method,
      url,
      headers: { cookie: who.cookie, 'x-csrf-token': csrf[who.email]! },
      ...(body ? { payload: body } : {}),
    });
  const names = async () => {
    const d = await readRoundDossier(handle.db, round.coordinator, 'lc-ergebnisse', async () => ({}));
    return { d, name: (key: string) => d.partnerships.find((p) => p.key === key)!.name };
  };
  /** The text of the page between two section ids. */
  const between = (html: string, from: string, to: string) =>
    html.slice(html.indexOf(`id="${from}"`), html.indexOf(`id="${to}"`));
  const fieldError = (html: string, id: string) => new RegExp(`id="${id}-error"[^>]*>([^<]*)<`).exec(html)?.[1];

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
    reader = await buildUser(handle.db, 'reader', 'SMI');
    round = await setUpRound(handle.db);
    for (const who of [coordinator, reader]) csrf[who.email] = (await get('/api/v1/me', who.cookie)).json().csrfToken;
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it('shows coordinators the provisional results: ranking, unscored partnerships, alpha, each measure explained', async () => {
    const res = await get(`${base}/ergebnisse`, coordinator.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Vorläufig');
    expect(res.body).toContain('noch nicht abgeschlossen');
    const { d, name } = await names();
    const ranking = between(res.body, 'ranking', 'unscored');
    const order = ['charkiw', 'lazio', 'niederschlesien', 'tatarstan'].map((k) => ranking.indexOf(name(k)));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Québec has no complete score: listed with its missing criterion, never ranked.
    expect(ranking).not.toContain(name('quebec'));
    const unscored = between(res.body, 'unscored', 'by-ministry');
    expect(unscored).toContain(name('quebec'));
    expect(unscored).toContain(d.criteria.find((c) => c.key === 'kosteneffizienz')!.name);
    const alpha = d.results.agreement['ziel-z4']!.alpha!;
    expect(between(res.body, 'agreement', 'comparison')).toContain(decimal(alpha, 'de', 3));
    expect(res.body).toContain('Wahrscheinlichkeit des Rangs');
    expect(res.body).toContain('keine abgeschlossene vorige Runde');
    expect((await get(`${base}/ergebnisse?lang=en`, coordinator.cookie)).body).toContain('Provisional');
  });

  it('refuses other staff before the round closes, and answers 404 for an unknown round', async () => {
    const assessor = round.assessors[0]!.cookie;
    for (const path of ['/ergebnisse', '/empfehlungen', '/empfehlungen/lazio']) {
      expect((await get(`${base}${path}`, assessor)).statusCode, path).toBe(403);
      expect((await get(`${base}${path}`, reader.cookie)).statusCode, path).toBe(403);
    }
    expect((await api('GET', '/api/v1/rounds/lc-ergebnisse/results', reader)).statusCode).toBe(403);
    expect((await get(`${base}/bericht?format=pdf`, assessor)).statusCode).toBe(403);
    expect((await api('GET', '/api/v1/rounds/lc-ergebnisse/report.docx', reader)).statusCode).toBe(403);
    expect((await get('/evaluierung/gibt-es-nicht/ergebnisse', coordinator.cookie)).statusCode).toBe(404);
    expect((await get(`${base}/empfehlungen/atlantis`, coordinator.cookie)).statusCode).toBe(404);
  });

  it('prefills the recommendation form with the suggestion and refuses a wrong option field by field', async () => {
    const form = await get(`${base}/empfehlungen/lazio`, coordinator.cookie);
    expect(form.body).toMatch(/<option value="continue" selected=""/);
    expect(form.body).toContain('Rang 2 von 4');
    const wrong = await post(`${base}/empfehlungen/tatarstan`, coordinator, {
      intent: 'recommend',
      recommendation: 'continue',
      justification: 'Fortführen',
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldError(wrong.body, 'rec-recommendation')).toContain('ruhende Partnerschaften');
    expect(wrong.body).toContain('href="#rec-recommendation"');
    // What was typed stays in the form.
    expect(wrong.body).toContain('>Fortführen</textarea>');
    const empty = await post(`${base}/empfehlungen/tatarstan`, coordinator, {
      intent: 'recommend',
      recommendation: 'keep_dormant',
      justification: ' ',
    });
    expect(fieldError(empty.body, 'rec-justification')).toBe('Bitte ausfüllen.');
    expect(await handle.db.$count(t.evaluationRecommendations)).toBe(0);
    const api400 = await api('PUT', '/api/v1/rounds/lc-ergebnisse/recommendations/tatarstan', coordinator, {
      recommendation: 'continue',
      justification: 'Fortführen',
    });
    expect(api400.statusCode).toBe(400);
    expect(api400.json().errors).toEqual([expect.objectContaining({ pointer: 'recommendation' })]);
  });

  it('adopts every draft at once, leaves the partnership without a suggestion, and audits each', async () => {
    const saved = await api('PUT', '/api/v1/rounds/lc-ergebnisse/recommendations/lazio', coordinator, {
      recommendation: 'convert_sectoral',
      justification: 'Von Hand geschrieben.',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      suggestion: 'continue',
      recommendation: { recommendation: 'convert_sectoral' },
    });
    const adopt = await post(`${base}/empfehlungen`, coordinator, { intent: 'adopt-drafts' });
    expect(adopt.statusCode).toBe(302);
    expect(adopt.headers.location).toBe(`${base}/empfehlungen?uebernommen=3`);
    const list = (await api('GET', '/api/v1/rounds/lc-ergebnisse/recommendations', coordinator)).json().data;
    const by = Object.fromEntries(list.map((e: { partnership: string }) => [e.partnership, e]));
    expect(by.lazio.recommendation.justification).toBe('Von Hand geschrieben.');
    expect(by.charkiw.recommendation).toMatchObject({ recommendation: 'continue' });
    expect(by.charkiw.recommendation.justification).toContain('Rang 1 von 4');
    // The evidence of the register in one sentence (Charkiw's declaration of intent of 2024).
    expect(by.charkiw.recommendation.justification).toMatch(/\d+ Aktivitäten im Zeitraum; .*Vereinbarung „/);
    expect(by.tatarstan.recommendation).toMatchObject({ recommendation: 'keep_dormant' });
    expect(by.niederschlesien.recommendation).toMatchObject({ recommendation: 'end' });
    expect(by.quebec).toMatchObject({ suggestion: null, recommendation: null, rule: 'no-score' });
    const audit = await handle.db.select().from(t.auditLog).where(eq(t.auditLog.action, 'round.recommend'));
    expect(audit).toHaveLength(4);
    const page = await get(`${base}/empfehlungen?uebernommen=3`, coordinator.cookie);
    expect(page.body).toContain('Entwürfe übernommen: 3');
  });

  it('offers the cabinet report as DOCX and PDF, with the charts on the page', async () => {
    const page = await get(`${base}/ergebnisse`, coordinator.cookie);
    expect(page.body).toContain('href="/evaluierung/lc-ergebnisse/bericht?format=docx"');
    expect(page.body.match(/<svg[^>]*role="img"/g)?.length).toBeGreaterThanOrEqual(2);
    const docx = await get(`${base}/bericht?format=docx`, coordinator.cookie);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toBe(`attachment; filename=Bericht-lc-ergebnisse-${TODAY}.docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await api('GET', '/api/v1/rounds/lc-ergebnisse/report.pdf?lang=en', coordinator);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get(`${base}/bericht?format=odt`, coordinator.cookie)).statusCode).toBe(400);
    expect((await api('GET', '/api/v1/rounds/lc-ergebnisse/report.odt', coordinator)).statusCode).toBe(400);
  });

  it('opens the results to other staff after closing, without the provisional banner', async () => {
    await round.close();
    const res = await get(`${base}/ergebnisse`, round.assessors[1]!.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('noch nicht abgeschlossen');
    const results = await api('GET', '/api/v1/rounds/lc-ergebnisse/results', reader);
    expect(results.statusCode).toBe(200);
    expect(results.json().results.partnerships.map((p: { partnership: string }) => p.partnership)).toEqual([
      'charkiw',
      'lazio',
      'niederschlesien',
      'tatarstan',
      'quebec',
    ]);
    expect(results.json()).not.toHaveProperty('evidence');
    expect(results.json().scores[0]).not.toHaveProperty('assessorName');
    // Others read the recommendations, but may not write.
    expect((await get(`${base}/empfehlungen`, reader.cookie)).statusCode).toBe(200);
    expect((await post(`${base}/empfehlungen/lazio`, reader, { intent: 'decide' })).statusCode).toBe(403);
    // The round's history names phases and options as people read them, not as stored.
    const history = (await get(base, coordinator.cookie)).body;
    expect(history).toMatch(/Runde abgeschlossen/);
    expect(history).toMatch(/Auswertung[\s\S]{0,80}→[\s\S]{0,80}abgeschlossen/);
    expect(history).toMatch(/Empfehlung[\s\S]{0,200}(fortführen und vertiefen|beenden|ruhen lassen)/);
    expect(history).not.toMatch(/>review</);
  });

  it('records a decision that ends a partnership; its page names the round as the source', async () => {
    const future = await post(`${base}/empfehlungen/niederschlesien`, coordinator, {
      intent: 'decide',
      decision: 'end',
      decidedOn: '2027-01-01',
      body: 'Kabinett',
    });
    expect(future.statusCode).toBe(400);
    expect(fieldError(future.body, 'dec-decidedOn')).toBe('Das Datum darf nicht in der Zukunft liegen.');
    const noBody = await post(`${base}/empfehlungen/niederschlesien`, coordinator, {
      intent: 'decide',
      decision: 'end',
      decidedOn: TODAY,
      body: '',
    });
    expect(fieldError(noBody.body, 'dec-body')).toBe('Bitte ausfüllen.');
    const done = await post(`${base}/empfehlungen/niederschlesien`, coordinator, {
      intent: 'decide',
      decision: 'end',
      decidedOn: TODAY,
      body: 'Kabinett',
      note: 'Beschluss vom 21. November',
    });
    expect(done.statusCode).toBe(302);
    const page = await get(done.headers.location as string, coordinator.cookie);
    expect(page.body).toContain('Die Entscheidung ist gespeichert.');
    expect(between(page.body, 'decision', 'zzz')).toContain('beendet');
    expect(page.body).toContain('href="/partnerschaften/niederschlesien"');
    const partnership = await get('/partnerschaften/niederschlesien', coordinator.cookie);
    expect(partnership.body).toContain('Quelle: Leitlinien-Check');
    expect(partnership.body).toContain(`href="${base}/ergebnisse"`);
    const detail = (await app.inject({ url: '/api/v1/partnerships/niederschlesien' })).json();
    expect(detail.status).toBe('ended');
    expect(detail.statusHistory.at(-1)).toMatchObject({
      to: 'ended',
      evaluationRound: { key: 'lc-ergebnisse', name: 'Leitlinien-Check 2026' },
    });
  });

  it('records a decision through the API once, and refuses it a second time by field', async () => {
    const first = await api('POST', '/api/v1/rounds/lc-ergebnisse/decisions/lazio', coordinator, {
      decision: 'continue',
      decidedOn: TODAY,
      body: 'Kabinett',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ partnership: 'lazio', decision: 'continue', statusChangedTo: null });
    const again = await api('POST', '/api/v1/rounds/lc-ergebnisse/decisions/lazio', coordinator, {
      decision: 'continue',
      decidedOn: TODAY,
      body: 'Kabinett',
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([expect.objectContaining({ pointer: 'decision' })]);
    expect(
      (
        await api('POST', '/api/v1/rounds/lc-ergebnisse/decisions/quebec', reader, {
          decision: 'end',
          decidedOn: TODAY,
          body: 'Kabinett',
        })
      ).statusCode,
    ).toBe(403);
    const entry = (await api('GET', '/api/v1/rounds/lc-ergebnisse/recommendations/lazio', reader)).json();
    expect(entry.decision).toMatchObject({ decision: 'continue', body: 'Kabinett' });
  });
});
