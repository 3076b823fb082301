import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useE2E, pathOf } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let coordinator: TestUser;

beforeAll(async () => {
  coordinator = await e2e.user('coordinator', 'SK');
});

/**
 * The Lazio page on the tests' day (21 Nov 2026), after its MoU ran out on 4 Oct 2026: the
 * warning at a glance, each passage once, sources by title, and the history in words people use.
 */
describe.each(e2e.modes())('the Lazio page $mode', ({ mode, open, scanAndShoot, pageErrors }) => {
  let page: Page;

  beforeAll(async () => {
    page = await open();
  });

  it('warns at a glance that the MoU expired with no renewal, and leads to the agreement', async () => {
    await page.goto(e2e.url('/partnerschaften/lazio'));
    const facts = page.getByRole('region', { name: 'Auf einen Blick' });
    const warning = facts.locator('.kern-alert--warning');
    expect(await warning.innerText()).toMatch(
      /Vereinbarung abgelaufen\s+Die Vereinbarung Memorandum of Understanding zwischen der Region Latium und dem Freistaat Sachsen .* ist am 4\. Oktober 2026 abgelaufen\. Eine Erneuerung oder Nachfolgevereinbarung ist nicht erfasst\./,
    );
    expect(await facts.innerText()).toMatch(/aktiv\s+Vereinbarung abgelaufen/);
    await scanAndShoot(page, 'partnership-lazio-expired');
    await warning.getByRole('link').click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021');
  });

  it('shows each passage once under the agreement, and names the source by its title', async () => {
    await page.goto(e2e.url('/partnerschaften/lazio'));
    const agreements = page.getByRole('region', { name: 'Vereinbarungen und Erneuerungen' });
    const passages = await agreements.locator('figure.citation').allInnerTexts();
    for (let i = 1; i < passages.length; i++) expect(passages[i], passages[i]).not.toBe(passages[i - 1]);
    const source = agreements.getByRole('link', { name: /^Sachsen und italienische Region Lazio erneuern/ }).first();
    await source.click();
    await expect.poll(() => pathOf(page)).toBe('/quellen/pm-2021-10-04-lazio');
  });

  it('says the same in English', async () => {
    await page.goto(e2e.url('/partnerschaften/lazio?lang=en'));
    const facts = page.getByRole('region', { name: 'At a glance' });
    expect(await facts.locator('.kern-alert--warning').innerText()).toMatch(
      /Agreement expired\s+The agreement Memorandum of Understanding .* expired on 4 October 2026\. No renewal or successor agreement is recorded\./,
    );
    expect(pageErrors, mode).toEqual([]);
  });
});

describe('the Lazio history for a coordinator', () => {
  it('names the partnership, the organisations and the fields as people read them', async () => {
    const [withJs] = e2e.modes();
    const page = await withJs.open(coordinator);
    await page.goto(e2e.url('/vereinbarungen/lazio-2021/erneuern'));
    await page.getByLabel('Unterzeichnet am').fill('2026-11-20');
    // A renewal cites the document it rests on, like every other fact (here the seeded press release).
    await page.getByLabel('Dokument', { exact: true }).selectOption('pm-2021-10-04-lazio');
    await page
      .getByLabel('Textstelle')
      .fill('Sachsen und italienische Region Lazio erneuern ihre Regionalpartnerschaft');
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2026');
    await page.goto(e2e.url('/verlauf/vereinbarung/lazio-2021'));
    const history = await page.locator('main').innerText();
    expect(history).toMatch(/erneuert durch/);
    expect(history).not.toMatch(/renewedBy/);
    await page.goto(e2e.url('/partnerschaften/lazio'));
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).locator('.kern-alert').count()).toBe(0);
  });
});
