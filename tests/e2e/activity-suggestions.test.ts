import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let coordinator: TestUser;

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
});

const [withJs, withoutJs] = e2e.modes();

/** The overview's count of activities serving instrument III. */
async function instrumentIII(page: Page): Promise<number> {
  await page.goto(e2e.url('/uebersicht'));
  const table = page.getByRole('region', { name: 'Tabelle: Aktivitäten nach Instrument' });
  const row = table.locator('tr', { has: page.locator('th', { hasText: /^III\)/ }) });
  return Number(await row.locator('td').innerText());
}

describe.each([
  { ...withJs, month: '2027-08' },
  { ...withoutJs, month: '2027-09' },
])('strategy suggestions in the activity form $mode', ({ mode, open, scanAndShoot, pageErrors, month }) => {
  const title = `Delegationsreise zur Wasserstoffkonferenz nach Breslau ${mode}`;

  it('accepts the suggestions with one button, keeps what was typed, saves, and the overview counts it', async () => {
    const page = await open(coordinator);
    const before = await instrumentIII(page);
    await page.goto(e2e.url('/aktivitaeten/neu'));
    await page.getByLabel('Art', { exact: true }).selectOption('delegation_trip');
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Beginn', { exact: true }).fill(`${month}-10`);
    await page.getByLabel('Partnerschaft', { exact: true }).selectOption('niederschlesien');
    await page.getByRole('button', { name: 'Vorschläge übernehmen' }).click();

    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/Die Vorschläge sind übernommen/);
    const list = await page.locator('#strategy-suggestion-list').innerText();
    expect(list).toMatch(/Maßnahme III-03: Unternehmens- und Delegationsreisen.*weil.*die Art „Delegationsreise“/);
    expect(list).toContain('weil der Text „Wasserstoffkonferenz“ nennt');
    const instruments = page.getByRole('group', { name: 'Instrumente der Strategie' });
    expect(await instruments.getByLabel(/^III\)/).isChecked()).toBe(true);
    expect(await page.getByLabel('Maßnahmen der Strategie').inputValue()).toMatch(/III-03/);
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(title);
    expect(await page.getByLabel('Beginn', { exact: true }).inputValue()).toBe(`${month}-10`);
    await scanAndShoot(page, 'activity-suggestions');

    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/III-03/);
    expect(await instrumentIII(page)).toBe(before + 1);
  });

  it('asks once before saving an activity that serves nothing and has a date before 1990, then saves it', async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/aktivitaeten/neu'));
    await page.getByLabel('Art', { exact: true }).selectOption('signing');
    await page.getByLabel('Titel', { exact: true }).fill(`Termin ${mode}`);
    await page.getByLabel('Beginn', { exact: true }).fill('1899-01-01');
    await page.getByLabel('Titel', { exact: true }).press('Enter');

    const confirmation = page.locator('#activity-confirmation');
    await expect.poll(() => confirmation.innerText()).toMatch(/dient keinem Ziel/);
    expect(await confirmation.innerText()).toMatch(/Beginn: 1899-01-01 liegt vor 1990/);
    expect(pathOf(page)).toBe('/aktivitaeten/neu');
    await scanAndShoot(page, 'activity-confirmation');
    await page.getByRole('button', { name: 'Trotzdem speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/1899/);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors).toEqual([]);
  });
});
