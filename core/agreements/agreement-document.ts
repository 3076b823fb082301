import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../shared/errors.ts';
import { DOCUMENT_MEDIA_TYPES, type DocumentFile } from './agreement.types.ts';
import { isPlainFileName } from '../shared/plain-text.ts';

/** The largest document accepted: 20 MiB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The reasons a document is refused, as stable messages the pages translate. */
export const DOCUMENT_ISSUES = {
  missing: 'choose a file',
  tooLarge: `is larger than the limit of ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`,
  type: 'is neither a PDF nor a Word document (DOCX)',
  extension: 'has a name whose extension does not match its content',
  name: 'has a name that is too long or contains control or invisible characters',
} as const;
export type DocumentIssue = keyof typeof DOCUMENT_ISSUES;

const refuse = (issue: DocumentIssue, detail = '') =>
  new AppError('INVALID_INPUT', `document: ${DOCUMENT_ISSUES[issue]}${detail}`, [
    { field: 'document', code: issue, message: DOCUMENT_ISSUES[issue] },
  ]);

/** The file name without any folder a browser may send ("C:\fakepath\x.pdf"), trimmed. */
export const baseName = (name: string): string => name.split(/[\\/]/).pop()!.trim();

/**
 * Checks an uploaded document by its content, not by what the browser claims: a PDF starts
 * with "%PDF-"; a DOCX is a ZIP whose [Content_Types].xml declares a wordprocessingml document
 * (both recognised by `file-type`). The name's extension must match the content; the size is at
 * most 20 MiB. Returns what is stored, with the SHA-256 of the content.
 */
export async function checkDocumentFile(upload: { fileName: string; content: Uint8Array }): Promise<DocumentFile> {
  const fileName = baseName(upload.fileName);
  const { content } = upload;
  if (content.byteLength === 0 || !fileName) throw refuse('missing');
  if (content.byteLength > MAX_DOCUMENT_BYTES) throw refuse('tooLarge', ` (${content.byteLength} bytes)`);
  if (fileName.length > 255 || !isPlainFileName(fileName)) throw refuse('name');
  const detected = await fileTypeFromBuffer(content);
  const ext = detected?.ext;
  if (ext !== 'pdf' && ext !== 'docx') throw refuse('type', detected ? ` (${detected.mime})` : '');
  if (!fileName.toLowerCase().endsWith(`.${ext}`)) throw refuse('extension', ` (.${ext})`);
  return {
    fileName,
    mediaType: DOCUMENT_MEDIA_TYPES[ext],
    sizeBytes: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

/** The address a stored document of an agreement is downloaded at (the page and the API both link it). */
export const documentHref = (key: string, id: number): string =>
  `/vereinbarungen/${encodeURIComponent(key)}/dokumente/${id}`;
