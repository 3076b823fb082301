/**
 * The formats every list can be downloaded in, as the `format` parameter names them: `csv`
 * is the open-data CSV safe to open in a spreadsheet, `csv-raw` the same values unchanged,
 * for programs.
 */
export const exportFormats = ['excel', 'csv', 'xlsx', 'json', 'csv-raw'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string | null): value is ExportFormat =>
  (exportFormats as readonly (string | null)[]).includes(value);
