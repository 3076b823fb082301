import type { Run } from './report-blocks.ts';

/**
 * The page, fonts and tagging helpers the PDF renderer shares with its table drawing. Everything
 * drawn is either the content of a structure element (text, charts) or an artifact (rules, fills,
 * repeated header rows, page numbers), so assistive technology reads the report in order.
 */
export type Doc = PDFKit.PDFDocument;
type StructureElement = PDFKit.PDFStructureElement;

/** A4 with margins of 2 cm (2.5 cm at the bottom, for the page numbers). */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.69, bottom: 70.87 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const FONTS = { regular: 'Fira Sans', bold: 'Fira Sans-Bold', italic: 'Fira Sans-Italic' } as const;
export const BODY_SIZE = 10;
export const LINE_GAP = 2.5;
export const TEXT_COLOUR = '#1b1b1b';

/** The lowest y content may reach on the current page. */
export const maxY = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits below the current position. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > maxY(doc)) newPage(doc);
}

export function newPage(doc: Doc): void {
  doc.addPage();
  doc.x = PAGE.margin;
  doc.y = PAGE.margin;
}

/** True at the top of a page, where a requested page break would leave an empty page. */
export const atPageTop = (doc: Doc) => doc.y <= PAGE.margin + 1;

/** A structure element appended to the document's root (for the blocks) or to a parent, ready for content. */
export function element(doc: Doc, type: string, parent?: StructureElement, options: object = {}): StructureElement {
  // pdfkit takes more options than its types list (a table header's scope, a figure's bbox and placement).
  const created = doc.struct(type, options as Parameters<Doc['struct']>[1]);
  if (parent) parent.add(created);
  else doc.addStructure(created);
  return created;
}

/** Draws `draw` as the marked content of a new structure element and closes it. */
export function tagged(
  doc: Doc,
  type: string,
  parent: StructureElement | undefined,
  draw: () => void,
  options: object = {},
) {
  const created = element(doc, type, parent, options);
  created.add(draw);
  created.end();
  return created;
}

/** Draws decoration (rules, fills, repeated headers, page numbers) outside the structure tree. */
export function artifact(doc: Doc, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** The plain text of runs, to measure it. */
export const plain = (runs: readonly Run[]) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
