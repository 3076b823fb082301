import { exportFormats, type ExportFormat } from '../../core/exports/format-names.ts';

/** The list's filters as the page has them, without its page number. */
function filtersOf(search: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const name of ['seite', 'format']) params.delete(name);
  return params;
}

/** The download address of each format for an export route, keeping the page's filters and language. */
export function downloadHrefs(exportPath: string, search: URLSearchParams): Record<ExportFormat, string> {
  return Object.fromEntries(
    exportFormats.map((format) => {
      const params = filtersOf(search);
      params.set('format', format);
      return [format, `${exportPath}?${params}`];
    }),
  ) as Record<ExportFormat, string>;
}
