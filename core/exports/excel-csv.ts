import { stringify } from 'csv-stringify/sync';
import { parsePartialDate } from '../shared/partial-date.ts';
import { cellOf, formatDecimal, LINE_BREAK, LIST_SEPARATOR, type Column, type Sheet } from './columns.ts';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, with tab and carriage
 * return, smuggle one in): a text starting with one of them is written with a leading
 * apostrophe, so Excel shows it as text and never runs it (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A text that Excel will show as text, never evaluate. */
export const neutralise = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A partial date as German Excel reads it: "12.05.2024", "05.2024" or "2024". */
export function germanDate(value: string): string {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new RangeError(`"${value}" is not a date`);
  const [year, month, day] = value.split('-');
  if (parsed.precision === 'day') return `${day}.${month}.${year}`;
  if (parsed.precision === 'month') return `${month}.${year}`;
  return year!;
}

function excelCell<Row>(column: Column<Row>, row: Row): string {
  const cell = cellOf(column, row);
  if (cell === null) return '';
  switch (column.type) {
    case 'integer':
      return String(cell);
    case 'decimal':
      return formatDecimal(cell as number, column.fractionDigits ?? 2, ',');
    case 'date':
      return germanDate(cell as string);
    case 'list':
      return neutralise((cell as string[]).join(LIST_SEPARATOR));
    case 'text':
      return neutralise(cell as string);
  }
}

/**
 * The list as a CSV file that German Excel opens by double-click with umlauts, columns,
 * numbers and dates right: UTF-8 with byte order mark, ";" between cells, CRLF line ends,
 * decimal comma, dates as dd.mm.yyyy (or mm.yyyy, yyyy at their precision), and texts
 * that would start a formula neutralised.
 */
export function toExcelCsv<Row>(sheet: Sheet<Row>): string {
  const records = [
    sheet.columns.map((c) => neutralise(c.header)),
    ...sheet.rows.map((row) => sheet.columns.map((c) => excelCell(c, row))),
  ];
  return stringify(records, { delimiter: ';', record_delimiter: 'windows', bom: true, quoted_match: LINE_BREAK });
}
