import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Column, Sheet } from './columns.ts';
import { germanDate, neutralise, toExcelCsv } from './excel-csv.ts';
import { exportFormats, renderExport } from './formats.ts';
import { toJson } from './json.ts';
import { toOpenCsv } from './open-csv.ts';
import { toXlsx } from './xlsx.ts';

interface Row {
  id: number;
  title: string;
  startsOn: string | null;
  budget: number | null;
  places: string[];
}

const columns: Column<Row>[] = [
  { key: 'id', header: 'Nr.', type: 'integer', value: (r) => r.id },
  { key: 'title', header: 'Titel', type: 'text', value: (r) => r.title },
  { key: 'startsOn', header: 'Beginn', type: 'date', value: (r) => r.startsOn },
  { key: 'budgetEur', header: 'Budget (Euro)', type: 'decimal', fractionDigits: 2, value: (r) => r.budget },
  { key: 'places', header: 'Orte', type: 'list', value: (r) => r.places },
  { key: 'kind', header: 'Art', type: 'text', value: () => 'Delegationsreise', code: () => 'delegation_trip' },
];
const rows: Row[] = [
  {
    id: 1,
    title: 'Delegationsreise nach Breslau; "Hochschulen"',
    startsOn: '2027-05-12',
    budget: 12500.5,
    places: ['Niederschlesien (PL-DS)', 'Kyjiw (UA-30)'],
  },
  { id: 2, title: '=HYPERLINK("http://evil.example","klick")', startsOn: '2024-03', budget: null, places: [] },
  { id: 3, title: '+49 351 564', startsOn: '2022', budget: 0, places: [] },
  { id: 4, title: '-Minus', startsOn: null, budget: 1, places: ['@Ort'] },
  { id: 5, title: '@SUMME(A1)', startsOn: null, budget: null, places: [] },
  { id: 6, title: '\tTab', startsOn: null, budget: null, places: [] },
  { id: 7, title: '\rWagenrücklauf', startsOn: null, budget: null, places: [] },
  { id: 8, title: 'Zeile 1\nZeile 2 – Übergabe in Dresden', startsOn: '2026-12-31', budget: 999999.99, places: [] },
];
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const sheet: Sheet<Row> = { name: 'aktivitaeten', title: 'Aktivitäten', columns, rows };

/** The titles of the sample rows after the first, as a spreadsheet must get them: no formula runs. */
const NEUTRALISED_TITLES = [
  `'=HYPERLINK("http://evil.example","klick")`,
  `'+49 351 564`,
  `'-Minus`,
  `'@SUMME(A1)`,
  `'\tTab`,
  `'\rWagenrücklauf`,
  'Zeile 1\nZeile 2 – Übergabe in Dresden',
];
/** The same titles as stored. */
const FORMULA_TITLES = NEUTRALISED_TITLES.map((title) => title.replace(/^'/, ''));

describe('the Excel CSV', () => {
  const text = toExcelCsv(sheet);
  const records: string[][] = parse(text.slice(1), { delimiter: ';' });

  it('starts with the UTF-8 byte order mark, separates with ";" and ends lines with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.split('\r\n')[0]).toBe('\uFEFFNr.;Titel;Beginn;Budget (Euro);Orte;Art');
    expect(text.replace(/\r\n/g, '').includes('\r\n')).toBe(false);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records).toHaveLength(rows.length + 1);
  });

  it('writes decimals with a comma and dates as dd.mm.yyyy, or at their precision', () => {
    expect(records[1]).toEqual([
      '1',
      'Delegationsreise nach Breslau; "Hochschulen"',
      '12.05.2027',
      '12500,50',
      'Niederschlesien (PL-DS); Kyjiw (UA-30)',
      'Delegationsreise',
    ]);
    expect(records[2]!.slice(2, 4)).toEqual(['03.2024', '']);
    expect(records[3]!.slice(2, 4)).toEqual(['2022', '0,00']);
    expect(records[8]!.slice(1, 4)).toEqual(['Zeile 1\nZeile 2 – Übergabe in Dresden', '31.12.2026', '999999,99']);
  });

  it('neutralises every text that would start a formula (= + - @ tab CR)', () => {
    expect(records.slice(2).map((r) => r[1])).toEqual(NEUTRALISED_TITLES);
    expect(records[4]![4]).toBe(`'@Ort`);
    expect(neutralise('Dresden')).toBe('Dresden');
    expect(neutralise('')).toBe('');
  });

  it('quotes cells with the separator, quotes or line breaks', () => {
    expect(text).toContain('"Delegationsreise nach Breslau; ""Hochschulen"""');
    expect(text).toContain('"Zeile 1\nZeile 2 – Übergabe in Dresden"');
  });

  it('formats partial dates at their precision', () => {
    expect([germanDate('2024-03-27'), germanDate('2024-03'), germanDate('1992')]).toEqual([
      '27.03.2024',
      '03.2024',
      '1992',
    ]);
    expect(() => germanDate('2024-13')).toThrow();
  });
});

describe('the open-data CSV', () => {
  const text = toOpenCsv(sheet);
  const records: string[][] = parse(text);

  it('is RFC 4180: no byte order mark, "," and CRLF, the stable keys as header', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.startsWith('id,title,startsOn,budgetEur,places,kind\r\n')).toBe(true);
  });

  it('writes ISO dates at their precision and decimal points', () => {
    expect(records[1]).toEqual([
      '1',
      'Delegationsreise nach Breslau; "Hochschulen"',
      '2027-05-12',
      '12500.50',
      'Niederschlesien (PL-DS); Kyjiw (UA-30)',
      'delegation_trip',
    ]);
    expect(records[2]!.slice(2, 4)).toEqual(['2024-03', '']);
    expect(records[3]![2]).toBe('2022');
  });

  it('neutralises texts that would start a formula, as a spreadsheet opens it by double-click', () => {
    expect(records.slice(2).map((r) => r[1])).toEqual(NEUTRALISED_TITLES);
    expect(records[4]![4]).toBe(`'@Ort`);
  });

  it('keeps every value unchanged in the raw CSV for programs', () => {
    const raw: string[][] = parse(toOpenCsv(sheet, { raw: true }));
    expect(raw.slice(2).map((r) => r[1])).toEqual(FORMULA_TITLES);
    expect(raw[4]![4]).toBe('@Ort');
    expect(raw[1]).toEqual(records[1]);
  });
});

describe('the JSON', () => {
  const doc = JSON.parse(toJson(sheet));

  it('has stable keys in column order, ISO dates, numbers and lists', () => {
    expect(doc.columns.map((c: { key: string }) => c.key)).toEqual([
      'id',
      'title',
      'startsOn',
      'budgetEur',
      'places',
      'kind',
    ]);
    expect(Object.keys(doc.data[0])).toEqual(['id', 'title', 'startsOn', 'budgetEur', 'places', 'kind']);
    expect(doc.data[0]).toEqual({
      id: 1,
      title: 'Delegationsreise nach Breslau; "Hochschulen"',
      startsOn: '2027-05-12',
      budgetEur: 12500.5,
      places: ['Niederschlesien (PL-DS)', 'Kyjiw (UA-30)'],
      kind: 'delegation_trip',
    });
    expect(doc.data[1]).toMatchObject({ startsOn: '2024-03', budgetEur: null, places: [] });
    expect(doc.data[3]).toMatchObject({ startsOn: null, budgetEur: 1 });
  });
});

describe('the XLSX workbook', () => {
  it('has typed cells: real dates to the day, text at a lower precision, numbers, a bold frozen header', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(await toXlsx(sheet, 'de')));
    const ws = workbook.worksheets[0]!;
    expect(ws.name).toBe('Aktivitäten');
    expect(ws.getRow(1).values).toEqual([undefined, 'Nr.', 'Titel', 'Beginn', 'Budget (Euro)', 'Orte', 'Art']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const first = ws.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toEqual(new Date(Date.UTC(2027, 4, 12)));
    expect(first.getCell(3).numFmt).toBe('dd.mm.yyyy');
    expect(first.getCell(4).value).toBe(12500.5);
    expect(first.getCell(4).numFmt).toBe('#,##0.00');
    expect(first.getCell(5).value).toBe('Niederschlesien (PL-DS); Kyjiw (UA-30)');
    expect(ws.getRow(3).getCell(2).value).toBe('=HYPERLINK("http://evil.example","klick")');
    expect(ws.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getRow(3).getCell(3).value).toBe('03.2024');
    expect(ws.getRow(4).getCell(3).value).toBe('2022');
    expect(ws.getRow(5).getCell(3).value).toBeNull();
  });

  it('writes months as ISO text in English', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer(await toXlsx(sheet, 'en')));
    expect(workbook.worksheets[0]!.getRow(3).getCell(3).value).toBe('2024-03');
    expect(workbook.worksheets[0]!.getRow(2).getCell(3).numFmt).toBe('yyyy-mm-dd');
  });
});

describe('renderExport', () => {
  it('gives each format its media type and file name', async () => {
    const rendered = await Promise.all(
      exportFormats.map((f) => renderExport(f, sheet, { lang: 'de', today: '2026-11-21' })),
    );
    expect(rendered.map((r) => [r.fileName, r.contentType])).toEqual([
      ['aktivitaeten-2026-11-21-excel.csv', 'text/csv; charset=utf-8'],
      ['aktivitaeten-2026-11-21.csv', 'text/csv; charset=utf-8; header=present'],
      ['aktivitaeten-2026-11-21.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['aktivitaeten-2026-11-21.json', 'application/json; charset=utf-8'],
      ['aktivitaeten-2026-11-21-raw.csv', 'text/csv; charset=utf-8; header=present'],
    ]);
    expect(rendered[2]!.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a column value of the wrong kind instead of writing nonsense', () => {
    const bad: Sheet<Row> = { ...sheet, columns: [{ key: 'x', header: 'X', type: 'date', value: () => '12.05.2027' }] };
    expect(() => toExcelCsv(bad)).toThrow(/x: not a date/);
  });
});
