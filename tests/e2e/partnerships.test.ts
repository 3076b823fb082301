import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let coordinator: TestUser;
let reader: TestUser;

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
  reader = await e2e.user('reader', 'SMI');
});

/** The names in the first column of the result table, in order. */
const resultNames = (page: Page) =>
  page
    .getByRole('region', { name: /^Tabelle|^Table/ })
    .locator('tbody th')
    .allInnerTexts();

describe.each(e2e.modes())('the partnership list $mode', ({ mode, open, scanAndShoot, pageErrors }) => {
  let page: Page;

  beforeAll(async () => {
    page = await open();
  });

  it('is reached from the main navigation and lists every partnership in German order', async () => {
    await page.goto(e2e.url());
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
    await page.goto(e2e.url(`/partnerschaften`));
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

    const fresh = await open();
    await fresh.goto(url.href);
    expect(await resultNames(fresh)).toEqual(expected);
    expect(await fresh.getByLabel('Status', { exact: true }).inputValue()).toBe('dormant');
    await scanAndShoot(page, 'partnerships-filtered');
  });

  it('filters by country, sector and lead ministry and sorts by start', async () => {
    await page.goto(e2e.url(`/partnerschaften?country=it`));
    expect(await resultNames(page)).toEqual(['Regionalpartnerschaft Sachsen – Latium']);
    await page.goto(e2e.url(`/partnerschaften?sort=since&kind=cross_border`));
    const names = await resultNames(page);
    expect(names.length).toBeGreaterThan(1);
    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await scanAndShoot(page, 'partnerships');
  });

  it('says next to the filter which value is not valid, and shows the list', async () => {
    const response = await page.goto(e2e.url(`/partnerschaften?status=schlafend&country=XX`));
    expect(response?.status()).toBe(200);
    const error = page.locator('#filter-status-error');
    expect(await error.innerText()).toMatch(/„schlafend“ ist kein gültiger Wert/);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Status', { exact: true }).getAttribute('aria-describedby')).toBe(
      'filter-status-error',
    );
    expect(await page.locator('#filter-country-error').innerText()).toMatch(/„XX“/);
    expect((await resultNames(page)).length).toBeGreaterThan(20);
    await scanAndShoot(page, 'partnerships-invalid-filter');
  });

  it('is complete in English and keeps the filters when switching language', async () => {
    await page.goto(e2e.url(`/partnerschaften?status=dormant`));
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('status')).toBe('dormant');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Partnerships');
    expect(await page.locator('#result-count').innerText()).toBe('3 partnerships, 0 of them active');
    await scanAndShoot(page, 'partnerships-en');
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});

const QUOTE =
  'Prüfung einer möglichen Reaktivierung der Partnerschaften mit russischen Regionen, sobald es die Rahmenbedingungen zulassen';

const [withJs, withoutJs] = e2e.modes();

describe.each([
  { ...withJs, key: 'tatarstan', place: 'Tatarstan' },
  { ...withoutJs, key: 'baschkortostan', place: 'Baschkortostan' },
])('the partnership page $mode', ({ mode, open, scanAndShoot, pageErrors, key, place }) => {
  it('shows Lazio with its renewal chain, the expired MoU, signatories, working group and sources', async () => {
    const page = await open(null);
    await page.goto(e2e.url(`/partnerschaften?country=IT`));
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
      /Angaben: Bestehen, Beginn[\s\S]*Absatz 3/,
    );
    expect(await page.getByRole('heading', { name: 'Status ändern' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Änderungsverlauf' }).count()).toBe(0);
    await scanAndShoot(page, 'partnership-lazio');
    await page.goto(e2e.url(`/partnerschaften/IT-62?lang=en`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Regional partnership Saxony – Lazio');
    expect(await page.getByRole('region', { name: 'Agreements and renewals' }).innerText()).toMatch(
      /expired \(4 October 2026\)/,
    );
    await scanAndShoot(page, 'partnership-lazio-en');
  });

  it('shows where the sources disagree, and answers 404 for an unknown partnership', async () => {
    const page = await open(null);
    await page.goto(e2e.url(`/partnerschaften/frankreich-pruefung`));
    const conflicts = page.getByRole('region', { name: 'Wo sich die Quellen widersprechen' });
    expect(await conflicts.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);
    expect(await conflicts.locator('blockquote').count()).toBeGreaterThan(1);
    await scanAndShoot(page, 'partnership-conflicts');
    const response = await page.goto(e2e.url(`/partnerschaften/gibt-es-nicht`));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Seite nicht gefunden');
  });

  it('shows a reader the change history but no status form', async () => {
    const page = await open(reader);
    await page.goto(e2e.url(`/partnerschaften/${key}`));
    expect(await page.getByRole('heading', { name: 'Status ändern' }).count()).toBe(0);
    expect(await page.locator('form[method="post"] select[name="to"]').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/angelegt/);
  });

  it(`lets a coordinator change ${place} from dormant to active, refusing an invalid change first`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url(`/partnerschaften/${key}`));
    const form = page.getByRole('region', { name: 'Status ändern' });
    expect(await form.getByLabel('Neuer Status').locator('option').allInnerTexts()).toEqual(['aktiv', 'beendet']);
    await form.getByLabel('Neuer Status').selectOption('active');
    await form.getByLabel('Wirksam seit').fill('2026-11-20');
    await form.getByLabel('Dokument', { exact: true }).selectOption('strategie-2025');
    await form.getByLabel('Fundstelle (freiwillig)').fill('II) Regionale und sektorale Partnerschaften, Maßnahmen');
    await form
      .getByLabel('Textstelle')
      .fill('Die Partnerschaften mit russischen Regionen werden sofort wieder aufgenommen.');
    await form.getByRole('button', { name: 'Status ändern' }).click();

    // The empty reason is refused next to its field, with a summary at the top of the form.
    const reasonError = page.locator('#status-reason-error');
    await expect.poll(() => reasonError.innerText()).toBe('Eine Statusänderung braucht eine Begründung.');
    expect(await reasonError.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Begründung').getAttribute('aria-describedby')).toBe('status-reason-error');
    expect(await page.locator('#status-errors').innerText()).toMatch(/Begründung: Eine Statusänderung braucht/);
    expect(await page.getByLabel('Textstelle').inputValue()).toMatch(/sofort wieder aufgenommen/);
    await scanAndShoot(page, 'partnership-status-error');

    // With a reason, the made-up quote is refused because it is not in the strategy.
    await page.getByLabel('Begründung').fill('Reaktivierung nach Prüfung');
    await page.getByRole('button', { name: 'Status ändern' }).click();
    const quoteError = page.locator('#status-quote-error');
    await expect.poll(() => quoteError.innerText()).toBe('Die Textstelle kommt im Dokument nicht vor.');
    expect(await page.getByLabel('Textstelle').getAttribute('aria-describedby')).toBe(
      'status-quote-error status-quote-hint',
    );
    await page.goto(e2e.url(`/partnerschaften/${key}`));
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/ruhend/);

    // The real passage goes through: back on the page (PRG) with a confirmation.
    await page.getByLabel('Neuer Status').selectOption('active');
    await page.getByLabel('Wirksam seit').fill('2026-11-20');
    await page.getByLabel('Begründung').fill('Reaktivierung nach Prüfung der Rahmenbedingungen');
    await page.getByLabel('Dokument', { exact: true }).selectOption('strategie-2025');
    await page.getByLabel('Fundstelle (freiwillig)').fill('II) Regionale und sektorale Partnerschaften, Maßnahmen');
    await page.getByLabel('Textstelle').fill(QUOTE);
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
    await scanAndShoot(page, 'partnership-coordinator');
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
