import type { ExportLanguage, Sheet } from './columns.ts';
import { toExcelCsv } from './excel-csv.ts';
import { toJson } from './json.ts';
import { toOpenCsv } from './open-csv.ts';
import { toXlsx } from './xlsx.ts';

import type { ExportFormat } from './format-names.ts';

export { exportFormats, isExportFormat, type ExportFormat } from './format-names.ts';

const FORMATS: Record<ExportFormat, { contentType: string; suffix: string }> = {
  excel: { contentType: 'text/csv; charset=utf-8', suffix: '-excel.csv' },
  csv: { contentType: 'text/csv; charset=utf-8; header=present', suffix: '.csv' },
  'csv-raw': { contentType: 'text/csv; charset=utf-8; header=present', suffix: '-raw.csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', suffix: '.xlsx' },
  json: { contentType: 'application/json; charset=utf-8', suffix: '.json' },
};

/** A rendered export: the bytes, their media type and the file name to save them under. */
export interface RenderedExport {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * Writes one list in one format. The file name is the sheet's name, the date it was made
 * (Europe/Berlin) and the format's suffix: "aktivitaeten-2026-11-21-excel.csv".
 */
export async function renderExport<Row>(
  format: ExportFormat,
  sheet: Sheet<Row>,
  options: { lang: ExportLanguage; today: string },
): Promise<RenderedExport> {
  const body =
    format === 'excel'
      ? Buffer.from(toExcelCsv(sheet), 'utf8')
      : format === 'csv'
        ? Buffer.from(toOpenCsv(sheet), 'utf8')
        : format === 'csv-raw'
          ? Buffer.from(toOpenCsv(sheet, { raw: true }), 'utf8')
          : format === 'json'
            ? Buffer.from(toJson(sheet), 'utf8')
            : await toXlsx(sheet, options.lang);
  const { contentType, suffix } = FORMATS[format];
  return { body, contentType, fileName: `${sheet.name}-${options.today}${suffix}` };
}
