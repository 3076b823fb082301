import { beforeAll, describe, expect, it } from 'vitest';
import { readRound } from '../../db/rounds/rounds.queries.ts';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

const e2e = useE2E();
let coordinator: TestUser;
let assessor: TestUser;

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
  assessor = await e2e.user('assessor', 'SMWK');
});

/** A day some weeks after today, for a scoring deadline that lies ahead. */
const ahead = () => {
  const day = new Date(`${testClock.today()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 40);
  return day.toISOString().slice(0, 10);
};

const [withJs, withoutJs] = e2e.modes();

describe.each([
  { ...withJs, key: 'lc-mit-js' },
  { ...withoutJs, key: 'lc-ohne-js' },
])('the Leitlinien-Check $mode', ({ mode, open, scanAndShoot, pageErrors, key }) => {
  it('lets a coordinator open a round, name an assessor and weigh the criteria by pairwise comparison', async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/'));
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Leitlinien-Check' })
      .click();
    await expect.poll(() => pathOf(page)).toBe('/evaluierung');
    await page.getByRole('link', { name: 'Runde eröffnen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/evaluierung/neu');
    await page.getByLabel('Kurzname (Adresse)').fill('Mit Leerzeichen');
    await page.getByRole('button', { name: 'Runde eröffnen' }).click();
    const summary = page.locator('#round-errors');
    await expect.poll(() => summary.innerText()).toMatch(/Name: Bitte ausfüllen\./);
    expect(await page.locator('#round-key-error').innerText()).toMatch(/^Nur Kleinbuchstaben/);
    await scanAndShoot(page, 'round-new-error');

    await page.getByLabel('Kurzname (Adresse)').fill(key);
    await page.getByLabel('Name', { exact: true }).fill(`Leitlinien-Check ${mode}`);
    await page.getByLabel('Anlass').selectOption('cabinet_decision');
    await page.getByLabel('Betrachtungszeitraum von').fill('2022-01-01');
    await page.getByLabel('Betrachtungszeitraum bis').fill('2025-12-31');
    await page.getByLabel('Bewertungsfrist').fill(ahead());
    await page.getByLabel(/^SMWK – /).check();
    await page.getByRole('button', { name: 'Runde eröffnen' }).click();
    await expect.poll(() => pathOf(page)).toBe(`/evaluierung/${key}`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Leitlinien-Check ${mode}`);
    expect(await page.getByRole('status').innerText()).toMatch(/Die Runde ist eröffnet/);
    await scanAndShoot(page, 'round-draft');

    await page.getByRole('link', { name: /^Einrichtung/ }).click();
    await expect.poll(() => pathOf(page)).toBe(`/evaluierung/${key}/einrichtung`);
    await page.getByLabel('Test assessor (Bewertung)').check();
    await page.getByRole('button', { name: 'Ressorts und Bewertende speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('gespeichert')).toBe('1');
    expect(await page.getByLabel('Test assessor (Bewertung)').isChecked()).toBe(true);

    // A contradicting set: the first criterion over the second, the second over the third, the third over the first.
    await page.getByLabel('Paarvergleich (AHP)').check();
    const pairs = page.locator('select[name^="pair:"]');
    const count = await pairs.count();
    expect(count).toBe(55);
    for (let i = 0; i < count; i++) await pairs.nth(i).selectOption('1');
    await pairs.nth(0).selectOption('9');
    await pairs.nth(10).selectOption('9');
    await pairs.nth(1).selectOption('1/9');
    await page.getByRole('button', { name: 'Gewichtung speichern' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#gewichte');
    const warning = page.locator('#consistency-warning');
    await expect.poll(() => warning.innerText()).toMatch(/Die Paarvergleiche sind widersprüchlich/);
    expect(await warning.innerText()).toMatch(/Konsistenzquote \(CR\): 0,2/);
    expect(await page.getByRole('region', { name: 'Tabelle: Aktuelle Gewichte' }).locator('tbody tr').count()).toBe(11);
    await scanAndShoot(page, 'round-setup-ahp');

    await page.getByRole('link', { name: /^← Zur Runde/ }).click();
    await page.getByRole('button', { name: 'Bewertung eröffnen' }).click();
    await expect.poll(() => page.locator('.kern-badge').first().innerText()).toBe('Bewertung läuft');
    await scanAndShoot(page, 'round-scoring-coordinator');
  });

  it('lets an assessor score a partnership beside its evidence: a draft first, then submitted', async () => {
    const round = (await readRound(e2e.server.handle.db, key))!;
    const [first, second] = round.criteria.map((c) => c.key);
    const page = await open(assessor);
    await page.goto(e2e.url(`/evaluierung/${key}`));
    const own = page.getByRole('region', { name: 'Tabelle: Ihre Partnerschaften' });
    expect(await own.innerText()).toMatch(/nicht begonnen/);
    await own.getByRole('link').first().click();
    await expect.poll(() => pathOf(page)).toMatch(new RegExp(`^/evaluierung/${key}/bewertung/`));
    expect(await page.getByRole('complementary', { name: 'Belege aus dem Register' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: /^Beitrag zum Ziel Z1/ }).count()).toBe(1);
    await scanAndShoot(page, 'round-score-sheet');

    await page.locator(`input[name="value:${first}"][value="4"]`).check();
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('entwurf')).toBe('1');
    expect(await page.getByRole('status').innerText()).toMatch(/Der Entwurf ist gespeichert/);
    expect(await page.locator(`input[name="value:${first}"][value="4"]`).isChecked()).toBe(true);

    for (const c of round.criteria.slice(1)) await page.locator(`input[name="value:${c.key}"][value="2"]`).check();
    await page.getByRole('button', { name: 'Abgeben' }).click();
    const error = page.locator(`#scores-${first}-justification-error`);
    await expect.poll(() => error.innerText()).toMatch(/^[^:]+(: [^:]+)?: Bitte begründen/);
    expect(await page.locator(`#scores-${second}-justification-error`).count()).toBe(0);
    await scanAndShoot(page, 'round-score-refused');

    await page.locator(`#scores-${first}-justification`).fill('Die Partnerschaft ist im Ziel prägend: viele Ressorts.');
    await page.getByRole('button', { name: 'Abgeben' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('abgegeben')).toBe('1');
    expect(await page.getByRole('main').innerText()).toMatch(/Ihre Bewertung ist abgegeben/);
    expect(await page.getByRole('button', { name: 'Abgeben' }).count()).toBe(0);
    await scanAndShoot(page, 'round-score-submitted');
    await page.goto(e2e.url(`/evaluierung/${key}`));
    expect(await page.getByRole('region', { name: 'Tabelle: Ihre Partnerschaften' }).innerText()).toMatch(/abgegeben/);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
