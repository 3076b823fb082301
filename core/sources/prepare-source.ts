import { AppError, withCodes, type FieldIssue } from '../shared/errors.ts';
import { readDocument, readPastedText, refuseDocument, type ReadDocument } from './read-document.ts';
import { detectLanguage, SOURCE_ISSUES, sourceInputIssues, titleFromText, type SourceInput } from './source-input.ts';
import type { SourceKind, Visibility } from '../shared/vocabulary.ts';

/** A document read and its metadata checked: ready for `addSourceDocument`. */
export interface PreparedSource {
  document: ReadDocument;
  title: string;
  publisher: string;
  publishedOn: string | null;
  kind: SourceKind;
  url: string | null;
  language: string;
  visibility: Visibility;
}

/** What is submitted: a file, or pasted text, and the metadata. */
export interface SourceSubmission {
  upload?: { fileName: string; content: Uint8Array } | null;
  text?: string | null;
  input: SourceInput;
}

/**
 * Reads the document (a file by its content, or pasted text) and checks its metadata, and
 * refuses everything wrong at once (INVALID_INPUT, each field named with its reason). Where the
 * metadata leaves them out, the title comes from the document and the language from its text.
 * Runs before the transaction: reading a large PDF holds no lock.
 */
export async function prepareSource(submission: SourceSubmission, today: string): Promise<PreparedSource> {
  const hasFile = !!submission.upload && (submission.upload.content.byteLength > 0 || !!submission.upload.fileName);
  const hasText = !!submission.text && submission.text.trim() !== '';
  const issues: FieldIssue[] = [];
  let document: ReadDocument | null = null;
  let refusal: string | null = null;
  try {
    if (hasFile && hasText) throw refuseDocument('both', 'text');
    if (!hasFile && !hasText && !submission.upload) throw refuseDocument('missing', 'file');
    document = hasFile
      ? await readDocument(submission.upload!)
      : readPastedText(submission.text ?? '', submission.upload?.fileName ?? '');
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'INVALID_INPUT') throw error;
    issues.push(...error.issues);
    refusal = error.message;
  }
  const metadata = sourceInputIssues(submission.input, today);
  issues.push(...metadata.issues);
  const language = metadata.parsed?.language || (document ? detectLanguage(document.text) : 'und');
  if (!language) issues.push({ field: 'language', message: SOURCE_ISSUES.undetected });
  if (issues.length || !document || !metadata.parsed) {
    const first = issues[0]!;
    throw new AppError(
      'INVALID_INPUT',
      refusal ?? `${first.field}: ${first.message}`,
      withCodes(SOURCE_ISSUES, issues),
    );
  }
  const parsed = metadata.parsed;
  return {
    document,
    title: parsed.title || titleFromText(document.ownTitle || document.text),
    publisher: parsed.publisher,
    publishedOn: parsed.publishedOn,
    kind: parsed.kind,
    url: parsed.url,
    language: language!,
    visibility: parsed.visibility,
  };
}
