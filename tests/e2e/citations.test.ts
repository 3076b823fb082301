import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

/** How long a save and the page after it may take on a busy machine; a wrong answer still fails, only later. */
const SAVING = { timeout: 30_000 };
const PASSAGE = 'Sachsen und die Region Latium haben ihr Memorandum of Understanding um weitere fünf Jahre verlängert.';

/**
 * A fact cites a document the library has just received: the coordinator adds a press release,
 * finds it with the source field's search in the renewal form of Lazio's MoU, quotes the
 * passage, and sees the citation on the agreement and the partnership. Each mode has its own
 * server (a fresh register), so each renews the MoU anew.
 */
describe.each([true, false])('citing a library document (JavaScript: %s)', (javaScript) => {
  const e2e = useE2E();
  const { mode, open, scanAndShoot } = e2e.modes()[javaScript ? 0 : 1];
  let coordinator: TestUser;

  beforeAll(async () => {
    coordinator = await e2e.user('coordinator', 'SK');
  });

  it(`adds a press release, then renews the Lazio agreement citing it ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/quellen/neu'));
    await page.getByLabel('Titel', { exact: true }).fill('Latium und Sachsen verlängern ihr Memorandum');
    await page.getByLabel('Datum der Veröffentlichung').fill('2026-11-20');
    await page
      .getByLabel('Oder: Text einfügen')
      .fill(`Dresden/Rom, 20. November 2026. ${PASSAGE} Die Arbeitsgruppe tagt weiter jährlich.`);
    await page.getByRole('button', { name: 'Quelle speichern' }).click();
    // Reading, repairing and queueing a document may take a while on a busy machine.
    await expect.poll(() => pathOf(page), SAVING).toMatch(/^\/quellen\/pm-2026-11-20-/);

    await page.goto(e2e.url('/vereinbarungen/lazio-2021/erneuern'));
    await page.getByLabel('Unterzeichnet am').fill('2026-11-20');
    // Without a source the renewal is refused, at the source field.
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();
    const sourceError = page.locator('#agreement-source-error');
    await expect.poll(() => sourceError.innerText()).toBe('Bitte wählen Sie das Dokument, auf dem die Angabe beruht.');
    expect(await page.locator('#agreement-errors').innerText()).toMatch(/Dokument: Bitte wählen Sie das Dokument/);
    await scanAndShoot(page, 'citation-renewal-refused');

    // The search narrows the list to the new document; what was typed stays.
    await page.getByLabel('Dokument suchen').fill('Latium Memorandum verlängern');
    await page.getByRole('button', { name: 'Dokumente suchen' }).click();
    const picker = page.getByLabel('Dokument', { exact: true });
    await expect
      .poll(async () => (await picker.locator('option').allInnerTexts()).join(' | '))
      .toMatch(/Latium und Sachsen verlängern ihr Memorandum \(20\. November 2026\)/);
    expect(await page.getByLabel('Unterzeichnet am').inputValue()).toBe('2026-11-20');
    await scanAndShoot(page, 'citation-search');
    await picker.selectOption({ label: 'Latium und Sachsen verlängern ihr Memorandum (20. November 2026)' });
    await page.getByLabel('Fundstelle (freiwillig)').fill('Absatz 1');
    await page.getByLabel('Textstelle').fill('Sachsen und die Region Latium haben ihr Memorandum beendet.');
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();
    const quoteError = page.locator('#agreement-quote-error');
    await expect.poll(() => quoteError.innerText()).toBe('Die Textstelle kommt im Dokument nicht vor.');

    await page.getByLabel('Textstelle').fill(PASSAGE);
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();
    await expect.poll(() => pathOf(page), SAVING).toBe('/vereinbarungen/lazio-2026');
    const sources = page.getByRole('region', { name: 'Belege' });
    expect(await sources.innerText()).toContain(PASSAGE);
    expect(await sources.innerText()).toMatch(/Latium und Sachsen verlängern ihr Memorandum[\s\S]*Absatz 1/);
    await scanAndShoot(page, 'citation-agreement');

    await page.goto(e2e.url('/partnerschaften/lazio'));
    expect(await page.locator('main').innerText()).toContain(PASSAGE);
    await scanAndShoot(page, 'citation-partnership');
  }, 180_000);
});
