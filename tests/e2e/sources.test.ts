import { describe, expect, it, beforeAll } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const PRESS_RELEASE = [
  'Sachsen und Südmähren starten Arbeitsgruppe Wasserstoff',
  '',
  'Dresden, 14. Mai 2024. Der Freistaat Sachsen und die Region Südmähren haben in Brünn eine Arbeitsgruppe Wasserstoff eingerichtet. Sie tagt zweimal im Jahr.',
].join('\n');

describe.each([true, false])('the source library (JavaScript: %s)', (javaScript) => {
  const e2e = useE2E();
  const { mode, open, scanAndShoot } = e2e.modes()[javaScript ? 0 : 1];
  let coordinator: TestUser;

  beforeAll(async () => {
    coordinator = await e2e.user('coordinator', 'SK');
  });

  it(`lists the sources, filters them, and shows a document ${mode}`, async () => {
    const page = await open(null);
    await page.goto(e2e.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Quellen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/quellen');
    await page.getByLabel('Art', { exact: true }).selectOption('press_release');
    await page.getByRole('button', { name: 'Anwenden' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('press_release');
    await scanAndShoot(page, 'sources');
    await page.getByRole('link', { name: /Lazio erneuern ihre Regionalpartnerschaft/ }).click();
    await expect.poll(() => pathOf(page)).toBe('/quellen/pm-2021-10-04-lazio');
    await scanAndShoot(page, 'source');
  });

  it(`lets a coordinator add a file, refused first next to the field, then stored ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/quellen/neu'));
    await page.getByLabel('Datum der Veröffentlichung').fill('2024-05-32');
    await page.getByRole('button', { name: 'Quelle speichern' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await page.locator('#source-file-error').innerText()).toBe(
      'Bitte eine Datei wählen oder den Text einfügen.',
    );
    expect(await page.locator('#source-publishedOn-error').innerText()).toMatch(/gültiges Datum/);
    await scanAndShoot(page, 'source-new-refused');
    await page.getByLabel('Datum der Veröffentlichung').fill('2024-05-14');
    await page.getByLabel('Datei', { exact: true }).setInputFiles({
      name: `pm-${javaScript ? 'js' : 'nojs'}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${PRESS_RELEASE}${javaScript ? '' : ' (ohne JavaScript)'}`),
    });
    await page.getByRole('button', { name: 'Quelle speichern' }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/quellen\/pm-2024-05-14-suedmaehren-starten-arbeitsgruppe/);
    expect(await page.getByRole('status').innerText()).toBe('Die Quelle wurde aufgenommen.');
    expect(await page.getByRole('region', { name: 'Volltext' }).innerText()).toContain(
      'Arbeitsgruppe Wasserstoff eingerichtet',
    );
    await scanAndShoot(page, 'source-added');
  });
});
