import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ChartSvg } from './charts/chart-svg.ts';
import { reportFonts } from './report-assets.ts';
import type { Block, ReportDocument, Run } from './report-blocks.ts';
import {
  BODY_SIZE,
  CONTENT_WIDTH,
  FONTS,
  LINE_GAP,
  PAGE,
  TEXT_COLOUR,
  artifact,
  atPageTop,
  element,
  ensureSpace,
  newPage,
  plain,
  tagged,
  type Doc,
} from './pdf-layout.ts';
import { drawTable } from './pdf-table.ts';

const HEADING_SIZE = { 1: 16, 2: 13, 3: 11 } as const;
const footerText = {
  de: (n: number, of: number) => `Seite ${n} von ${of}`,
  en: (n: number, of: number) => `Page ${n} of ${of}`,
};

/**
 * The report as a tagged PDF (pdfkit): document language, title shown in the window, a structure
 * tree of headings, paragraphs, lists, tables and figures with alternative text, an outline of the
 * headings, Fira Sans embedded, charts as vectors, header rows repeated on every page and page numbers.
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.bottom },
    pdfVersion: '1.7',
    tagged: true,
    lang: report.lang === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: report.title, Subject: report.subject, Author: report.creator, Creator: 'Brückenbauer' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const fonts = reportFonts();
  doc.registerFont(FONTS.regular, fonts.regular);
  doc.registerFont(FONTS.bold, fonts.bold);
  doc.registerFont(FONTS.italic, fonts.italic);
  doc.font(FONTS.regular).fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);

  const outline = new Outline(doc);
  report.blocks.forEach((block, i) => pdfBlock(doc, block, outline, report.blocks[i + 1]));
  numberPages(doc, report);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

function pdfBlock(doc: Doc, block: Block, outline: Outline, next: Block | undefined): void {
  switch (block.kind) {
    case 'title':
      tagged(doc, 'H1', undefined, () => {
        doc.font(FONTS.bold).fontSize(22).text(block.text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
      });
      doc.y += 4;
      tagged(doc, 'P', undefined, () => {
        doc.font(FONTS.regular).fontSize(13).text(block.subtitle, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
      });
      doc.y += 18;
      return;
    case 'heading':
      return heading(doc, block, outline, next);
    case 'paragraph':
      return paragraph(doc, block.runs, block.tone === 'warning');
    case 'list':
      return list(doc, block.items, block.numbered ?? false);
    case 'table':
      return drawTable(doc, block.caption, block.columns, block.rows);
    case 'figure':
      return figure(doc, block.chart);
  }
}

/** Headings are one level below the title (H2–H4), start a new page when asked, and keep with what follows. */
function heading(
  doc: Doc,
  block: Extract<Block, { kind: 'heading' }>,
  outline: Outline,
  next: Block | undefined,
): void {
  if (block.newPage && !atPageTop(doc)) newPage(doc);
  const size = HEADING_SIZE[block.level];
  ensureSpace(doc, size * 2 + keepWith(next));
  doc.y += block.level === 1 ? 6 : 4;
  tagged(doc, `H${block.level + 1}`, undefined, () => {
    doc.font(FONTS.bold).fontSize(size).fillColor(TEXT_COLOUR);
    doc.text(block.text, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  });
  outline.add(block.level, block.text);
  doc.y += size * 0.5;
}

function paragraph(doc: Doc, runs: readonly Run[], warning: boolean): void {
  doc.font(FONTS.regular).fontSize(BODY_SIZE);
  const inset = warning ? 8 : 0;
  const width = CONTENT_WIDTH - 2 * inset;
  const height = doc.heightOfString(plain(runs), { width, lineGap: LINE_GAP });
  ensureSpace(doc, Math.min(height, 3 * BODY_SIZE) + 2 * inset);
  const top = doc.y;
  if (warning) {
    artifact(doc, () => {
      doc.rect(PAGE.margin, top, CONTENT_WIDTH, height + 2 * inset).fill('#fff4ce');
      doc.rect(PAGE.margin, top, 3, height + 2 * inset).fill('#b35c00');
    });
    doc.y = top + inset;
  }
  tagged(doc, 'P', undefined, () => writeRuns(doc, runs, PAGE.margin + inset, width));
  doc.y += inset + 6;
}

/** Runs of text, bold where asked, flowing as one paragraph from (x, current y). */
function writeRuns(doc: Doc, runs: readonly Run[], x: number, width: number): void {
  doc.fillColor(TEXT_COLOUR).fontSize(BODY_SIZE);
  runs.forEach((run, i) => {
    const text = typeof run === 'string' ? run : run.text;
    doc.font(typeof run !== 'string' && run.bold ? FONTS.bold : FONTS.regular);
    const continued = i < runs.length - 1;
    if (i === 0) doc.text(text, x, doc.y, { width, lineGap: LINE_GAP, continued });
    else doc.text(text, { continued });
  });
  doc.font(FONTS.regular);
}

/** L › LI › (Lbl, LBody); numbered items carry their own numbers (ranks may tie), so they have no label. */
function list(doc: Doc, items: readonly Run[][], numbered: boolean): void {
  const indent = numbered ? 10 : 14;
  const l = element(doc, 'L');
  for (const item of items) {
    doc.font(FONTS.regular).fontSize(BODY_SIZE);
    ensureSpace(doc, doc.heightOfString(plain(item), { width: CONTENT_WIDTH - indent, lineGap: LINE_GAP }) + 3);
    const li = element(doc, 'LI', l);
    const top = doc.y;
    if (!numbered)
      tagged(doc, 'Lbl', li, () =>
        doc
          .font(FONTS.regular)
          .fontSize(BODY_SIZE)
          .text('•', PAGE.margin + 2, top),
      );
    doc.y = top;
    tagged(doc, 'LBody', li, () => writeRuns(doc, item, PAGE.margin + indent, CONTENT_WIDTH - indent));
    li.end();
    doc.y += 3;
  }
  l.end();
  doc.x = PAGE.margin;
  doc.y += 5;
}

/** How much of the next block must fit below a heading so the heading does not stand alone at the foot of a page. */
function keepWith(next: Block | undefined): number {
  switch (next?.kind) {
    case 'figure':
      return figureSize(next.chart).height + 24;
    case 'table':
      return 110;
    case 'heading':
      return 70;
    default:
      return 45;
  }
}

/** A chart fills the text column's width, or less when it would be taller than a page. */
function figureSize(chart: ChartSvg): { width: number; height: number } {
  const available = PAGE.height - PAGE.margin - PAGE.bottom - 24;
  const scale = Math.min(CONTENT_WIDTH / chart.width, available / chart.height);
  return { width: chart.width * scale, height: chart.height * scale };
}

/** A chart: its title as a caption, then the SVG as vectors in a Figure with the chart's alternative text. */
function figure(doc: Doc, chart: ChartSvg): void {
  const { width, height } = figureSize(chart);
  ensureSpace(doc, height + 20);
  tagged(doc, 'Caption', undefined, () => {
    doc
      .font(FONTS.bold)
      .fontSize(9)
      .fillColor(TEXT_COLOUR)
      .text(chart.title, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  });
  doc.y += 4;
  const top = doc.y;
  tagged(
    doc,
    'Figure',
    undefined,
    () =>
      SVGtoPDF(doc as never, chart.svg, PAGE.margin, top, {
        width,
        height,
        fontCallback: (_family, bold, italic) => (bold ? FONTS.bold : italic ? FONTS.italic : FONTS.regular),
      }),
    { alt: chart.description, bbox: [PAGE.margin, top, PAGE.margin + width, top + height], placement: 'Block' },
  );
  doc.font(FONTS.regular).fontSize(BODY_SIZE).fillColor(TEXT_COLOUR);
  doc.x = PAGE.margin;
  doc.y = top + height + 12;
}

/** The document outline (bookmarks) mirrors the headings of levels 1 and 2. */
class Outline {
  private current: PDFKit.PDFOutline | undefined;
  private readonly doc: Doc;
  constructor(doc: Doc) {
    this.doc = doc;
  }
  add(level: 1 | 2 | 3, title: string) {
    if (level === 1) this.current = this.doc.outline.addItem(title);
    else if (level === 2) (this.current ?? this.doc.outline).addItem(title);
  }
}

/** "Seite n von m" at the foot of every page, as a pagination artifact. */
function numberPages(doc: Doc, report: ReportDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would otherwise open a new page.
    doc.page.margins.bottom = 0;
    artifact(
      doc,
      () => {
        const y = doc.page.height - PAGE.bottom + 24;
        doc.font(FONTS.regular).fontSize(8).fillColor('#595959');
        doc.text(report.footer, PAGE.margin, y, { width: CONTENT_WIDTH * 0.75, height: 10, ellipsis: true });
        doc.text(footerText[report.lang](i + 1, range.count), PAGE.margin, y, { width: CONTENT_WIDTH, align: 'right' });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}
