import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import { QUEBEC_QUOTE, QUEBEC_SIGNING, queueQuebecCandidates } from '../support/queued-candidate.ts';
import type { TestUser } from '../support/users.ts';

/** Each mode gets its own server: the candidate is accepted once in each. */
describe.each([true, false])('the review queue (JavaScript: %s)', (javaScript) => {
  const e2e = useE2E();
  const { mode, open, scanAndShoot, pageErrors } = e2e.modes()[javaScript ? 0 : 1];
  const tag = javaScript ? 'js' : 'nojs';
  let coordinator: TestUser;

  beforeAll(async () => {
    coordinator = await e2e.user('coordinator', 'SK');
    await queueQuebecCandidates(e2e.server.handle.db, [
      {
        ...QUEBEC_SIGNING,
        agreementKind: 'Absichtserklärung',
        title: 'Absichtserklärung Sachsen – Québec',
      },
    ]);
  });

  it(`lets a coordinator review a candidate and accept it onto the partnership page ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Prüfung' }).click();
    await expect.poll(() => pathOf(page)).toBe('/pruefung');
    await scanAndShoot(page, `review-queue-${tag}`);
    await page.getByRole('link', { name: /^Vereinbarung unterzeichnet: Québec/ }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/pruefung\/\d+$/);
    expect(await page.locator('mark').innerText()).toBe(QUEBEC_QUOTE);
    await page.getByLabel('Datum (Beginn)').fill('2025-13');
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    const error = page.locator('#candidate-date-error');
    await expect.poll(() => error.innerText()).toBe('Bitte ein Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT angeben.');
    await scanAndShoot(page, `review-candidate-error-${tag}`);
    await page.getByLabel('Datum (Beginn)').fill('2025-05-12');
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('korrigiert')).toBe(true);
    await page.getByRole('button', { name: 'Annehmen: ins Register übernehmen' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('entschieden')).toBe(true);
    await scanAndShoot(page, `review-candidate-decided-${tag}`);
    await page.goto(e2e.url('/partnerschaften/quebec'));
    expect(await page.locator('main').innerText()).toContain('Absichtserklärung Sachsen – Québec');
    await page.goto(e2e.url('/pruefung?lang=en'));
    await scanAndShoot(page, `review-queue-en-${tag}`);
    expect(pageErrors).toEqual([]);
  });
});
