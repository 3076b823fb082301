import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import { pdfDocument, windowsProgram } from '../support/documents.ts';
import type { TestUser } from '../support/users.ts';

/**
 * Each mode gets its own server (a fresh register): Lazio's MoU of 4 Oct 2021 ran out on
 * 4 Oct 2026, and an agreement is renewed only once, so each mode renews it anew.
 */
describe.each([true, false])('agreements and proposals (JavaScript: %s)', (javaScript) => {
  const e2e = useE2E();
  const { mode, open, scanAndShoot, pageErrors } = e2e.modes()[javaScript ? 0 : 1];
  const tag = javaScript ? 'js' : 'nojs';
  let coordinator: TestUser;
  let stakeholder: TestUser;
  let otherStakeholder: TestUser;

  beforeAll(async () => {
    coordinator = await e2e.user('coordinator', 'SK');
    stakeholder = await e2e.user('stakeholder', 'IHK');
    otherStakeholder = await e2e.user('stakeholder', 'IHK', 'zweite.person@ihk.test');
  });

  it(`lists the agreements with their validity today and finds Lazio’s MoU as expired ${mode}`, async () => {
    const page = await open(null);
    await page.goto(e2e.url());
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Vereinbarungen' })
      .click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen');
    expect(await page.getByRole('link', { name: 'Vereinbarung erfassen' }).count()).toBe(0);
    await page.getByLabel('Gültigkeit').selectOption('expired');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('validity')).toBe('expired');
    const rows = await page
      .getByRole('region', { name: /^Tabelle/ })
      .locator('tbody tr')
      .allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /Memorandum of Understanding zwischen der Region Latium[\s\S]*4\. Oktober 2026\s+abgelaufen/,
    );
    await scanAndShoot(page, 'agreements-expired');
    await page.goto(e2e.url('/vereinbarungen?sort=title&lang=en'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Agreements');
    await scanAndShoot(page, 'agreements-en');
  });

  it(`lets a coordinator renew it: refused first next to the field, then saved into the chain ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/partnerschaften/lazio'));
    // The agreement in the list of agreements (the page's warning about its expiry links it too).
    await page
      .locator('#agreement-lazio-2021')
      .getByRole('link', { name: /^Memorandum of Understanding zwischen der Region Latium/ })
      .click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021');
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(
      /abgelaufen \(4\. Oktober 2026\)/,
    );
    await scanAndShoot(page, 'agreement');
    await page.getByRole('link', { name: 'Erneuern', exact: true }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021/erneuern');
    expect(await page.getByLabel('Laufzeit in Monaten').inputValue()).toBe('60');
    expect(await page.getByLabel('Titel').inputValue()).toMatch(/^Memorandum of Understanding/);
    await page.getByLabel('Unterzeichnet am').fill('2021-01-01');
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();

    const error = page.locator('#agreement-signedOn-error');
    await expect
      .poll(() => error.innerText())
      .toBe('Die Erneuerung kann nicht vor der Unterzeichnung der vorigen Vereinbarung liegen: 4. Oktober 2021.');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.getByLabel('Unterzeichnet am').getAttribute('aria-describedby')).toMatch(
      /^agreement-signedOn-error/,
    );
    expect(await page.locator('#agreement-errors').innerText()).toMatch(/Unterzeichnet am: Die Erneuerung/);
    await scanAndShoot(page, 'agreement-renew-error');

    await page.getByLabel('Unterzeichnet am').fill('2026-11-20');
    const saxony = page.getByRole('group', { name: 'Unterzeichnung für den Freistaat Sachsen' });
    await saxony.getByLabel('Name').fill('Michael Kretschmer');
    await saxony.getByLabel('Funktion').fill('Ministerpräsident');
    // A renewal rests on a library document, like every other fact.
    await page.getByLabel('Dokument', { exact: true }).selectOption('pm-2021-10-04-lazio');
    await page
      .getByLabel('Textstelle')
      .fill('Sachsen und die Region Lazio hatten am 18. Oktober 2016 ihre Regionalpartnerschaft vereinbart.');
    await page.getByRole('button', { name: 'Erneuerung speichern' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2026');
    expect(await page.getByRole('status').innerText()).toBe(
      'Die Erneuerung wurde gespeichert und in die Erneuerungskette aufgenommen.',
    );
    const facts = await page.getByRole('region', { name: 'Auf einen Blick' }).innerText();
    expect(facts).toMatch(/20\. November 2026/);
    expect(facts).toMatch(/20\. November 2031/);
    expect(facts).toMatch(/gültig/);
    const chain = page.getByRole('region', { name: 'Erneuerungskette' });
    const links = await chain.locator('li').allInnerTexts();
    expect(links).toHaveLength(3);
    expect(links[0]).toMatch(/18\. Oktober 2016/);
    expect(links[1]).toMatch(/abgelaufen \(4\. Oktober 2026\)/);
    expect(links[2]).toMatch(/diese Vereinbarung/);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/als Erneuerung erfasst/);
    await scanAndShoot(page, 'agreement-renewed');

    await chain.getByRole('link', { name: /^Memorandum of Understanding zwischen der Region Latium/ }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021');
    expect(await page.getByRole('link', { name: 'Erneuern', exact: true }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Vereinbarung pflegen' }).innerText()).toMatch(
      /bereits erneuert/,
    );
  });

  it(`attaches a small real PDF, refusing a renamed program first, and downloads the same bytes ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/vereinbarungen/lazio-2021'));
    await page.getByRole('link', { name: 'Dokument anhängen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021/dokument');
    const file = page.getByLabel('Datei (PDF oder DOCX, höchstens 20 MiB)');
    await file.setInputFiles({ name: 'vertrag.pdf', mimeType: 'application/pdf', buffer: windowsProgram() });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    const error = page.locator('#document-file-error');
    await expect.poll(() => error.innerText()).toMatch(/weder ein PDF noch ein Word-Dokument/);
    expect(await file.getAttribute('aria-describedby')).toBe('document-file-error');
    await scanAndShoot(page, 'agreement-document-error');

    const pdf = pdfDocument(`Memorandum of Understanding Sachsen - Latium (${mode})`);
    await file.setInputFiles({ name: 'MoU Sachsen–Latium.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/lazio-2021');
    expect(await page.getByRole('status').innerText()).toBe('Das Dokument wurde gespeichert.');
    const documents = page.getByRole('region', { name: 'Dokumente' });
    expect(await documents.innerText()).toMatch(/MoU Sachsen–Latium\.pdf \(PDF, \d+ Byte, herunterladen\)/);
    await scanAndShoot(page, 'agreement-with-document');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('link', { name: /MoU Sachsen–Latium\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('MoU Sachsen–Latium.pdf');
    const bytes = await readFile((await download.path())!);
    expect(bytes.equals(pdf)).toBe(true);
    expect(await page.getByRole('region', { name: 'Änderungsverlauf' }).innerText()).toMatch(/Dokument angehängt/);
  });

  it(`records a new agreement for a partnership, field errors first ${mode}`, async () => {
    const page = await open(coordinator);
    await page.goto(e2e.url('/vereinbarungen'));
    await page.getByRole('link', { name: 'Vereinbarung erfassen' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/neu');
    await page.getByLabel('Partnerschaft').selectOption('charkiw');
    await page.getByLabel('Laufzeit in Monaten').fill('36');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.locator('#agreement-title-error').innerText()).toBe('Bitte ausfüllen.');
    expect(await page.locator('#agreement-kind-error').innerText()).toBe('Bitte ausfüllen.');
    expect(await page.locator('#agreement-termMonths-error').innerText()).toBe(
      'Eine Laufzeit braucht ein Unterzeichnungsdatum.',
    );
    await scanAndShoot(page, 'agreement-new-error');
    await page.getByLabel('Art', { exact: true }).selectOption('joint_declaration');
    await page.getByLabel('Titel').fill('Gemeinsame Erklärung zum Wiederaufbau');
    await page.getByLabel('Unterzeichnet am').fill('2026-05');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vereinbarungen/charkiw-2026');
    expect(await page.getByRole('region', { name: 'Auf einen Blick' }).innerText()).toMatch(/Mai 2029/);
  });

  it(`takes a stakeholder’s proposal and lets a coordinator reject it with a note ${mode}`, async () => {
    const title = `Korrektur zur Laufzeit (${mode})`;
    const page = await open(stakeholder);
    await page.goto(e2e.url());
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Vorschläge' }).click();
    await expect.poll(() => pathOf(page)).toBe('/vorschlaege');
    await page.getByRole('link', { name: 'Vorschlag einreichen' }).click();
    await page.getByLabel('Art des Vorschlags').selectOption('correction');
    await page.getByLabel('Text', { exact: true }).fill('Das Memorandum mit Latium lief am 4. Oktober 2026 aus.');
    await page.getByLabel('Bezug (freiwillig)').selectOption('agreement:lazio-2021');
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await expect.poll(() => page.locator('#proposal-title-error').innerText()).toBe('Bitte ausfüllen.');
    expect(await page.getByLabel('Bezug (freiwillig)').inputValue()).toBe('agreement:lazio-2021');
    await scanAndShoot(page, 'proposal-new-error');
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/vorschlaege\/\d+$/);
    const proposalPath = pathOf(page);
    expect(await page.getByRole('status').innerText()).toMatch(/eingereicht/);
    expect(await page.getByRole('heading', { name: 'Vorschlag prüfen' }).count()).toBe(0);
    await page.goto(e2e.url('/vorschlaege'));
    expect(await page.getByRole('region', { name: 'Ihre Vorschläge', exact: true }).innerText()).toMatch(
      new RegExp(`${title.replace(/[()]/g, '\\$&')}[\\s\\S]*eingereicht, wartet auf Prüfung`),
    );
    await scanAndShoot(page, 'proposals-own');

    const other = await open(otherStakeholder);
    expect((await other.goto(e2e.url(proposalPath)))?.status()).toBe(404);
    await other.goto(e2e.url('/vorschlaege'));
    expect(await other.locator('main').innerText()).not.toContain(title);

    const review = await open(coordinator);
    await review.goto(e2e.url('/vorschlaege'));
    await scanAndShoot(review, 'proposals-coordinator');
    await review
      .getByRole('region', { name: 'Wartende Vorschläge', exact: true })
      .getByRole('link', { name: title })
      .click();
    await expect.poll(() => pathOf(review)).toBe(proposalPath);
    await scanAndShoot(review, 'proposal-review');
    await review.getByLabel('ablehnen').check();
    await review.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await expect
      .poll(() => review.locator('#review-note-error').innerText())
      .toBe('Eine Ablehnung braucht eine Begründung.');
    await scanAndShoot(review, 'proposal-review-error');
    await review.getByLabel('Anmerkung').fill('Die Erneuerung ist bereits erfasst.');
    await review.getByRole('button', { name: 'Entscheidung speichern' }).click();
    await expect.poll(() => new URL(review.url()).searchParams.get('geprueft')).toBe('1');
    expect(await review.getByRole('heading', { name: 'Vorschlag prüfen' }).count()).toBe(0);

    await page.goto(e2e.url(proposalPath));
    const facts = await page.getByRole('region', { name: 'Der Vorschlag' }).innerText();
    expect(facts).toMatch(/abgelehnt/);
    expect(facts).toMatch(/Die Erneuerung ist bereits erfasst\./);
    await scanAndShoot(page, 'proposal-rejected');
  });

  it(`logs no errors in the browser ${mode}`, () => {
    expect(pageErrors, tag).toEqual([]);
  });
});
