import type { TableColumn } from './report-blocks.ts';
import { columnWidths } from './table-widths.ts';
import {
  CONTENT_WIDTH,
  FONTS,
  PAGE,
  TEXT_COLOUR,
  artifact,
  element,
  ensureSpace,
  maxY,
  newPage,
  tagged,
  type Doc,
} from './pdf-layout.ts';

const CELL_SIZE = 8.5;
const PAD = 3.5;
const HEADER_FILL = '#e7ecf2';
const RULE = '#9aa5b1';
const LINE_BREAK_ROOM = 7;

/**
 * A tagged table (Table › Caption, THead › TR › TH, TBody › TR › TD) drawn row by row. A row that
 * does not fit starts a new page, where the header row is drawn again as a pagination artifact:
 * readers see it on every page, assistive technology reads it once.
 */
export function drawTable(doc: Doc, caption: string, columns: TableColumn[], rows: string[][]): void {
  const widths = columnWidths(columns, rows, CONTENT_WIDTH, 2 * PAD + LINE_BREAK_ROOM, (word, bold) =>
    doc
      .font(bold ? FONTS.bold : FONTS.regular)
      .fontSize(CELL_SIZE)
      .widthOfString(word),
  );
  // Header lines are broken at spaces only ("Punkte (0–100)" must not break after the dash). pdfkit
  // counts a line break as a character of its own, so each line keeps that much room to spare.
  const header = columns.map((c, i) => wrapAtSpaces(doc, c.header, widths[i]! - 2 * PAD - LINE_BREAK_ROOM));
  const headerHeight = rowHeight(doc, header, widths, true);
  ensureSpace(doc, 16 + headerHeight + rowHeight(doc, rows[0] ?? [], widths, false));

  const table = element(doc, 'Table');
  tagged(doc, 'Caption', table, () => {
    doc.font(FONTS.bold).fontSize(9).fillColor(TEXT_COLOUR);
    doc.text(caption, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  });
  doc.y += 3;
  const head = element(doc, 'THead', table);
  drawRow(doc, head, header, columns, widths, headerHeight, true);
  head.end();
  const body = element(doc, 'TBody', table);
  for (const row of rows) {
    const height = rowHeight(doc, row, widths, false);
    if (doc.y + height > maxY(doc)) {
      newPage(doc);
      const top = doc.y;
      artifact(doc, () => drawCells(doc, header, columns, widths, headerHeight, true), 'Pagination');
      doc.y = top + headerHeight;
    }
    drawRow(doc, body, row, columns, widths, height, false);
  }
  body.end();
  table.end();
  doc.x = PAGE.margin;
  doc.y += 10;
}

function wrapAtSpaces(doc: Doc, text: string, width: number): string {
  doc.font(FONTS.bold).fontSize(CELL_SIZE);
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && doc.widthOfString(`${last} ${word}`) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

function rowHeight(doc: Doc, cells: readonly string[], widths: number[], header: boolean): number {
  doc.font(header ? FONTS.bold : FONTS.regular).fontSize(CELL_SIZE);
  const heights = cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * PAD, lineGap: 1 }));
  return Math.max(...heights, CELL_SIZE) + 2 * PAD;
}

/** One row: its rules and fill as an artifact, each cell's text as a TH (scope column) or TD. */
function drawRow(
  doc: Doc,
  parent: PDFKit.PDFStructureElement,
  cells: readonly string[],
  columns: TableColumn[],
  widths: number[],
  height: number,
  header: boolean,
): void {
  const top = doc.y;
  artifact(doc, () => drawFrame(doc, widths, top, height, header));
  const row = element(doc, 'TR', parent);
  let x = PAGE.margin;
  cells.forEach((text, i) => {
    const cellX = x;
    tagged(
      doc,
      header ? 'TH' : 'TD',
      row,
      () => writeCell(doc, text, cellX, top, widths[i]!, columns[i]!.align ?? 'left', header),
      header ? { scope: 'Column' } : {},
    );
    x += widths[i]!;
  });
  row.end();
  doc.y = top + height;
}

/** The header row again on a continued page, all decoration. */
function drawCells(
  doc: Doc,
  cells: readonly string[],
  columns: TableColumn[],
  widths: number[],
  height: number,
  header: boolean,
) {
  const top = doc.y;
  drawFrame(doc, widths, top, height, header);
  let x = PAGE.margin;
  cells.forEach((text, i) => {
    writeCell(doc, text, x, top, widths[i]!, columns[i]!.align ?? 'left', header);
    x += widths[i]!;
  });
}

function drawFrame(doc: Doc, widths: number[], top: number, height: number, header: boolean) {
  const width = widths.reduce((s, w) => s + w, 0);
  if (header) doc.rect(PAGE.margin, top, width, height).fill(HEADER_FILL);
  doc
    .moveTo(PAGE.margin, top + height)
    .lineTo(PAGE.margin + width, top + height)
    .lineWidth(header ? 0.9 : 0.4)
    .strokeColor(RULE)
    .stroke();
}

function writeCell(
  doc: Doc,
  text: string,
  x: number,
  top: number,
  width: number,
  align: 'left' | 'right',
  header: boolean,
) {
  doc
    .font(header ? FONTS.bold : FONTS.regular)
    .fontSize(CELL_SIZE)
    .fillColor(TEXT_COLOUR);
  doc.text(text, x + PAD, top + PAD, { width: width - 2 * PAD, align, lineGap: 1 });
}
