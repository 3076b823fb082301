import type { RoundDossier } from '../core/rounds/round.types.ts';
import { renderDocx } from './report-docx.ts';
import { buildReport, type ReportOptions } from './report-model.ts';
import { renderPdf } from './report-pdf.ts';

export type { ReportOptions } from './report-model.ts';

/**
 * The cabinet report of a Leitlinien-Check round as DOCX: summary, method, criteria and weights,
 * ranking with robustness, agreement, comparison with the previous round, a section per
 * partnership and the recommendations, in German (the cabinet's language) or English.
 */
export function roundReportDocx(dossier: RoundDossier, options: ReportOptions): Promise<Buffer> {
  return renderDocx(buildReport(dossier, options));
}

/** The same report as a tagged PDF with the charts as vectors. */
export function roundReportPdf(dossier: RoundDossier, options: ReportOptions): Promise<Buffer> {
  return renderPdf(buildReport(dossier, options));
}

/** The formats the report is offered in. */
export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const isReportFormat = (value: unknown): value is ReportFormat => REPORT_FORMATS.includes(value as ReportFormat);

const MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The report as a file to download: its bytes, media type and a name with the round and the day. */
export async function roundReportFile(dossier: RoundDossier, format: ReportFormat, options: ReportOptions) {
  const body = await (format === 'docx' ? roundReportDocx : roundReportPdf)(dossier, options);
  const prefix = options.lang === 'en' ? 'Report' : 'Bericht';
  return {
    body,
    contentType: MEDIA_TYPES[format],
    fileName: `${prefix}-${dossier.round.key}-${options.generatedOn}.${format}`,
  };
}
