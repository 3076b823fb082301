import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase, engines } from '../setup/test-database.ts';
import { buildUser, type TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/** The visible text of a piece of a page, tags removed, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

/** The section of a page headed by the given id (up to the next section of the page). */
const section = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  return html.slice(start, html.indexOf('<section class="section"', start + 1));
};

/** The cited passages of a page, one string per citation: the quote, the document and the place in it. */
const citationsOf = (html: string) =>
  [...html.matchAll(/<figure class="citation">([\s\S]*?)<\/figure>/g)].map((m) => m[1]!);

/**
 * The Lazio MoU of 4 Oct 2021 ran out on 4 Oct 2026 (five years); the tests' today is
 * 21 Nov 2026. The partnership is still active, and its page, list and API say that its
 * agreement has run out, until a renewal is recorded.
 */
describe.each(engines)('a partnership whose agreement ran out, on %s', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let coordinator: TestUser;

  beforeAll(async () => {
    handle = await createTestDatabase(engine);
    app = await buildApp({ services: { db: handle.db, clock: testClock }, rateLimit: false });
    coordinator = await buildUser(handle.db, 'coordinator', 'SK');
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  const get = (url: string, user?: TestUser) =>
    app.inject({ method: 'GET', url, headers: user ? { cookie: user.cookie } : {} });

  it('warns at a glance, in German and in English, that the Lazio MoU expired with no renewal', async () => {
    const page = await get('/partnerschaften/lazio');
    expect(page.statusCode).toBe(200);
    const facts = section(page.body, 'facts');
    expect(facts).toContain('kern-alert kern-alert--warning');
    expect(textOf(facts)).toMatch(
      /Vereinbarung abgelaufen Die Vereinbarung Memorandum of Understanding zwischen der Region Latium und dem Freistaat Sachsen .* ist am 4\. Oktober 2026 abgelaufen\. Eine Erneuerung oder Nachfolgevereinbarung ist nicht erfasst\./,
    );
    expect(facts).toContain('href="/vereinbarungen/lazio-2021"');
    // The status stays what it is, with the expiry beside it.
    expect(textOf(facts)).toMatch(/Status aktiv Vereinbarung abgelaufen/);
    const english = textOf(section((await get('/partnerschaften/lazio?lang=en')).body, 'facts'));
    expect(english).toMatch(
      /Agreement expired The agreement Memorandum of Understanding .* expired on 4 October 2026\. No renewal or successor agreement is recorded\./,
    );
  });

  it('does not warn where no agreement ran out: an agreement without an end date', async () => {
    const charkiw = await get('/partnerschaften/charkiw');
    expect(charkiw.statusCode).toBe(200);
    expect(section(charkiw.body, 'facts')).not.toContain('kern-alert');
  });

  it('carries the expiry as a field of the partnership in the API, beside the agreements', async () => {
    const lazio = (await get('/api/v1/partnerships/lazio')).json();
    expect(lazio.active).toBe(true);
    expect(lazio.agreementAlerts).toEqual([
      {
        kind: 'expired',
        key: 'lazio-2021',
        title: expect.stringMatching(/^Memorandum of Understanding/),
        expiresOn: '2026-10-04',
      },
    ]);
    const rows: { key: string; agreementAlerts: unknown[] }[] = (await get('/api/v1/partnerships')).json().data;
    expect(rows.find((p) => p.key === 'lazio')!.agreementAlerts).toHaveLength(1);
    expect(rows.find((p) => p.key === 'charkiw')!.agreementAlerts).toEqual([]);
  });

  it('flags the expired agreement beside the status in the partnership list', async () => {
    const list = await get('/partnerschaften');
    const row = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*href="\/partnerschaften\/lazio"[\s\S]*?<\/tr>/.exec(list.body)![0];
    expect(textOf(row)).toMatch(/aktiv Vereinbarung abgelaufen/);
    const charkiw = /<tr[^>]*>(?:(?!<\/tr>)[\s\S])*href="\/partnerschaften\/charkiw"[\s\S]*?<\/tr>/.exec(list.body)![0];
    expect(textOf(charkiw)).not.toMatch(/Vereinbarung abgelaufen/);
  });

  it('shows each passage once where one passage supports a fact twice', async () => {
    const page = (await get('/partnerschaften/lazio')).body;
    const agreements = citationsOf(section(page, 'agreements'));
    expect(agreements.length).toBeGreaterThan(3);
    for (let i = 1; i < agreements.length; i++) expect(agreements[i]).not.toBe(agreements[i - 1]);
    // In the list of all citations, one passage carries every claim it supports.
    const all = section(page, 'citations');
    const passages = citationsOf(all);
    expect(new Set(passages).size).toBe(passages.length);
    expect(textOf(all)).toMatch(/Angaben ?: Bestehen, Beginn/);
  });

  it('names each source by its title, linked to its page, never by its key', async () => {
    for (const url of ['/', '/partnerschaften', '/partnerschaften/lazio', '/partnerschaften/charkiw']) {
      const body = (await get(url)).body;
      const visible = textOf(body.slice(body.indexOf('<main'), body.indexOf('</main>')));
      for (const key of [
        'pm-2024-03-27-charkiw',
        'pm-2021-10-04-lazio',
        'strategie-2025',
        'zeitung-2026-02-12-leitlinien',
      ])
        expect(visible, `${url} shows ${key}`).not.toContain(key);
    }
    // The start page's table names the sources of each partnership, each linked to its page.
    const home = (await get('/')).body;
    const linked =
      /<a class="kern-link[^"]*" href="\/quellen\/pm-2024-03-27-charkiw"><cite lang="de">Sachsen und ukrainische Region Charkiw/;
    expect(home).toMatch(linked);
    const lazio = (await get('/partnerschaften/lazio?lang=en')).body;
    const english =
      /href="\/quellen\/pm-2021-10-04-lazio\?lang=en"><cite lang="de">Sachsen und italienische Region Lazio/;
    expect(lazio).toMatch(english);
  });

  it('stops warning once the MoU is renewed', async () => {
    const csrf = (await get('/api/v1/me', coordinator)).json().csrfToken;
    const renewed = await app.inject({
      method: 'POST',
      url: '/vereinbarungen/lazio-2021/erneuern',
      headers: { cookie: coordinator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        csrf,
        kind: 'memorandum_of_understanding',
        title: 'Memorandum of Understanding Sachsen – Latium (2026)',
        signedOn: '2026-11-20',
        termMonths: '60',
        source: 'pm-2021-10-04-lazio',
        quote: 'Sachsen und italienische Region Lazio erneuern ihre Regionalpartnerschaft',
      }).toString(),
    });
    expect(renewed.statusCode).toBe(302);
    expect((await get('/api/v1/partnerships/lazio')).json().agreementAlerts).toEqual([]);
    const page = await get('/partnerschaften/lazio');
    expect(section(page.body, 'facts')).not.toContain('kern-alert');
    expect(textOf(section(page.body, 'facts'))).not.toMatch(/abgelaufen/);
  });
});
