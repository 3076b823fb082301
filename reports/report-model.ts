import type { Language } from '../text/i18n.ts';
import type { RoundDossier } from '../core/rounds/round.types.ts';
import { reportContext, type ReportDocument } from './report-blocks.ts';
import { criteriaBlocks, methodBlocks } from './report-method.ts';
import { partnershipsBlocks } from './report-partnership.ts';
import { agreementBlocks, comparisonBlocks, rankingBlocks, recommendationsBlocks } from './report-ranking.ts';
import { summaryBlocks, titleBlocks } from './report-summary.ts';

/** What a report is written for: its language and the day it is dated (YYYY-MM-DD). */
export interface ReportOptions {
  lang: Language;
  generatedOn: string;
}

/**
 * The cabinet report of a round as blocks, in the order the cabinet reads it: title, summary,
 * method, criteria and weights, ranking with robustness, agreement, comparison with the previous
 * round, one section per partnership, and the recommendations at a glance.
 */
export function buildReport(dossier: RoundDossier, options: ReportOptions): ReportDocument {
  const ctx = reportContext(dossier, options.lang, options.generatedOn);
  return {
    lang: options.lang,
    title: `${dossier.round.name} – ${ctx.text.subtitle}`,
    subject: ctx.text.subject,
    creator: ctx.text.creator,
    footer: dossier.round.name,
    blocks: [
      ...titleBlocks(ctx),
      ...summaryBlocks(ctx),
      ...methodBlocks(ctx),
      ...criteriaBlocks(ctx),
      ...rankingBlocks(ctx),
      ...agreementBlocks(ctx),
      ...comparisonBlocks(ctx),
      ...partnershipsBlocks(ctx),
      ...recommendationsBlocks(ctx),
    ],
  };
}
