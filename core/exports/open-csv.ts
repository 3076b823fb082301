import { stringify } from 'csv-stringify/sync';
import { cellOf, formatDecimal, LINE_BREAK, LIST_SEPARATOR, type Column, type Sheet } from './columns.ts';

function openCell<Row>(column: Column<Row>, row: Row): string {
  const cell = cellOf(column, row, true);
  if (cell === null) return '';
  if (column.type === 'decimal') return formatDecimal(cell as number, column.fractionDigits ?? 2, '.');
  if (column.type === 'list') return (cell as string[]).join(LIST_SEPARATOR);
  return String(cell);
}

/**
 * The list as open data (RFC 4180): UTF-8 without byte order mark, "," between cells, CRLF
 * line ends, the stable column keys as header, ISO 8601 dates at their precision
 * (2024-05-12, 2024-05, 2024) and numbers with a decimal point. Values are written as they
 * are, for programs to read; the Excel CSV is the one made for spreadsheets.
 */
export function toOpenCsv<Row>(sheet: Sheet<Row>): string {
  const records = [
    sheet.columns.map((c) => c.key),
    ...sheet.rows.map((row) => sheet.columns.map((c) => openCell(c, row))),
  ];
  return stringify(records, { delimiter: ',', record_delimiter: 'windows', quoted_match: LINE_BREAK });
}
