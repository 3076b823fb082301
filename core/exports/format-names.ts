/** The formats every list can be downloaded in, as the `format` parameter names them. */
export const exportFormats = ['excel', 'csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string | null): value is ExportFormat =>
  (exportFormats as readonly (string | null)[]).includes(value);
