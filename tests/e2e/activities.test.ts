import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let editor: TestUser;
let reader: TestUser;

beforeAll(async () => {
  editor = await e2e.user('ministry_editor', 'SMWK');
  reader = await e2e.user('reader', 'SMI');
});

const [withJs, withoutJs] = e2e.modes();

describe.each([
  { ...withJs, month: '2027-05', monthDe: 'Mai' },
  { ...withoutJs, month: '2027-06', monthDe: 'Juni' },
])('the activities register $mode', ({ mode, open, scanAndShoot, pageErrors, month, monthDe }) => {
  const title = `Delegationsreise nach Breslau ${mode}`;
  let tripPath = '';
  let copyPath = '';

  it('lists the published activities newest first, dates at their precision, with filters in the URL', async () => {
    const page = await open(null);
    await page.goto(e2e.url());
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
    await scanAndShoot(page, 'activities-filtered');
    await page.goto(e2e.url(`/aktivitaeten?lang=en`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Activities');
    await scanAndShoot(page, 'activities-en');
  });

  it('shows a month as a list by day, with the month and year entries, and one activity with its sources', async () => {
    const page = await open(null);
    await page.goto(e2e.url(`/aktivitaeten/kalender?monat=2024-03`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kalender: März 2024');
    const days = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(days).toEqual(['24. März 2024', '26. März 2024', '27. März 2024']);
    await scanAndShoot(page, 'activity-calendar');
    await page.getByRole('link', { name: /Voriger Monat/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('monat')).toBe('2024-02');
    expect(await page.getByRole('heading', { level: 2, name: '2024: im Jahr' }).count()).toBe(0);
    await page.goto(e2e.url(`/aktivitaeten/kalender?monat=2022-01`));
    expect(await page.getByRole('region', { name: '2022: im Jahr' }).innerText()).toMatch(/Winterhilfe|Hilfs/);
    await page.goto(e2e.url(`/aktivitaeten/kalender?monat=2024-03`));
    await page.getByRole('link', { name: 'Reise von Staatsminister Oliver Schenk nach Kyjiw' }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/aktivitaeten\/\d+$/);
    const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
    expect(facts).toMatch(/Delegationsreise/);
    expect(facts).toMatch(/26\. März 2024 – 27\. März 2024/);
    expect(facts).toMatch(/SK – /);
    expect(await page.getByRole('region', { name: 'Belege' }).locator('blockquote').count()).toBeGreaterThan(1);
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    await scanAndShoot(page, 'activity-public');
  });

  it('lets a ministry editor record a delegation trip, refusing the first attempt field by field', async () => {
    const page = await open(editor);
    await page.goto(e2e.url(`/aktivitaeten`));
    await page.getByRole('link', { name: 'Aktivität erfassen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/aktivitaeten/neu');
    expect(await page.getByLabel('Veranstalter').locator('option').allInnerTexts()).toEqual([
      expect.stringMatching(/^SMWK – /),
    ]);
    await page.getByLabel('Art', { exact: true }).selectOption('delegation_trip');
    await page.getByLabel('Beginn', { exact: true }).fill(`${month}-12`);
    await page.getByLabel('Ende', { exact: true }).fill(`${month}-10`);
    await page.getByLabel('Orte').fill('PL-DS');
    await page.getByLabel('Budget geplant (Euro)').fill('zwölftausend');
    await page.getByRole('button', { name: 'Speichern' }).click();

    const titleError = page.locator('#activity-title-error');
    await expect.poll(() => titleError.innerText()).toBe('Bitte ausfüllen.');
    expect(await titleError.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Titel', { exact: true }).getAttribute('aria-describedby')).toBe(
      'activity-title-error',
    );
    expect(await page.locator('#activity-endsOn-error').innerText()).toBe('Das Ende darf nicht vor dem Beginn liegen.');
    expect(await page.locator('#activity-budgetPlanned-error').innerText()).toMatch(/Betrag in Euro/);
    expect(await page.locator('#activity-errors').innerText()).toMatch(/Titel: Bitte ausfüllen/);
    expect(await page.getByLabel('Orte').inputValue()).toBe('PL-DS');
    expect(await page.getByLabel('Budget geplant (Euro)').inputValue()).toBe('zwölftausend');
    await scanAndShoot(page, 'activity-new-error');

    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Ende', { exact: true }).fill(`${month}-13`);
    await page.getByLabel('Budget geplant (Euro)').fill('12.500,50');
    await page.getByLabel('Partnerschaft', { exact: true }).selectOption('niederschlesien');
    await page.getByRole('group', { name: 'Sektoren' }).getByLabel('Wissenschaft', { exact: true }).check();
    await page.getByRole('group', { name: 'Instrumente der Strategie' }).getByLabel(/^II\)/).check();
    await page.getByLabel('Maßnahmen der Strategie').fill('II-01');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    tripPath = pathOf(page);
    expect(tripPath).toMatch(/^\/aktivitaeten\/\d+$/);
    expect(await page.getByRole('status').innerText()).toBe('Die Aktivität wurde gespeichert.');
    const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
    expect(facts).toMatch(/12\.500,50\s€/);
    expect(facts).toMatch(/intern/);
    expect(facts).toMatch(/Niederschlesien/);
    expect(facts).toMatch(/II\) Regionale/);
    expect(facts).toMatch(/II-01/);
    await scanAndShoot(page, 'activity-recorded');

    await page.goto(e2e.url(`/aktivitaeten?year=2027`));
    expect(await page.getByRole('region', { name: /^Tabelle/ }).innerText()).toContain(title);
    await page.goto(e2e.url(`/aktivitaeten/kalender?monat=${month}`));
    const day = page.getByRole('region', { name: `12. ${monthDe} 2027` });
    expect(await day.innerText()).toContain(title);
  });

  it('lets the editor edit it, copy it and cancel the copy', async () => {
    const page = await open(editor);
    await page.goto(e2e.url(tripPath));
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expect.poll(() => pathOf(page)).toBe(`${tripPath}/bearbeiten`);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
    expect(await page.getByLabel('Budget geplant (Euro)').inputValue()).toBe('12.500,50');
    expect(
      await page.getByRole('group', { name: 'Sektoren' }).getByLabel('Wissenschaft', { exact: true }).isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('Maßnahmen der Strategie').inputValue()).toBe('II-01');
    await scanAndShoot(page, 'activity-edit');
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
    await scanAndShoot(page, 'activity-cancelled');
    await page.goto(e2e.url(tripPath));
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/bestätigt/);
  });

  it('shows a reader the internal activity without edit buttons, and hides it from the public', async () => {
    const page = await open(reader);
    await page.goto(e2e.url(tripPath));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
    expect(await page.getByRole('link', { name: 'Bearbeiten' }).count()).toBe(0);
    expect(await page.locator('form[method="post"] button[name="intent"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Absagen' }).count()).toBe(0);
    await page.goto(e2e.url(`/aktivitaeten`));
    expect(await page.getByRole('link', { name: 'Aktivität erfassen' }).count()).toBe(0);

    const anonymous = await open(null);
    expect((await anonymous.goto(e2e.url(tripPath)))?.status()).toBe(404);
    await anonymous.goto(e2e.url(`/aktivitaeten?year=2027`));
    expect(await anonymous.locator('main').innerText()).not.toContain(title);
    await anonymous.goto(e2e.url(`/aktivitaeten/kalender?monat=${month}`));
    expect(await anonymous.locator('main').innerText()).not.toContain(title);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
