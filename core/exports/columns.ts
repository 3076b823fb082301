import { parsePartialDate } from '../shared/partial-date.ts';

/**
 * What a column holds, which decides how each format writes it: text as text (neutralised
 * against formulas in the Excel CSV), whole and decimal numbers as numbers, dates at their
 * precision (YYYY, YYYY-MM or YYYY-MM-DD), lists of texts.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date' | 'list';

/** A value a column reads from a row, before a format writes it. */
export type CellValue = string | number | readonly string[] | null;

/** One column of a list: a stable key (JSON, open data), a header for people, a type and how to read it. */
export interface Column<Row> {
  key: string;
  /** The header in the language of the export. */
  header: string;
  type: ColumnType;
  /** For decimal columns: digits after the decimal separator (2 for euros). */
  fractionDigits?: number;
  value(row: Row): CellValue;
  /**
   * For the formats made for programs (open-data CSV, JSON): the stable code behind a value
   * shown to people ("delegation_trip" behind "Delegationsreise"). Defaults to `value`.
   */
  code?(row: Row): CellValue;
}

/** A list ready to export: its name (file name and sheet title), its columns and its rows. */
export interface Sheet<Row> {
  /** ASCII, used in the file name: "aktivitaeten". */
  name: string;
  /** The title of the worksheet (XLSX). */
  title: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
}

/** The language of the headers and of the date patterns in the formats for people. */
export type ExportLanguage = 'de' | 'en';

/** The separator between the items of a list column in the text formats. */
export const LIST_SEPARATOR = '; ';

/**
 * A cell read as its column's type (its code, for the formats made for programs): null for
 * empty. Throws when a column returns a value of the wrong kind.
 */
export function cellOf<Row>(column: Column<Row>, row: Row, forPrograms = false): string | number | string[] | null {
  const value = forPrograms && column.code ? column.code(row) : column.value(row);
  if (value === null || value === '') return null;
  switch (column.type) {
    case 'integer':
    case 'decimal':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`${column.key}: not a number`);
      return value;
    case 'date':
      if (typeof value !== 'string' || !parsePartialDate(value)) throw new TypeError(`${column.key}: not a date`);
      return value;
    case 'list':
      if (!Array.isArray(value)) throw new TypeError(`${column.key}: not a list`);
      return [...(value as readonly string[])];
    case 'text':
      return String(value);
  }
}

/** A number with a fixed count of fraction digits, with the given decimal separator and no grouping. */
export function formatDecimal(value: number, fractionDigits: number, separator: '.' | ','): string {
  const text = value.toFixed(fractionDigits);
  return separator === ',' ? text.replace('.', ',') : text;
}

/** A cell with any line break is quoted (the CSV writer quotes only its own record delimiter by itself). */
export const LINE_BREAK = /[\r\n]/;
