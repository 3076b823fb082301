import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from '../support/e2e.ts';

const e2e = useE2E();

describe.each(e2e.modes())('the home page $mode', ({ mode, open, scanAndShoot, pageErrors }) => {
  let page: Page;

  beforeAll(async () => {
    page = await open();
  });

  it('shows the partnerships by status, dormant ones apart and never counted as active', async () => {
    await page.goto(e2e.url());
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
    await page.goto(e2e.url());
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
    await page.goto(e2e.url());
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Partnerships by status');
    expect(await page.getByRole('region', { name: /^dormant/ }).innerText()).toContain('Tatarstan');
  });

  it.each(['/', '/?lang=en', '/does-not-exist'])('has no WCAG 2.1 AA violations on %s', async (path) => {
    const response = await page.goto(e2e.url(path));
    expect(response?.status()).toBe(path === '/does-not-exist' ? 404 : 200);
    await scanAndShoot(page, path.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home');
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
