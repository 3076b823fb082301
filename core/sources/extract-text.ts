import { convert } from 'html-to-text';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import type { ReadIssue } from './read-document.ts';

/** A document the readers refuse for a reason the library names (encrypted, damaged). */
export class ExtractionRefused extends Error {
  readonly issue: ReadIssue;
  constructor(issue: ReadIssue) {
    super(issue);
    this.issue = issue;
  }
}

/**
 * The text layer of a PDF, page after page (unpdf, on pdf.js). pdf.js loads no fonts and runs
 * no scripts; the document's bytes are all it reads. An encrypted PDF that needs a
 * password, or one pdf.js cannot parse, is refused; an image-only PDF yields no text.
 */
export async function extractPdf(content: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may detach the buffer it is given: it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(content), {
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      // Errors only: pdf.js's warnings about a damaged file would go to the console.
      verbosity: 0,
    });
  } catch (error) {
    const name = (error as { name?: string }).name;
    throw new ExtractionRefused(name === 'PasswordException' ? 'encrypted' : 'unreadable');
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.trim()).join('\n\n');
  } catch {
    throw new ExtractionRefused('unreadable');
  } finally {
    await pdf.cleanup();
    void pdf.loadingTask.destroy();
  }
}

/**
 * The text of a Word document (mammoth): paragraphs one to a line. Mammoth reads the document's
 * XML only: macros never run, and linked files or images are not fetched.
 */
export async function extractDocx(content: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.extractRawText({
      buffer: Buffer.from(content.buffer, content.byteOffset, content.byteLength),
    });
    return result.value.replace(/\n{3,}/g, '\n\n');
  } catch {
    throw new ExtractionRefused('unreadable');
  }
}

const SKIPPED = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'img', 'nav', 'form'];

/**
 * The readable text of an HTML page (html-to-text on htmlparser2): scripts, styles, embedded
 * objects, images, navigation and forms are dropped; links keep their text, not their address;
 * nothing the page refers to is fetched. Also the page's own <title>.
 */
export function extractHtml(html: string): { text: string; title: string | null } {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
  const title = convert(html, { wordwrap: false, baseElements: { selectors: ['title'], returnDomByDefault: false } })
    .replace(/\s+/g, ' ')
    .trim();
  return { text, title: title || null };
}
