import type { Sheet } from '../../core/exports/columns.ts';
import { exportFormats, isExportFormat, renderExport } from '../../core/exports/formats.ts';
import type { Language } from '../../text/i18n.ts';

/**
 * The one way a list is downloaded. A list's export route (e.g. /aktivitaeten/export) loads
 * the same rows as its page, with the same filters and the reader's visibility, builds a
 * Sheet and returns `exportResponse(request, sheet, today)`; `?format=` picks Excel CSV,
 * open-data CSV, XLSX or JSON, `?lang=en` the English headers. The page links to it with
 * `downloadHrefs` (app/lib/download-hrefs.ts, app/components/download-links.tsx).
 */
export async function exportResponse<Row>(request: Request, sheet: Sheet<Row>, today: string): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const format = params.get('format');
  if (!isExportFormat(format))
    throw new Response(`Unknown format; use format=${exportFormats.join(', format=')}.`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const lang: Language = params.get('lang') === 'en' ? 'en' : 'de';
  const file = await renderExport(format, sheet, { lang, today });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Content-Length': String(file.body.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
