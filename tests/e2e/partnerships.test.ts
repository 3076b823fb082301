import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/test-server.ts';

const SCREENSHOTS = 'test-results/screenshots';
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
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
