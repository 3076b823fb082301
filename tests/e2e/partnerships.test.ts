import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/test-server.ts';
import { buildUser, TEST_PASSWORD, type TestUser } from '../support/users.ts';

const SCREENSHOTS = 'test-results/screenshots';
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
let coordinator: TestUser;
let reader: TestUser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  coordinator = await buildUser(server.handle.db, 'coordinator', 'SK');
  reader = await buildUser(server.handle.db, 'reader', 'SMI');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The names in the first column of the result table, in order. */
const resultNames = (page: Page) =>
  page
    .getByRole('region', { name: /^Tabelle|^Table/ })
    .locator('tbody th')
    .allInnerTexts();

/** Scans the page at both widths and saves a screenshot of each. */
async function scanAndShoot(page: Page, slug: string, javaScriptEnabled: boolean) {
  for (const [name, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    expect(await axeViolations(browser, page, javaScriptEnabled), `${slug} ${name}`).toEqual([]);
    const tag = javaScriptEnabled ? 'js' : 'nojs';
    await page.screenshot({ path: `${SCREENSHOTS}/${slug}-${name}-${tag}.png`, fullPage: true });
  }
  await page.setViewportSize(viewports.desktop);
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const)('the partnership list %s', (mode, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, viewport: viewports.desktop, locale: 'de-DE' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
  });
  afterAll(async () => context?.close());

  it('is reached from the main navigation and lists every partnership in German order', async () => {
    await page.goto(server.url);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Partnerschaften' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/partnerschaften');
    expect(await page.getByRole('link', { name: 'Partnerschaften', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(20);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
    expect(await page.locator('#result-count').innerText()).toMatch(/Partnerschaften, davon 16 aktiv/);
  });

  it('finds the dormant regional partnerships by filters held in the URL', async () => {
    await page.goto(`${server.url}/partnerschaften`);
    await page.getByLabel('Art', { exact: true }).selectOption('regional');
    await page.getByLabel('Status', { exact: true }).selectOption('dormant');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('dormant');
    const url = new URL(page.url());
    expect(url.searchParams.get('kind')).toBe('regional');
    const expected = [
      'Regionalpartnerschaft Sachsen – Baschkortostan',
      'Regionalpartnerschaft Sachsen – St. Petersburg',
      'Regionalpartnerschaft Sachsen – Tatarstan',
    ];
    expect(await resultNames(page)).toEqual(expected);
    expect(await page.locator('#result-count').innerText()).toBe('3 Partnerschaften, davon 0 aktiv');
    expect(await page.getByRole('region', { name: /^Tabelle/ }).innerText()).toMatch(/ruhend\s+zählt nicht als aktiv/);

    const fresh = await context.newPage();
    await fresh.goto(url.href);
    expect(await resultNames(fresh)).toEqual(expected);
    expect(await fresh.getByLabel('Status', { exact: true }).inputValue()).toBe('dormant');
    await fresh.close();
    await scanAndShoot(page, 'partnerships-filtered', javaScriptEnabled);
  });

  it('filters by country, sector and lead ministry and sorts by start', async () => {
    await page.goto(`${server.url}/partnerschaften?country=it`);
    expect(await resultNames(page)).toEqual(['Regionalpartnerschaft Sachsen – Latium']);
    await page.goto(`${server.url}/partnerschaften?sort=since&kind=cross_border`);
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(1);
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await scanAndShoot(page, 'partnerships', javaScriptEnabled);
  });

  it('says next to the filter which value is not valid, and shows the list', async () => {
    const response = await page.goto(`${server.url}/partnerschaften?status=schlafend&country=XX`);
    expect(response?.status()).toBe(200);
    const error = page.locator('#filter-status-error');
    expect(await error.innerText()).toMatch(/„schlafend“ ist kein gültiger Wert/);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Status', { exact: true }).getAttribute('aria-describedby')).toBe(
      'filter-status-error',
    );
    expect(await page.locator('#filter-country-error').innerText()).toMatch(/„XX“/);
    expect((await resultNames(page)).length).toBeGreaterThan(20);
    await scanAndShoot(page, 'partnerships-invalid-filter', javaScriptEnabled);
  });

  it('is complete in English and keeps the filters when switching language', async () => {
    await page.goto(`${server.url}/partnerschaften?status=dormant`);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('status')).toBe('dormant');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Partnerships');
    expect(await page.locator('#result-count').innerText()).toBe('3 partnerships, 0 of them active');
    await scanAndShoot(page, 'partnerships-en', javaScriptEnabled);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});

const QUOTE =
  'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die Rahmenbedingungen zulassen';

/** A browser context, logged in through the login page when a user is given. */
async function contextAs(user: TestUser | null, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: viewports.desktop, locale: 'de-DE' });
  if (user) {
    const page = await context.newPage();
    await page.goto(`${server.url}/anmelden`);
    await page.getByLabel('E-Mail-Adresse').fill(user.email);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.close();
  }
  return context;
}

describe.each([
  ['with JavaScript', true, 'tatarstan', 'Tatarstan'],
  ['without JavaScript', false, 'baschkortostan', 'Baschkortostan'],
] as const)('the partnership page %s', (mode, javaScriptEnabled, key, place) => {
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  const open = async (user: TestUser | null) => {
    const context = await contextAs(user, javaScriptEnabled);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // The 404 page and the refused form posts (400) are answered on purpose.
      if (m.type() === 'error' && !/\b(404|400)\b/.test(m.text())) pageErrors.push(m.text());
    });
    return page;
  };
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  it('shows Lazio with its renewal chain, the expired MoU, signatories, working group and sources', async () => {
    const page = await open(null);
    await page.goto(`${server.url}/partnerschaften?country=IT`);
    await page.getByRole('link', { name: 'Regionalpartnerschaft Sachsen – Latium' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/partnerschaften/lazio');
    const agreements = page.getByRole('region', { name: 'Vereinbarungen und Erneuerungen' });
    expect(await agreements.getByRole('heading', { level: 3 }).innerText()).toBe(
      'Erneuerungskette: Partnerschaftsvereinbarung 18. Oktober 2016 → Memorandum of Understanding 4. Oktober 2021',
    );
    const text = await agreements.innerText();
    expect(text).toMatch(/60 Monate/);
    expect(text).toMatch(/abgelaufen \(4\. Oktober 2026\)/);
    expect(text).toMatch(/Michael Kretschmer, Ministerpräsident \(für den Freistaat Sachsen\)/);
    expect(await page.getByRole('region', { name: 'Arbeitsgruppen' }).innerText()).toMatch(
      /Arbeitsgruppe Sachsen-Lazio/,
    );
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/Latium \(IT-62\)/);
    expect(await page.getByRole('region', { name: 'Alle Belege' }).innerText()).toMatch(
      /Angabe: Beginn[\s\S]*Absatz 3/,
    );
    expect(await page.getByRole('heading', { name: 'Status ändern' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Änderungsverlauf' }).count()).toBe(0);
    await scanAndShoot(page, 'partnership-lazio', javaScriptEnabled);
    await page.goto(`${server.url}/partnerschaften/IT-62?lang=en`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Regional partnership Saxony – Lazio');
    expect(await page.getByRole('region', { name: 'Agreements and renewals' }).innerText()).toMatch(
      /expired \(4 October 2026\)/,
    );
    await scanAndShoot(page, 'partnership-lazio-en', javaScriptEnabled);
  });

  it('shows where the sources disagree, and answers 404 for an unknown partnership', async () => {
    const page = await open(null);
    await page.goto(`${server.url}/partnerschaften/frankreich-pruefung`);
    const conflicts = page.getByRole('region', { name: 'Wo sich die Quellen widersprechen' });
    expect(await conflicts.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await conflicts.locator('blockquote').count()).toBeGreaterThan(1);
    await scanAndShoot(page, 'partnership-conflicts', javaScriptEnabled);
    const response = await page.goto(`${server.url}/partnerschaften/gibt-es-nicht`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Seite nicht gefunden');
  });

  it('shows a reader the change history but no status form', async () => {
    const page = await open(reader);
    await page.goto(`${server.url}/partnerschaften/${key}`);
    expect(await page.getByRole('heading', { name: 'Status ändern' }).count()).toBe(0);
    expect(await page.locator('form[method="post"] select[name="to"]').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/angelegt/);
  });

  it(`lets a coordinator change ${place} from dormant to active, refusing an invalid change first`, async () => {
    const page = await open(coordinator);
    await page.goto(`${server.url}/partnerschaften/${key}`);
    const form = page.getByRole('region', { name: 'Status ändern' });
    expect(await form.getByLabel('Neuer Status').locator('option').allInnerTexts()).toEqual(['aktiv', 'beendet']);
    await form.getByLabel('Neuer Status').selectOption('active');
    await form.getByLabel('Wirksam seit').fill('2026-11-20');
    await form.getByLabel('Quelldokument').selectOption('strategie-2025');
    await form.getByLabel('Fundstelle').fill('II) Regionale und sektorale Partnerschaften, Maßnahmen');
    await form
      .getByLabel('Zitat')
      .fill('Die Partnerschaften mit russischen Regionen werden sofort wieder aufgenommen.');
    await form.getByRole('button', { name: 'Status ändern' }).click();

    // The empty reason is refused next to its field, with a summary at the top of the form.
    const reasonError = page.locator('#status-reason-error');
    await expect.poll(() => reasonError.innerText()).toBe('Eine Statusänderung braucht eine Begründung.');
    expect(await reasonError.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Begründung').getAttribute('aria-describedby')).toBe('status-reason-error');
    expect(await page.locator('#status-errors').innerText()).toMatch(/Begründung: Eine Statusänderung braucht/);
    expect(await page.getByLabel('Zitat').inputValue()).toMatch(/sofort wieder aufgenommen/);
    await scanAndShoot(page, 'partnership-status-error', javaScriptEnabled);

    // With a reason, the made-up quote is refused because it is not in the strategy.
    await page.getByLabel('Begründung').fill('Reaktivierung nach Prüfung');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    const quoteError = page.locator('#status-quote-error');
    await expect.poll(() => quoteError.innerText()).toMatch(/steht nicht im gewählten Dokument/);
    expect(await page.getByLabel('Zitat').getAttribute('aria-describedby')).toBe(
      'status-quote-error status-quote-hint',
    );
    await page.goto(`${server.url}/partnerschaften/${key}`);
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/ruhend/);

    // The real passage goes through: back on the page (PRG) with a confirmation.
    await page.getByLabel('Neuer Status').selectOption('active');
    await page.getByLabel('Wirksam seit').fill('2026-11-20');
    await page.getByLabel('Begründung').fill('Reaktivierung nach Prüfung der Rahmenbedingungen');
    await page.getByLabel('Quelldokument').selectOption('strategie-2025');
    await page.getByLabel('Fundstelle').fill('II) Regionale und sektorale Partnerschaften, Maßnahmen');
    await page.getByLabel('Zitat').fill(QUOTE);
    await page.getByRole('button', { name: 'Status ändern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('geaendert')).toBe('1');
    expect(new URL(page.url()).pathname).toBe(`/partnerschaften/${key}`);
    expect(await page.getByRole('status').innerText()).toMatch(/Der Status wurde geändert/);
    const history = await page.getByRole('region', { name: 'Statusverlauf' }).locator('li').last().innerText();
    expect(history).toMatch(/20\. November 2026: ruhend → aktiv/);
    expect(history).toMatch(/Reaktivierung nach Prüfung der Rahmenbedingungen/);
    expect(history).toContain(QUOTE);
    const audit = await page.getByRole('region', { name: 'Änderungsverlauf' }).locator('li').first().innerText();
    expect(audit).toMatch(/Status geändert/);
    expect(audit).toMatch(/Status\s+vorher:\s*ruhend\s*→\s*,\s*nachher:\s*aktiv/);
    expect(await page.getByLabel('Neuer Status').locator('option').allInnerTexts()).toEqual(['ruhend', 'beendet']);
    await scanAndShoot(page, 'partnership-coordinator', javaScriptEnabled);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
