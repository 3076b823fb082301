import ExcelJS from 'exceljs';
import { parsePartialDate } from '../shared/partial-date.ts';
import { germanDate } from './excel-csv.ts';
import { cellOf, LIST_SEPARATOR, type Column, type ExportLanguage, type Sheet } from './columns.ts';

/** Excel's limits on a worksheet's name: 31 characters, none of : \ / ? * [ ]. */
const sheetTitle = (title: string) => title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Daten';

/** Excel counts characters for the column width; a readable width between 8 and 60. */
const widthOf = (texts: string[]) => Math.min(60, Math.max(8, ...texts.map((t) => t.length + 2)));

function xlsxCell<Row>(column: Column<Row>, row: Row, lang: ExportLanguage): string | number | Date | null {
  const cell = cellOf(column, row);
  if (cell === null) return null;
  if (column.type === 'list') return (cell as string[]).join(LIST_SEPARATOR);
  if (column.type === 'date') {
    const parsed = parsePartialDate(cell as string)!;
    if (parsed.precision === 'day') {
      const [y, m, d] = parsed.value.split('-').map(Number);
      return new Date(Date.UTC(y!, m! - 1, d!));
    }
    // A month or a year is not a day: it stays text, at its precision.
    return lang === 'de' ? germanDate(parsed.value) : parsed.value;
  }
  return cell as string | number;
}

/**
 * The list as an Excel workbook with typed cells: dates known to the day are real dates,
 * months and years stay text at their precision, numbers are numbers (euros with two
 * decimals), texts are text (a cell starting with "=" is a string, never a formula). The
 * header row is bold, frozen and carries a filter.
 */
export async function toXlsx<Row>(sheet: Sheet<Row>, lang: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Brückenbauer';
  const worksheet = workbook.addWorksheet(sheetTitle(sheet.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  const values = sheet.rows.map((row) => sheet.columns.map((c) => xlsxCell(c, row, lang)));
  worksheet.columns = sheet.columns.map((c, i) => ({
    header: c.header,
    key: c.key,
    width: widthOf([
      c.header,
      ...values.slice(0, 200).map((v) => (v[i] instanceof Date ? '00.00.0000' : String(v[i] ?? ''))),
    ]),
    style:
      c.type === 'date'
        ? { numFmt: lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd' }
        : c.type === 'decimal'
          ? { numFmt: `#,##0.${'0'.repeat(c.fractionDigits ?? 2)}` }
          : c.type === 'integer'
            ? { numFmt: '0' }
            : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of values) worksheet.addRow(row);
  if (sheet.columns.length)
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
