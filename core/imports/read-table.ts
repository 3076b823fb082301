import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../shared/errors.ts';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

/** The largest file an import accepts, and the most data rows. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_ROWS = 2000;
/** What an XLSX file may unpack to at most (a small file that unpacks to gigabytes is refused unread). */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/** Why a file cannot be read at all; the pages and the CLI word each. */
export const FILE_ISSUES = ['empty', 'tooLarge', 'tooManyRows', 'unsupported', 'unreadable', 'noHeader'] as const;
export type FileIssue = (typeof FILE_ISSUES)[number];

/** A refused file: INVALID_INPUT on the field "file", the reason as its message, details for people. */
export const fileError = (issue: FileIssue, detail = '', row?: number) =>
  new AppError('INVALID_INPUT', `The file cannot be imported: ${issue}${detail ? ` (${detail})` : ''}.`, [
    { field: 'file', message: issue },
    ...(row ? [{ field: 'row', message: String(row) }] : []),
  ]);

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells as text. */
export interface TableRow {
  row: number;
  cells: string[];
}

/** A file read as a table: the header, the data rows, and how it was read. */
export interface Table {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | '\t' | null;
  header: string[];
  rows: TableRow[];
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls of Excel 97–2003
const PDF = [0x25, 0x50, 0x44, 0x46];

/** UTF-8 (with or without byte order mark) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV"). */
function decode(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator of the header line: the one of ";", "," and tab that occurs most often outside quotes. */
function delimiterOf(text: string): ';' | ',' | '\t' {
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const [best] = ([';', ',', '\t'] as const)
    .map((d) => ({ d, count: firstLine.split(d).length - 1 }))
    .sort((a, b) => b.count - a.count);
  return best!.count > 0 ? best!.d : ';';
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

function fromRecords(records: { row: number; cells: string[] }[]): Pick<Table, 'header' | 'rows'> {
  const first = records.findIndex((r) => !isBlank(r.cells));
  if (first < 0) throw fileError('noHeader');
  const rows = records.slice(first + 1).filter((r) => !isBlank(r.cells));
  if (rows.length > MAX_ROWS) throw fileError('tooManyRows', `${rows.length} > ${MAX_ROWS}`);
  return { header: records[first]!.cells.map((c) => c.trim()), rows };
}

function readCsv(bytes: Uint8Array): Table {
  const { text, encoding } = decode(bytes);
  if (text.includes('\u0000')) throw fileError('unsupported', 'binary content');
  const delimiter = delimiterOf(text.replace(/^\uFEFF/, ''));
  let records: string[][];
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    // csv-parse names the record where reading failed; people count the header as row 1.
    const record = (error as { records?: number }).records;
    throw fileError(
      'unreadable',
      error instanceof Error ? error.message : String(error),
      record === undefined ? undefined : record + 1,
    );
  }
  return { format: 'csv', encoding, delimiter, ...fromRecords(records.map((cells, i) => ({ row: i + 1, cells }))) };
}

/**
 * Whether a zip file unpacks within `limit` bytes, by inflating it and counting what really
 * comes out, whatever its directory declares (a zip bomb under-declares): each entry is
 * inflated chunk by chunk and thrown away, and the inflating stops as soon as the limit is
 * passed. Returns null when the bytes are not a zip file fflate can read.
 */
function unpacksWithin(bytes: Uint8Array, limit: number): boolean | null {
  let total = 0;
  let over = false;
  let entries = 0;
  const files: UnzipFile[] = [];
  const unzip = new Unzip((file) => {
    entries++;
    files.push(file);
    file.ondata = (error, chunk) => {
      if (error || over) return;
      total += chunk.length;
      if (total > limit) {
        over = true;
        for (const f of files) f.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch {
    if (!over) return null;
  }
  if (over) return false;
  return entries > 0 ? true : null;
}

/** A spreadsheet cell as the text a person sees in it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(Number(value.toFixed(10))).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAHR' : 'FALSCH';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String((value as { text: unknown }).text);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const within = unpacksWithin(bytes, MAX_UNPACKED_BYTES);
  if (within === null) throw fileError('unreadable', 'not a valid XLSX file');
  if (!within) throw fileError('tooLarge', 'unpacks to more than 50 MiB');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw fileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('noHeader');
  if (sheet.rowCount > MAX_ROWS + 50) throw fileError('tooManyRows', `${sheet.rowCount} > ${MAX_ROWS}`);
  const width = sheet.columnCount;
  const records: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    records.push({ row: number, cells: Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value)) });
  });
  return { format: 'xlsx', encoding: null, delimiter: null, ...fromRecords(records) };
}

/**
 * Reads an uploaded CSV or XLSX file as a table, whatever its name says: an XLSX file is a
 * zip, an old .xls or a PDF is refused as unsupported, anything else is read as CSV
 * (UTF-8 with or without byte order mark, or Windows-1252 as Excel writes it; ";", "," or
 * tab, whichever the header uses). Empty rows are skipped, their numbers kept. A file that
 * is empty, too large, has too many rows or cannot be parsed is refused with the reason.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw fileError('empty');
  if (bytes.length > MAX_FILE_BYTES) throw fileError('tooLarge', `${bytes.length} bytes`);
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  if (startsWith(bytes, OLE) || startsWith(bytes, PDF)) throw fileError('unsupported');
  return readCsv(bytes);
}
