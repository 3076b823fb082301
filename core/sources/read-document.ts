import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { baseName, MAX_DOCUMENT_BYTES } from '../agreements/agreement-document.ts';
import { AppError } from '../shared/errors.ts';
import { extractDocx, extractHtml, extractPdf, ExtractionRefused } from './extract-text.ts';
import { isPlainFileName } from '../shared/plain-text.ts';

/** The largest text a document may yield (characters): twenty times the International Strategy's length is still far below it. */
export const MAX_TEXT_CHARS = 2_000_000;
/** The largest file a source document may be (the same limit as an agreement's document: 20 MiB). */
export const MAX_SOURCE_BYTES = MAX_DOCUMENT_BYTES;

/** The reasons a document is refused, as stable messages the pages translate. */
export const READ_ISSUES = {
  missing: 'choose a file or paste the text',
  both: 'give either a file or a pasted text, not both',
  tooLarge: `is larger than the limit of ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
  type: 'is not a PDF, a Word document (DOCX), an HTML page or plain text',
  extension: 'has a name whose extension does not match its content',
  name: 'has a name that is too long or contains control or invisible characters',
  encoding: 'is not text in UTF-8 (or contains control characters)',
  encrypted: 'is an encrypted PDF: its text cannot be read',
  noTextLayer: 'is a PDF without a text layer (a scan of images): run OCR on it first',
  unreadable: 'cannot be read: the file is damaged',
  empty: 'contains no text',
  textTooLong: `yields more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters of text`,
} as const;
export type ReadIssue = keyof typeof READ_ISSUES;

/** What the library reads a document as. */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'text';

export const SOURCE_MEDIA_TYPES: Record<DocumentFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
};

const FORMAT_NAMES: Record<DocumentFormat, string> = {
  pdf: 'a PDF',
  docx: 'a Word document',
  html: 'an HTML page',
  text: 'plain text',
};

/** The extensions a file's name may have for each format (or none at all). */
const EXTENSIONS: Record<DocumentFormat, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  html: ['html', 'htm', 'xhtml'],
  text: ['txt', 'text', 'md'],
};

/** A document read: its text, and what the library stores about the file. */
export interface ReadDocument {
  fileName: string;
  format: DocumentFormat;
  mediaType: string;
  /** SHA-256 of the file as received; for pasted text, of the text (UTF-8, line breaks as \n, trimmed). */
  sha256: string;
  text: string;
  /** The title the document gives itself (an HTML page's <title>), if any. */
  ownTitle: string | null;
}

/** A refusal of the file or the pasted text, naming the field and the file. */
export function refuseDocument(issue: ReadIssue, field: 'file' | 'text', fileName = '', detail = ''): AppError {
  const what = fileName ? `"${fileName}" ` : '';
  return new AppError('INVALID_INPUT', `${field}: ${what}${READ_ISSUES[issue]}${detail}`, [
    { field, message: READ_ISSUES[issue], code: issue },
  ]);
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Text as the library keeps it: no byte-order mark, line breaks as \n, composed Unicode (NFC). */
export const normaliseText = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');

/** Control characters other than tab and line breaks: a sign of a binary file read as text. */
const CONTROL = /[^\P{Cc}\t\n\r\f]/u;

function decodeUtf8(content: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    return CONTROL.test(text) ? null : text;
  } catch {
    return null;
  }
}

/** Whether a text is an HTML page rather than plain text (by its start, as browsers sniff it). */
export function looksLikeHtml(text: string): boolean {
  const head = text
    .replace(/^\uFEFF/, '')
    .slice(0, 1024)
    .trimStart();
  return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]/i.test(head);
}

function finish(field: 'file' | 'text', fileName: string, text: string) {
  const clean = normaliseText(text).trim();
  if (!clean) throw refuseDocument('empty', field, fileName);
  if (clean.length > MAX_TEXT_CHARS) throw refuseDocument('textTooLong', field, fileName);
  return clean;
}

/**
 * Reads an uploaded document by its content, never by its name or the type the sender claims:
 * a PDF (its text layer, through unpdf), a DOCX (through mammoth: no macros run, nothing
 * fetched), an HTML page (through html-to-text: scripts and styles dropped, nothing fetched) or
 * UTF-8 plain text. The name's extension, where it has one, must fit the content. At most
 * 20 MiB; an encrypted or image-only PDF, an empty text or one over the text limit is refused
 * with the file's name and the reason.
 */
export async function readDocument(upload: { fileName: string; content: Uint8Array }): Promise<ReadDocument> {
  const fileName = baseName(upload.fileName);
  const { content } = upload;
  if (content.byteLength === 0) throw refuseDocument(fileName ? 'empty' : 'missing', 'file', fileName);
  if (content.byteLength > MAX_SOURCE_BYTES)
    throw refuseDocument('tooLarge', 'file', fileName, ` (${content.byteLength} bytes)`);
  if (fileName.length > 255 || !isPlainFileName(fileName)) throw refuseDocument('name', 'file');
  const detected = await fileTypeFromBuffer(content);
  let format: DocumentFormat;
  let decoded: string | null = null;
  if (detected?.ext === 'pdf' || detected?.ext === 'docx') format = detected.ext;
  else if (detected) throw refuseDocument('type', 'file', fileName, ` (${detected.mime})`);
  else {
    decoded = decodeUtf8(content);
    if (decoded === null) throw refuseDocument('encoding', 'file', fileName);
    format = looksLikeHtml(decoded) ? 'html' : 'text';
  }
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (extension && !EXTENSIONS[format].includes(extension))
    throw refuseDocument('extension', 'file', fileName, ` (the content is ${FORMAT_NAMES[format]})`);
  let text: string;
  let ownTitle: string | null = null;
  try {
    if (format === 'pdf') text = await extractPdf(content);
    else if (format === 'docx') text = await extractDocx(content);
    else if (format === 'html') ({ text, title: ownTitle } = extractHtml(decoded!));
    else text = decoded!;
  } catch (error) {
    if (error instanceof ExtractionRefused) throw refuseDocument(error.issue, 'file', fileName);
    throw error;
  }
  if (format === 'pdf' && !text.trim()) throw refuseDocument('noTextLayer', 'file', fileName);
  return {
    fileName,
    format,
    mediaType: SOURCE_MEDIA_TYPES[format],
    sha256: sha256(content),
    text: finish('file', fileName, text),
    ownTitle,
  };
}

/** Reads pasted text (as a form or the command line's standard input gives it). */
export function readPastedText(pasted: string, fileName = ''): ReadDocument {
  const normalised = normaliseText(pasted);
  if (!normalised.trim()) throw refuseDocument(fileName ? 'empty' : 'missing', 'text', fileName);
  if (CONTROL.test(normalised)) throw refuseDocument('encoding', 'text', fileName);
  if (looksLikeHtml(normalised)) {
    const { text, title } = extractHtml(normalised);
    return {
      fileName,
      format: 'html',
      mediaType: SOURCE_MEDIA_TYPES.html,
      sha256: sha256(normalised.trim()),
      text: finish('text', fileName, text),
      ownTitle: title,
    };
  }
  const text = finish('text', fileName, normalised);
  return { fileName, format: 'text', mediaType: SOURCE_MEDIA_TYPES.text, sha256: sha256(text), text, ownTitle: null };
}
