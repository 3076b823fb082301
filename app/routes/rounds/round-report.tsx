import { create as contentDisposition } from 'content-disposition';
import { servicesContext } from '#app-context';
import { isReportFormat, REPORT_FORMATS, roundReportFile } from '../../../reports/round-report.ts';
import { guard, type PagePolicy } from '../../lib/guard.ts';
import { pickLanguage } from '../../../text/i18n.ts';
import { loadRoundDossier } from './round-dossier-loader.ts';
import type { Route } from './+types/round-report.ts';

export const handle = { policy: { loader: 'internal' } } satisfies { policy: PagePolicy };

/**
 * The cabinet report of a round as DOCX or PDF (`?format=docx|pdf`, `?lang=en`), for those who may
 * see its results: coordinators throughout (marked provisional until it closes), other staff after.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const info = guard(context, request, 'internal');
  const format = new URL(request.url).searchParams.get('format');
  if (!isReportFormat(format))
    throw new Response(`Unknown format; use format=${REPORT_FORMATS.join(' or format=')}.`, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const { db, clock } = context.get(servicesContext);
  const dossier = await loadRoundDossier(db, info.actor, params.key, clock.today());
  const file = await roundReportFile(dossier, format, { lang: pickLanguage(request), generatedOn: clock.today() });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Content-Disposition': contentDisposition(file.fileName, { type: 'attachment' }),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
