import { mkdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/test-server.ts';
import { buildUser, TEST_PASSWORD } from '../support/users.ts';

const SCREENSHOTS = 'test-results/screenshots';
let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  await buildUser(server.handle.db, 'ministry_editor', 'SMWK', 'eva.editor@smwk.sachsen.de');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const)('logging in and out %s', (_mode, javaScriptEnabled) => {
  let context: BrowserContext;
  let page: Page;
  const tag = javaScriptEnabled ? 'js' : 'nojs';

  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  async function logIn(password: string) {
    await page.getByLabel('E-Mail-Adresse').fill('eva.editor@smwk.sachsen.de');
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
  }

  it('sends a visitor of an internal page to the login page, and refuses a wrong password next to the field', async () => {
    await page.goto(`${server.url}/konto`);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/anmelden');
    expect(new URL(page.url()).searchParams.get('zurueck')).toBe('/konto');
    await logIn('ein falsches Passwort');
    const error = page.locator('#field-password-error');
    await expect.poll(() => error.innerText()).toBe('E-Mail-Adresse oder Passwort ist nicht richtig.');
    expect(await page.getByLabel('Passwort').getAttribute('aria-describedby')).toBe('field-password-error');
    expect(await page.getByLabel('Passwort').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('eva.editor@smwk.sachsen.de');
    expect(await axeViolations(browser, page, javaScriptEnabled)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/login-error-${tag}.png`, fullPage: true });
  });

  it('logs in and returns to the page asked for', async () => {
    await logIn(TEST_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/konto');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ihr Konto');
    expect(await page.locator('main').innerText()).toMatch(/Bearbeitung im Ressort/);
    expect(await page.getByRole('navigation', { name: 'Sprache und Konto' }).innerText()).toMatch(
      /Angemeldet als Test ministry_editor/,
    );
    const cookie = (await context.cookies()).find((c) => c.name === '__Host-bb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(await axeViolations(browser, page, javaScriptEnabled)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOTS}/account-${tag}.png`, fullPage: true });
  });

  it('refuses a form posted with a forged token and stays logged in', async () => {
    const forged = await context.request.post(`${server.url}/abmelden`, { form: { csrf: 'forged' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    await page.goto(`${server.url}/konto`);
    expect(new URL(page.url()).pathname).toBe('/konto');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('link', { name: 'Anmelden' }).count()).toBe(1);
    await page.goto(`${server.url}/konto`);
    expect(new URL(page.url()).pathname).toBe('/anmelden');
  });

  it('ends a session left idle and says so', async () => {
    await logIn(TEST_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/konto');
    await server.handle.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes'`);
    await page.reload();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/anmelden');
    expect(await page.getByRole('status').innerText()).toMatch(/Sitzung ist abgelaufen/);
    expect(await axeViolations(browser, page, javaScriptEnabled)).toEqual([]);
  });
});
