import { cellOf, type Sheet } from './columns.ts';

/**
 * The list as JSON: the columns (key and header), then one object per row with the keys in
 * column order, codes rather than labels, ISO 8601 dates at their precision, numbers as numbers, lists as arrays and
 * null for what is not known.
 */
export function toJson<Row>(sheet: Sheet<Row>): string {
  const document = {
    columns: sheet.columns.map((c) => ({ key: c.key, header: c.header, type: c.type })),
    data: sheet.rows.map((row) => Object.fromEntries(sheet.columns.map((c) => [c.key, cellOf(c, row, true)]))),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
