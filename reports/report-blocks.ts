import type { Language } from '../text/i18n.ts';
import type { ChartSvg } from './charts/chart-svg.ts';
import { criterionName, ministryLabel, partnershipName } from './charts/round-chart-labels.ts';
import type { PartnershipScore } from '../core/evaluation/index.ts';
import type { RoundCriterion, RoundDossier } from '../core/rounds/round.types.ts';
import { reportFormat, type ReportFormat } from './report-format.ts';
import { reportText, type ReportText } from '../text/report-text.ts';

/**
 * The report as a list of blocks, written once and rendered twice (DOCX and PDF): headings,
 * paragraphs, lists, tables and figures, each with what accessibility needs (a heading level, a
 * table's header row and caption, a figure's alternative text).
 */
export type Run = string | { text: string; bold?: boolean };

export interface TableColumn {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right';
}

export type Block =
  | { kind: 'title'; text: string; subtitle: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; newPage?: boolean }
  | { kind: 'paragraph'; runs: Run[]; tone?: 'warning' }
  | { kind: 'list'; items: Run[][]; numbered?: boolean }
  | { kind: 'table'; caption: string; columns: TableColumn[]; rows: string[][] }
  | { kind: 'figure'; chart: ChartSvg };

export interface ReportDocument {
  lang: Language;
  title: string;
  subject: string;
  creator: string;
  /** A short name for the foot of each page. */
  footer: string;
  blocks: Block[];
}

export const heading = (level: 1 | 2 | 3, text: string, newPage = false): Block => ({
  kind: 'heading',
  level,
  text,
  newPage,
});
export const paragraph = (...runs: Run[]): Block => ({ kind: 'paragraph', runs });
export const warning = (...runs: Run[]): Block => ({ kind: 'paragraph', runs, tone: 'warning' });
/** "Label: value" with the label in bold. */
export const fact = (label: string, value: string): Block => paragraph({ text: `${label}: `, bold: true }, value);
export const table = (caption: string, columns: TableColumn[], rows: string[][]): Block => ({
  kind: 'table',
  caption,
  columns,
  rows,
});
export const column = (header: string, width: number, align: 'left' | 'right' = 'left'): TableColumn => ({
  header,
  width,
  align,
});

/** What every section of the report needs: the dossier, the language's texts and formats, and the lookups. */
export interface ReportContext {
  dossier: RoundDossier;
  lang: Language;
  text: ReportText;
  format: ReportFormat;
  generatedOn: string;
  /** The criteria in the round's order. */
  criteria: RoundCriterion[];
  /** Ranked partnerships by rank, then the others. */
  ranked: PartnershipScore[];
  unranked: PartnershipScore[];
  name(partnership: string): string;
  criterionName(criterion: RoundCriterion | string): string;
  ministry(key: string): string;
}

export function reportContext(dossier: RoundDossier, lang: Language, generatedOn: string): ReportContext {
  const criteria = [...dossier.criteria].sort((a, b) => a.position - b.position);
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  return {
    dossier,
    lang,
    text: reportText(lang),
    format: reportFormat(lang),
    generatedOn,
    criteria,
    ranked: dossier.results.partnerships.filter((p) => p.rank !== null),
    unranked: dossier.results.partnerships.filter((p) => p.rank === null),
    name: (key) => partnershipName(dossier, key, lang),
    criterionName: (c) => {
      const criterion = typeof c === 'string' ? byKey.get(c) : c;
      return criterion ? criterionName(criterion, lang) : String(c);
    },
    ministry: (key) => ministryLabel(dossier, key),
  };
}
