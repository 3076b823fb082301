import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pathOf, useE2E } from '../support/e2e.ts';
import type { TestUser } from '../support/users.ts';

const e2e = useE2E();
let editor: TestUser;

beforeAll(async () => {
  editor = await e2e.user('ministry_editor', 'SMWK');
});

const [withJs, withoutJs] = e2e.modes();

/** Rows 2, 5 and 6 are good (row 5's title starts like a formula); row 3 has four bad cells, row 4 an unknown place. */
const csvWithErrors = (tag: string) =>
  [
    'Art;Titel;Beginn;Ende;Veranstalter;Orte;Status;Sichtbarkeit;Budget geplant (Euro)',
    `Delegationsreise;Import ${tag}: Reise nach Breslau;12.05.2028;13.05.2028;SMWK;PL-DS;geplant;intern;12500.50`,
    'Messe;;2028-13-01;;SMWK;;geplant;geheim;zwölf',
    `Konferenz;Import ${tag}: Tagung;05.2028;;SMWK;PL-DS, XX-99;bestätigt;öffentlich;`,
    `Konferenz;"=HYPERLINK(""http://example.invalid"";""Import ${tag}"")";03.06.2028;;SMWK;;geplant;intern;`,
    `Austausch;Import ${tag}: Übergabe in Görlitz;2028;;SMWK;;bestätigt;öffentlich;0`,
  ].join('\r\n');

/** Downloads what a link points to, as a person clicking it would, and returns the file's name and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe.each([
  [withJs, 'js'],
  [withoutJs, 'nojs'],
] as const)('data in and out $mode', ({ mode, open, scanAndShoot, pageErrors }, tag) => {
  it('imports a CSV with errors: the dry run reports each bad row, then only the valid rows are imported', async () => {
    const page = await open(editor);
    await page.goto(e2e.url('/aktivitaeten'));
    await page.getByRole('link', { name: 'Aktivitäten importieren' }).click();
    await expect.poll(() => pathOf(page)).toBe('/aktivitaeten/import');
    await scanAndShoot(page, 'import-upload');

    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const fileError = page.locator('#import-datei-error');
    await expect.poll(() => fileError.innerText()).toBe('Bitte eine Datei wählen.');
    expect(await page.getByLabel('Datei (CSV oder XLSX)').getAttribute('aria-describedby')).toContain(
      'import-datei-error',
    );
    await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: 'kaputt.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect.poll(() => fileError.innerText()).toMatch(/nicht unterstützt/);
    await scanAndShoot(page, 'import-upload-error');

    await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: `aktivitaeten-${tag}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csvWithErrors(tag), 'latin1'),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    await expect.poll(() => pathOf(page)).toMatch(/^\/aktivitaeten\/import\/\d+$/);
    const runPath = pathOf(page);
    expect(await page.locator('#run-counts').innerText()).toBe('5 – 3 gültig, 2 fehlerhaft');
    expect(await page.locator('main').innerText()).toMatch(/CSV, Windows-1252, Trennzeichen „;“/);
    const table = page.getByRole('region', { name: 'Tabelle: Fehlerhafte Zeilen mit Spalte und Grund' });
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').map((c) => c.trim()));
    expect(rows).toEqual([
      ['3', 'Titel', '–', 'Bitte ausfüllen.'],
      ['3', 'Beginn', '2028-13-01', 'Bitte ein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT angeben.'],
      ['3', 'Sichtbarkeit', 'geheim', 'Bitte einen der angebotenen Werte wählen.'],
      [
        '3',
        'Budget geplant (Euro)',
        'zwölf',
        'Bitte einen eindeutigen Betrag in Euro ab 0 mit höchstens zwei Nachkommastellen angeben, zum Beispiel 12.500,50 oder 12500.50.',
      ],
      ['4', 'Orte', 'XX-99', 'Diese Angabe kennt das Register nicht.'],
    ]);
    expect(await page.locator('#amount-reading-list').innerText()).toBe(
      'Zeile 2, Budget geplant (Euro): „12500.50“ gelesen als 12.500,50\u00a0€',
    );
    expect(await page.getByRole('button', { name: /Alle Zeilen importieren/ }).count()).toBe(0);
    await scanAndShoot(page, 'import-report');

    await page.getByRole('button', { name: 'Nur die gültigen Zeilen importieren (3)' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('importiert')).toBe('1');
    expect(pathOf(page)).toBe(runPath);
    expect(await page.getByRole('status').innerText()).toBe('Importiert: 3. Übersprungene Zeilen: 3, 4');
    expect(await page.getByRole('button', { name: /importieren/ }).count()).toBe(0);
    await scanAndShoot(page, 'import-done');

    await page.goto(e2e.url('/aktivitaeten?year=2028'));
    const list = await page.getByRole('region', { name: /^Tabelle/ }).innerText();
    expect(list).toContain(`Import ${tag}: Reise nach Breslau`);
    expect(list).toContain(`Import ${tag}: Übergabe in Görlitz`);
    expect(list).not.toContain(`Import ${tag}: Tagung`);
  });

  it('exports the activities for Excel and as XLSX, and both read back with the filters and a neutralised formula', async () => {
    const page = await open(editor);
    await page.goto(e2e.url('/aktivitaeten?year=2028&status=planned'));
    expect(await page.locator('.download-links').innerText()).toBe(
      'Herunterladen: Excel (CSV) · CSV (offene Daten) · XLSX · JSON · CSV für Programme (unverändert)',
    );
    await scanAndShoot(page, 'activities-downloads');

    const excel = await download(page, 'Excel (CSV)');
    expect(excel.name).toMatch(/^aktivitaeten-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    expect(excel.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = excel.bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^Nr\.;Titel;Art;Beginn;Ende;Status;Sichtbarkeit;Veranstalter;/);
    const records: string[][] = parse(text, { delimiter: ';' });
    const byTitle = new Map(records.slice(1).map((r) => [r[1]!, r]));
    const trip = byTitle.get(`Import ${tag}: Reise nach Breslau`)!;
    expect(trip.slice(2, 6)).toEqual(['Delegationsreise', '12.05.2028', '13.05.2028', 'geplant']);
    expect(trip[12]).toBe('12500,50');
    expect(byTitle.get(`'=HYPERLINK("http://example.invalid";"Import ${tag}")`)![3]).toBe('03.06.2028');
    // The filter of the page applies: only planned ones.
    expect(byTitle.has(`Import ${tag}: Übergabe in Görlitz`)).toBe(false);

    const xlsx = await download(page, 'XLSX');
    expect(xlsx.name).toMatch(/^aktivitaeten-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => r.getCell(2).value === `Import ${tag}: Reise nach Breslau`)!;
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2028, 4, 12)));
    expect(row.getCell(13).value).toBe(12500.5);
    const formula = sheet
      .getRows(2, sheet.rowCount - 1)!
      .find((r) => String(r.getCell(2).value).startsWith('=HYPERLINK'))!;
    expect(formula.getCell(2).type).toBe(ExcelJS.ValueType.String);

    const json = await download(page, 'JSON');
    const doc = JSON.parse(json.bytes.toString('utf8')) as {
      data: { title: string; startsOn: string; status: string }[];
    };
    expect(doc.data.find((a) => a.title === `Import ${tag}: Reise nach Breslau`)).toMatchObject({
      startsOn: '2028-05-12',
      status: 'planned',
    });
  });

  it('subscribes to the calendar: creates a personal link, whose feed parses and lists the internal import; revokes it', async () => {
    const page = await open(editor);
    await page.goto(e2e.url('/aktivitaeten/kalender'));
    await page.getByRole('link', { name: 'Kalender abonnieren' }).click();
    await expect.poll(() => pathOf(page)).toBe('/aktivitaeten/kalender/abonnieren');
    const publicUrl = await page
      .getByRole('region', { name: 'Öffentlicher Kalender' })
      .locator('code')
      .last()
      .innerText();
    expect(publicUrl).toBe(e2e.url('/kalender/oeffentlich.ics'));
    await page.getByRole('button', { name: 'Neuen Kalender-Link erstellen' }).click();
    const created = page.getByRole('status').filter({ hasText: 'nur dieses eine Mal' });
    await expect.poll(() => created.count()).toBe(1);
    const [webcal, https] = await created.locator('code').allInnerTexts();
    expect(https).toMatch(new RegExp(`^${e2e.url('/kalender/')}[A-Za-z0-9_-]{43}\\.ics$`));
    expect(webcal).toBe(https!.replace(/^http:/, 'webcal:'));
    await scanAndShoot(page, 'calendar-subscribe-created');

    const feed = await page.request.get(https!);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    const trip = events.find((e) => e.summary === `Import ${tag}: Reise nach Breslau`)!;
    expect(trip.startDate.toString()).toBe('2028-05-12');
    expect(trip.endDate.toString()).toBe('2028-05-14');
    expect(trip.uid).toMatch(/^activity-\d+@localhost$/);
    expect(trip.component.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(events.some((e) => e.summary === `Import ${tag}: Übergabe in Görlitz`)).toBe(false);
    const publicFeed = await (await page.request.get(publicUrl)).text();
    expect(publicFeed).not.toContain(`Import ${tag}: Reise nach Breslau`);

    await page.goto(e2e.url('/aktivitaeten/kalender/abonnieren'));
    await scanAndShoot(page, 'calendar-subscribe');
    await page
      .getByRole('button', { name: /^Widerrufen/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('widerrufen')).toBe('1');
    expect(await page.getByRole('status').innerText()).toBe('Der Kalender-Link wurde widerrufen.');
    expect((await page.request.get(https!)).status()).toBe(404);
  });

  it('logs no errors in the browser', () => {
    expect(pageErrors, mode).toEqual([]);
  });
});
