import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from '../support/e2e.ts';
import { TEST_PASSWORD } from '../support/users.ts';
import { setUpRound } from '../support/round-fixture.ts';
import { moveRound } from '../../core/rounds/round-use-cases.ts';
import { withRoundStore } from '../../db/rounds/round.store.ts';
import { testClock } from '../support/clock.ts';

const e2e = useE2E();
const ROUND = 'lc-landung';

beforeAll(async () => {
  await e2e.user('ministry_editor', 'SMWK', 'eva.editor@smwk.sachsen.de');
  // A round open for scoring with an assessor of the SMWA.
  const db = e2e.server.handle.db;
  const round = await setUpRound(db, ROUND);
  await withRoundStore(db, testClock.now(), (store) =>
    moveRound({ store, actor: round.coordinator, key: ROUND, to: 'scoring' }),
  );
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

describe.each(e2e.modes())('landing after login $mode', ({ mode, open, scanAndShoot }) => {
  const tag = mode.includes('without') ? 'nojs' : 'js';

  async function logInAs(email: string) {
    const page = await open();
    await page.goto(e2e.url('/anmelden'));
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Passwort').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => !['/anmelden', '/start'].includes(url.pathname));
    return page;
  }

  it('sends a coordinator to the overview of the whole register', async () => {
    const user = await e2e.user('coordinator', 'SK', `landung.koordination.${tag}@sk.sachsen.de`);
    const page = await logInAs(user.email);
    expect(new URL(page.url()).pathname).toBe('/uebersicht');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Übersicht');
  });

  it("sends a ministry editor to their ministry's page, with a way to see all", async () => {
    const user = await e2e.user('ministry_editor', 'SMWK', `landung.ressort.${tag}@smwk.sachsen.de`);
    const page = await logInAs(user.email);
    expect(new URL(page.url()).pathname).toBe('/uebersicht');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Übersicht Ihres Ressorts: SMWK');
    expect(await page.getByRole('heading', { name: /Maßnahmen in Federführung Ihres Ressorts/ }).count()).toBe(1);
    await scanAndShoot(page, 'overview-ministry');
    await page.getByRole('link', { name: 'Alle Ressorte anzeigen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Übersicht');
    expect(await page.getByRole('link', { name: 'Nur mein Ressort anzeigen' }).count()).toBe(1);
  });

  it('sends an assessor to the round they score in, and a stakeholder to their proposals', async () => {
    const assessor = await logInAs(`bewertung.${ROUND}.smwa@test.sachsen.de`);
    expect(new URL(assessor.url()).pathname).toBe(`/evaluierung/${ROUND}`);
    const lone = await e2e.user('assessor', 'SMI', `landung.bewertung.${tag}@smi.sachsen.de`);
    expect(new URL((await logInAs(lone.email)).url()).pathname).toBe('/evaluierung');
    const stakeholder = await e2e.user('stakeholder', 'IHK', `landung.partner.${tag}@ihk.example.org`);
    expect(new URL((await logInAs(stakeholder.email)).url()).pathname).toBe('/vorschlaege');
  });
});
