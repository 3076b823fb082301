import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from '../support/e2e.ts';
import { TEST_PASSWORD } from '../support/users.ts';

const e2e = useE2E();

beforeAll(async () => {
  await e2e.user('ministry_editor', 'SMWK', 'eva.editor@smwk.sachsen.de');
});

describe.each(e2e.modes())('logging in and out $mode', ({ open, scanAndShoot }) => {
  let page: Page;

  beforeAll(async () => {
    page = await open();
  });

  async function logIn(password: string) {
    await page.getByLabel('E-Mail-Adresse').fill('eva.editor@smwk.sachsen.de');
    await page.getByLabel('Passwort').fill(password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
  }

  it('sends a visitor of an internal page to the login page, and refuses a wrong password next to the field', async () => {
    await page.goto(e2e.url(`/konto`));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/anmelden');
    expect(new URL(page.url()).searchParams.get('zurueck')).toBe('/konto');
    await logIn('ein falsches Passwort');
    const error = page.locator('#field-password-error');
    await expect.poll(() => error.innerText()).toBe('E-Mail-Adresse oder Passwort ist nicht richtig.');
    expect(await page.getByLabel('Passwort').getAttribute('aria-describedby')).toBe('field-password-error');
    expect(await page.getByLabel('Passwort').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-Mail-Adresse').inputValue()).toBe('eva.editor@smwk.sachsen.de');
    await scanAndShoot(page, 'login-error');
  });

  it('logs in and returns to the page asked for', async () => {
    await logIn(TEST_PASSWORD);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/konto');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ihr Konto');
    expect(await page.locator('main').innerText()).toMatch(/Bearbeitung im Ressort/);
    expect(await page.getByRole('navigation', { name: 'Sprache und Konto' }).innerText()).toMatch(
      /Angemeldet als Test ministry_editor/,
    );
    const cookie = (await page.context().cookies()).find((c) => c.name === '__Host-bb_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    await scanAndShoot(page, 'account');
  });

  it('refuses a form posted with a forged token and stays logged in', async () => {
    const forged = await page
      .context()
      .request.post(e2e.url(`/abmelden`), { form: { csrf: 'forged' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    await page.goto(e2e.url(`/konto`));
    expect(new URL(page.url()).pathname).toBe('/konto');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('link', { name: 'Anmelden' }).count()).toBe(1);
    await page.goto(e2e.url(`/konto`));
    expect(new URL(page.url()).pathname).toBe('/anmelden');
  });

  it('ends a session left idle and says so', async () => {
    // Self-contained (a retry starts here too): from the login page asked for by /konto.
    await page.goto(e2e.url('/konto'));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/anmelden');
    await logIn(TEST_PASSWORD);
    // Wait until the page after the login has loaded, not just until its address changed.
    await page.waitForURL((url) => url.pathname === '/konto');
    e2e.server.clock.advance(31 * 60_000);
    await page.goto(e2e.url('/konto'));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/anmelden');
    expect(await page.getByRole('status').innerText()).toMatch(/Sitzung ist abgelaufen/);
    await scanAndShoot(page, 'session-expired');
  });
});
