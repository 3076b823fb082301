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

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const)('the home page %s', (mode, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, viewport: viewports.desktop, locale: 'de-DE' });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      // The 404 page is requested on purpose; its own status is not an error.
      if (m.type() === 'error' && !(page.url().endsWith('/does-not-exist') && m.text().includes('404')))
        pageErrors.push(m.text());
    });
  });
  afterAll(async () => context?.close());

  it('shows the partnerships by status, dormant ones apart and never counted as active', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.title()).toMatch(/Brückenbauer/);
    const active = page.getByRole('region', { name: /^aktiv/ });
    await expect.poll(() => active.getByRole('row').count()).toBe(17);
    const dormant = page.getByRole('region', { name: /^ruhend/ });
    const dormantText = await dormant.innerText();
    for (const name of ['Sankt Petersburg', 'Tatarstan', 'Baschkortostan']) expect(dormantText).toContain(name);
    expect(await active.innerText()).not.toContain('Tatarstan');
    expect(await page.getByRole('list', { name: 'Partnerschaften nach Status' }).innerText()).toMatch(/16\s+aktiv/);
    expect(await active.getByRole('row', { name: /Latium/ }).innerText()).toMatch(/abgelaufen 4\. Oktober 2026/);
  });

  it('shows the structure of the strategy, measures expandable without JavaScript', async () => {
    await page.goto(server.url);
    const strategy = page.getByRole('region', { name: 'Die Internationale Strategie' });
    expect(await strategy.getByRole('listitem').filter({ hasText: 'Verflechtungsraum' }).count()).toBeGreaterThan(0);
    const instrumentIII = strategy.locator('summary', { hasText: 'III) Wirtschaft, Fachkräfte, Innovation' });
    await instrumentIII.click();
    await expect
      .poll(() =>
        strategy.getByText('Gemeinschaftsbeteiligungen an internationalen Messen (Landesmesseprogramm)').isVisible(),
      )
      .toBe(true);
  });

  it('switches to English by a plain link', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Partnerships by status');
    expect(await page.getByRole('region', { name: /^dormant/ }).innerText()).toContain('Tatarstan');
  });

  it.each(['/', '/?lang=en', '/does-not-exist'])('has no WCAG 2.1 AA violations on %s', async (path) => {
    for (const [name, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      const response = await page.goto(new URL(path, server.url).href);
      expect(response?.status()).toBe(path === '/does-not-exist' ? 404 : 200);
      expect(await axeViolations(browser, page, javaScriptEnabled)).toEqual([]);
      const slug = path.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({
        path: `${SCREENSHOTS}/${slug}-${name}-${javaScriptEnabled ? 'js' : 'nojs'}.png`,
        fullPage: true,
      });
    }
    await page.setViewportSize(viewports.desktop);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
