import { stringify } from 'csv-stringify/sync';
import { cellOf, formatDecimal, LINE_BREAK, LIST_SEPARATOR, type Column, type Sheet } from './columns.ts';
import { neutralise } from './excel-csv.ts';

function openCell<Row>(column: Column<Row>, row: Row, raw: boolean): string {
  const cell = cellOf(column, row, true);
  if (cell === null) return '';
  if (column.type === 'decimal') return formatDecimal(cell as number, column.fractionDigits ?? 2, '.');
  const text = column.type === 'list' ? (cell as string[]).join(LIST_SEPARATOR) : String(cell);
  return raw || column.type === 'integer' || column.type === 'date' ? text : neutralise(text);
}

/**
 * The list as open data (RFC 4180): UTF-8 without byte order mark, "," between cells, CRLF
 * line ends, the stable column keys as header, ISO 8601 dates at their precision
 * (2024-05-12, 2024-05, 2024) and numbers with a decimal point.
 *
 * A person may open it in a spreadsheet by double-click, so by default a text that would
 * start a formula (= + - @ tab CR) gets a leading apostrophe, as OWASP recommends against
 * CSV injection. `raw: true` writes every value exactly as stored: the machine CSV, for
 * programs that read the values and never evaluate them.
 */
export function toOpenCsv<Row>(sheet: Sheet<Row>, { raw = false }: { raw?: boolean } = {}): string {
  const records = [
    sheet.columns.map((c) => c.key),
    ...sheet.rows.map((row) => sheet.columns.map((c) => openCell(c, row, raw))),
  ];
  return stringify(records, { delimiter: ',', record_delimiter: 'windows', quoted_match: LINE_BREAK });
}
