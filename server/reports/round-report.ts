import type { RoundDossier } from '../../core/rounds/round.types.ts';
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
