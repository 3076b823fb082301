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
let editor: TestUser;
let reader: TestUser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
  editor = await buildUser(server.handle.db, 'ministry_editor', 'SMWK');
  reader = await buildUser(server.handle.db, 'reader', 'SMI');
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

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

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe.each([
  ['with JavaScript', true, '2027-05', 'Mai'],
  ['without JavaScript', false, '2027-06', 'Juni'],
] as const)('the activities register %s', (mode, javaScriptEnabled, month, monthDe) => {
  const pageErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  const title = `Delegationsreise nach Breslau ${mode}`;
  let tripPath = '';
  let copyPath = '';

  const open = async (user: TestUser | null) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: viewports.desktop, locale: 'de-DE' });
    contexts.push(context);
    if (user) {
      const login = await context.newPage();
      await login.goto(`${server.url}/anmelden`);
      await login.getByLabel('E-Mail-Adresse').fill(user.email);
      await login.getByLabel('Passwort').fill(TEST_PASSWORD);
      await login.getByRole('button', { name: 'Anmelden' }).click();
      await expect.poll(() => pathOf(login)).toBe('/');
      await login.close();
    }
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

  it('lists the published activities newest first, dates at their precision, with filters in the URL', async () => {
    const page = await open(null);
    await page.goto(server.url);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aktivitäten' }).click();
    await expect.poll(() => pathOf(page)).toBe('/aktivitaeten');
    const table = page.getByRole('region', { name: /^Tabelle/ });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/Unterzeichnung der gemeinsamen Absichtserklärung[\s\S]*27\. März 2024/);
    expect(rows.join('\n')).toMatch(/\b2022\b/);
    expect(await page.getByRole('link', { name: 'Aktivität erfassen' }).count()).toBe(0);
    await page.getByLabel('Art', { exact: true }).selectOption('delegation_trip');
    await page.getByLabel('Jahr', { exact: true }).selectOption('2024');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2024');
    expect(await table.locator('tbody th').allInnerTexts()).toEqual([
      'Reise von Staatsminister Oliver Schenk nach Kyjiw',
      'Reise von Staatsminister Oliver Schenk nach Warschau',
    ]);
    await scanAndShoot(page, 'activities-filtered', javaScriptEnabled);
    await page.goto(`${server.url}/aktivitaeten?lang=en`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Activities');
    await scanAndShoot(page, 'activities-en', javaScriptEnabled);
  });

  it('shows a month as a list by day, with the month and year entries, and one activity with its sources', async () => {
    const page = await open(null);
    await page.goto(`${server.url}/aktivitaeten/kalender?monat=2024-03`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kalender: März 2024');
    const days = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(days).toEqual(['24. März 2024', '26. März 2024', '27. März 2024']);
    await scanAndShoot(page, 'activity-calendar', javaScriptEnabled);
    await page.getByRole('link', { name: /Voriger Monat/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('monat')).toBe('2024-02');
    expect(await page.getByRole('heading', { level: 2, name: '2024: im Jahr' }).count()).toBe(0);
    await page.goto(`${server.url}/aktivitaeten/kalender?monat=2022-01`);
    expect(await page.getByRole('region', { name: '2022: im Jahr' }).innerText()).toMatch(/Winterhilfe|Hilfs/);
    await page.goto(`${server.url}/aktivitaeten/kalender?monat=2024-03`);
    await page.getByRole('link', { name: 'Reise von Staatsminister Oliver Schenk nach Kyjiw' }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/aktivitaeten\/\d+$/);
    const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
    expect(facts).toMatch(/Delegationsreise/);
    expect(facts).toMatch(/26\. März 2024 – 27\. März 2024/);
    expect(facts).toMatch(/SK – /);
    expect(await page.getByRole('region', { name: 'Belege' }).locator('blockquote').count()).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    await scanAndShoot(page, 'activity-public', javaScriptEnabled);
  });

  it('lets a ministry editor record a delegation trip, refusing the first attempt field by field', async () => {
    const page = await open(editor);
    await page.goto(`${server.url}/aktivitaeten`);
    await page.getByRole('link', { name: 'Aktivität erfassen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/aktivitaeten/neu');
    expect(await page.getByLabel('Veranstalter').locator('option').allInnerTexts()).toEqual([
      expect.stringMatching(/^SMWK – /),
    ]);
    await page.getByLabel('Art', { exact: true }).selectOption('delegation_trip');
    await page.getByLabel('Beginn').fill(`${month}-12`);
    await page.getByLabel('Ende').fill(`${month}-10`);
    await page.getByLabel('Orte').fill('PL-DS');
    await page.getByLabel('Budget geplant (Euro)').fill('zwölftausend');
    await page.getByRole('button', { name: 'Speichern' }).click();

    const titleError = page.locator('#activity-title-error');
    await expect.poll(() => titleError.innerText()).toBe('Bitte ausfüllen.');
    expect(await titleError.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Titel').getAttribute('aria-describedby')).toBe('activity-title-error');
    expect(await page.locator('#activity-endsOn-error').innerText()).toBe('Das Ende darf nicht vor dem Beginn liegen.');
    expect(await page.locator('#activity-budgetPlanned-error').innerText()).toMatch(/Betrag in Euro/);
    expect(await page.locator('#activity-errors').innerText()).toMatch(/Titel: Bitte ausfüllen/);
    expect(await page.getByLabel('Orte').inputValue()).toBe('PL-DS');
    expect(await page.getByLabel('Budget geplant (Euro)').inputValue()).toBe('zwölftausend');
    await scanAndShoot(page, 'activity-new-error', javaScriptEnabled);

    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Ende').fill(`${month}-13`);
    await page.getByLabel('Budget geplant (Euro)').fill('12.500,50');
    await page.getByLabel('Partnerschaft', { exact: true }).selectOption('niederschlesien');
    await page.getByLabel('Wissenschaft').check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    tripPath = pathOf(page);
    expect(tripPath).toMatch(/^\/aktivitaeten\/\d+$/);
    expect(await page.getByRole('status').innerText()).toBe('Die Aktivität wurde gespeichert.');
    const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
    expect(facts).toMatch(/12\.500,50\s€/);
    expect(facts).toMatch(/intern/);
    expect(facts).toMatch(/Niederschlesien/);
    await scanAndShoot(page, 'activity-recorded', javaScriptEnabled);

    await page.goto(`${server.url}/aktivitaeten?year=2027`);
    expect(await page.getByRole('region', { name: /^Tabelle/ }).innerText()).toContain(title);
    await page.goto(`${server.url}/aktivitaeten/kalender?monat=${month}`);
    const day = page.getByRole('region', { name: `12. ${monthDe} 2027` });
    expect(await day.innerText()).toContain(title);
  });

  it('lets the editor edit it, copy it and cancel the copy', async () => {
    const page = await open(editor);
    await page.goto(`${server.url}${tripPath}`);
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expect.poll(() => pathOf(page)).toBe(`${tripPath}/bearbeiten`);
    expect(await page.getByLabel('Titel').inputValue()).toBe(title);
    expect(await page.getByLabel('Budget geplant (Euro)').inputValue()).toBe('12.500,50');
    expect(await page.getByLabel('Wissenschaft').isChecked()).toBe(true);
    await scanAndShoot(page, 'activity-edit', javaScriptEnabled);
    await page.getByLabel('Status', { exact: true }).selectOption('confirmed');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/bestätigt/);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/bearbeitet/);

    await page.getByRole('button', { name: 'Als neue geplante Aktivität kopieren' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kopiert')).toBe('1');
    copyPath = pathOf(page);
    expect(copyPath).not.toBe(tripPath);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/geplant/);

    await page.getByRole('button', { name: 'Absagen' }).click();
    const reasonError = page.locator('#cancel-reason-error');
    await expect.poll(() => reasonError.innerText()).toBe('Bitte ausfüllen.');
    await page.getByLabel('Grund der Absage').fill('Der Termin entfällt.');
    await page.getByRole('button', { name: 'Absagen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('abgesagt')).toBe('1');
    expect(pathOf(page)).toBe(copyPath);
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/abgesagt/);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/Der Termin entfällt/);
    await scanAndShoot(page, 'activity-cancelled', javaScriptEnabled);
    await page.goto(`${server.url}${tripPath}`);
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/bestätigt/);
  });

  it('shows a reader the internal activity without edit buttons, and hides it from the public', async () => {
    const page = await open(reader);
    await page.goto(`${server.url}${tripPath}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await page.locator('form[method="post"] button[name="intent"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Absagen' }).count()).toBe(0);
    await page.goto(`${server.url}/aktivitaeten`);
    expect(await page.getByRole('link', { name: 'Aktivität erfassen' }).count()).toBe(0);

    const anonymous = await open(null);
    expect((await anonymous.goto(`${server.url}${tripPath}`))?.status()).toBe(404);
    await anonymous.goto(`${server.url}/aktivitaeten?year=2027`);
    expect(await anonymous.locator('main').innerText()).not.toContain(title);
    await anonymous.goto(`${server.url}/aktivitaeten/kalender?monat=${month}`);
    expect(await anonymous.locator('main').innerText()).not.toContain(title);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
