import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import { setUpRound } from '../support/round-fixture.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let coordinator: TestUser;

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
});

const [withJs, withoutJs] = e2e.modes();

describe.each([
  { ...withJs, key: 'lc-browser-js' },
  { ...withoutJs, key: 'lc-browser-ohne-js' },
])('the results and recommendations of a Leitlinien-Check $mode', ({ open, scanAndShoot, pageErrors, key }) => {
  beforeAll(async () => {
    await setUpRound(e2e.server.handle.db, key);
  });

  it('shows the provisional results with the ranking, every measure explained and a table beside each figure', async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url(`/evaluierung/${key}/ergebnisse`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Ergebnisse: Leitlinien-Check 2026');
    expect(await page.getByRole('status').innerText()).toMatch(/Vorläufig/);
    const ranking = page.getByRole('region', { name: 'Tabelle: Rangfolge' });
    const rows = await ranking.locator('tbody th').allInnerTexts();
    expect(rows).toEqual([
      'Regionalpartnerschaft Sachsen – Charkiw',
      'Regionalpartnerschaft Sachsen – Latium',
      'Regionalpartnerschaft Sachsen – Niederschlesien',
      'Regionalpartnerschaft Sachsen – Tatarstan',
    ]);
    expect(await ranking.locator('tbody tr').first().innerText()).toMatch(/91,7/);
    expect(await page.getByRole('region', { name: 'Tabelle: Ohne vollständige Bewertung' }).innerText()).toMatch(
      /Québec[\s\S]*Kosteneffizienz/,
    );
    expect(await page.getByRole('region', { name: 'Tabelle: Übereinstimmung der Bewertenden' }).innerText()).toMatch(
      /0,\d+\s+gut/,
    );
    await scanAndShoot(page, 'round-results');
    expect(pageErrors).toEqual([]);
  });

  it('adopts all drafts, then refuses a recommendation without justification next to the field', async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url(`/evaluierung/${key}/empfehlungen`));
    await page.getByRole('button', { name: 'Alle Entwürfe übernehmen' }).click();
    await expect.poll(() => page.url()).toMatch(/uebernommen=4$/);
    expect(await page.getByRole('status').innerText()).toBe('Entwürfe übernommen: 4');
    const table = page.getByRole('region', { name: 'Tabelle: Empfehlungen' });
    expect(await table.locator('tbody tr', { hasText: 'Tatarstan' }).innerText()).toMatch(
      /ruhen lassen\s+ruhen lassen/,
    );
    await scanAndShoot(page, 'round-recommendations');
    await table
      .locator('tbody tr', { hasText: 'Tatarstan' })
      .getByRole('link', { name: /Empfehlung bearbeiten/ })
      .click();
    await expect.poll(() => pathOf(page)).toBe(`/evaluierung/${key}/empfehlungen/tatarstan`);
    const options = await page.getByLabel('Empfehlung', { exact: true }).locator('option').allInnerTexts();
    expect(options).toEqual([
      'ruhen lassen',
      'Reaktivierung prüfen',
      'in eine sektorale Zusammenarbeit überführen',
      'beenden',
    ]);
    await page.getByLabel('Begründung').fill('');
    await page.getByRole('button', { name: 'Empfehlung speichern' }).click();
    await expect.poll(() => page.locator('#rec-justification-error').count()).toBe(1);
    expect(await page.locator('#rec-justification-error').innerText()).toBe('Bitte ausfüllen.');
    expect(await page.getByRole('alert').first().innerText()).toMatch(/Begründung: Bitte ausfüllen/);
    await scanAndShoot(page, 'round-recommendation-error');
    await page.getByLabel('Begründung').fill('Die Rahmenbedingungen lassen keine Zusammenarbeit zu.');
    await page.getByRole('button', { name: 'Empfehlung speichern' }).click();
    await expect.poll(() => page.url()).toMatch(/gespeichert=1$/);
    expect(await page.getByRole('status').innerText()).toBe('Die Empfehlung ist gespeichert.');
    expect(pageErrors).toEqual([]);
  });
});
