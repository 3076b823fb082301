import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { textWidth } from './charts/chart-svg.ts';
import type { ChartSvg } from './charts/chart-svg.ts';
import type { Block, ReportDocument, Run, TableColumn } from './report-blocks.ts';
import { REPORT_FONT, reportFonts, svgToPng } from './report-assets.ts';
import { columnWidths } from './table-widths.ts';

/** A4 with 2 cm margins: the text column is 17 cm wide (9,638 twips, 643 px at 96 dpi). */
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
const COLUMN_TWIPS = PAGE.width - 2 * PAGE.margin;
const COLUMN_PX = Math.floor((COLUMN_TWIPS / 1440) * 96);
const TEXT_COLOUR = '1B1B1B';
const HEADER_FILL = 'E7ECF2';
const WARNING_FILL = 'FFF4CE';
const footerText = { de: ['Seite ', ' von '], en: ['Page ', ' of '] } as const;

/**
 * The report as DOCX (docx 9): real heading styles, every table's header row repeated on each
 * page, the document language on the default run style, title, subject and author in the core
 * properties, charts as PNG with alternative text, and Fira Sans embedded so it looks the same
 * without the font installed.
 */
export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const block of report.blocks) children.push(...(await docxBlock(block)));
  const fonts = reportFonts();
  const [page, of] = footerText[report.lang];
  const document = new Document({
    title: report.title,
    subject: report.subject,
    creator: report.creator,
    lastModifiedBy: report.creator,
    description: report.subject,
    fonts: [{ name: REPORT_FONT, data: fonts.regular, bold: fonts.bold, italic: fonts.italic }],
    styles: {
      default: {
        document: {
          run: {
            font: REPORT_FONT,
            size: 21,
            color: TEXT_COLOUR,
            language: { value: report.lang === 'de' ? 'de-DE' : 'en-GB' },
          },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: { run: { font: REPORT_FONT, size: 44, bold: true, color: TEXT_COLOUR } },
        heading1: {
          run: { font: REPORT_FONT, size: 32, bold: true, color: TEXT_COLOUR },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading2: {
          run: { font: REPORT_FONT, size: 26, bold: true, color: TEXT_COLOUR },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: REPORT_FONT, size: 22, bold: true, color: TEXT_COLOUR },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
        caption: { run: { font: REPORT_FONT, size: 19, bold: true, italics: false, color: TEXT_COLOUR } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: allMargins(PAGE.margin) } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [page, PageNumber.CURRENT, of, PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

const allMargins = (m: number) => ({ top: m, right: m, bottom: m, left: m });

const runs = (items: readonly Run[], size?: number): TextRun[] =>
  items.map((r) =>
    typeof r === 'string' ? new TextRun({ text: r, size }) : new TextRun({ text: r.text, bold: r.bold, size }),
  );

async function docxBlock(block: Block): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        new Paragraph({ children: [new TextRun({ text: block.subtitle, size: 26 })], spacing: { after: 360 } }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1],
          pageBreakBefore: block.newPage,
          keepNext: true,
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: runs(block.runs),
          ...(block.tone === 'warning'
            ? {
                shading: { type: ShadingType.CLEAR, fill: WARNING_FILL, color: 'auto' },
                border: { left: { style: BorderStyle.SINGLE, size: 24, color: 'B35C00', space: 6 } },
              }
            : {}),
        }),
      ];
    case 'list':
      return block.items.map((item) =>
        block.numbered
          ? new Paragraph({ children: runs(item), indent: { left: 360 }, spacing: { after: 40 } })
          : new Paragraph({ children: runs(item), bullet: { level: 0 }, spacing: { after: 60 } }),
      );
    case 'table':
      return [
        new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.caption)] }),
        docxTable(block.columns, block.rows),
        new Paragraph({ children: [], spacing: { after: 120 } }),
      ];
    case 'figure':
      return [
        new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(block.chart.title)] }),
        await docxFigure(block.chart),
      ];
  }
}

/** A table whose header row repeats on every page and whose rows never split across pages. */
function docxTable(columns: TableColumn[], rows: string[][]): Table {
  // Twips of a word at 9 pt, estimated from Fira Sans's character widths (Word has no font engine here).
  const widths = columnWidths(
    columns,
    rows,
    COLUMN_TWIPS,
    160,
    (word, bold) => textWidth(word, 9) * 20 * (bold ? 1.06 : 1),
  ).map(Math.floor);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          spacing: { after: 0, line: 252 },
          alignment: columns[i]!.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 18 })],
        }),
      ],
    });
  return new Table({
    width: { size: COLUMN_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** A chart as a PNG at twice the column width, with its title and alternative text on the drawing. */
async function docxFigure(chart: ChartSvg): Promise<Paragraph> {
  const png = await svgToPng(chart.svg, COLUMN_PX * 2);
  const width = COLUMN_PX;
  const height = Math.round((chart.height / chart.width) * width);
  return new Paragraph({
    // "At least" one line: with proportional spacing LibreOffice clips a picture taller than the rest of the page.
    spacing: { before: 120, after: 240, line: 240, lineRule: LineRuleType.AT_LEAST },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height },
        altText: { title: chart.title, description: chart.description, name: chart.title },
      }),
    ] as ParagraphChild[],
  });
}
