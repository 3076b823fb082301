import type { Actor } from '../access/actor.ts';
import { canSeeSource, citableWith } from '../access/source.policy.ts';
import { AppError, type FieldIssue } from '../shared/errors.ts';
import type { Visibility } from '../shared/vocabulary.ts';
import { findPassage, MAX_PASSAGE_RATIO } from './find-passage.ts';

/**
 * The one rule for a fact's source wherever a form or the API asks for one (status changes,
 * agreements and their renewal, activities, measures): a document of the library the user may
 * see, and a passage that really stands in it.
 */

/** The fields a citation is posted in: the document's key, where in it (optional) and the passage. */
export const CITATION_FIELDS = ['source', 'locator', 'quote'] as const;
export type CitationField = (typeof CITATION_FIELDS)[number];
export type CitationInput = Partial<Record<CitationField, string | null>>;

/** A document as far as citing it goes: who may see it and its text (repaired and as received). */
export interface CitableDocument {
  id: number;
  key: string;
  visibility: Visibility;
  organisationId: number | null;
  content: string;
  originalContent: string | null;
  /** Read by OCR: its text may still hold misread letters a correct quote cannot match verbatim. */
  ocr: boolean;
}

/** A checked citation, ready to be stored with its fact. */
export interface CitedPassage {
  sourceDocumentId: number;
  /** Who may read the document, for the rule that a record cites nothing its readers may not read. */
  document: { visibility: Visibility; organisationId: number | null };
  source: string;
  locator: string;
  quote: string;
}

/** One document in a source picker. */
export interface SourceChoice {
  key: string;
  title: string;
  publishedOn: string | null;
}

/** Looks a document up by its key (any visibility; the rule decides what the user may cite). */
export type FindCitableDocument = (key: string) => Promise<CitableDocument | null>;

/** Stable refusals of a citation; pages word them by code (`citeErr_<code>`). */
export const CITATION_ISSUES = {
  sourceRequired: 'Name the library document the fact rests on.',
  unknownSource: 'Choose a document of the library that you may see.',
  quoteRequired: 'Quote the passage the fact rests on.',
  notInDocument: 'The passage does not occur in the document.',
  tooLong: 'The text is too long.',
  lessVisible: 'Not everyone who may see the record may read this document.',
} as const;
export type CitationIssue = keyof typeof CITATION_ISSUES;

const issue = (field: CitationField, code: CitationIssue): FieldIssue => ({
  field,
  code,
  message: CITATION_ISSUES[code],
});

const MAX = { source: 200, locator: 500, quote: 5000 } as const;

/** Runs of white space (line breaks of a PDF, double spaces) count as one space. */
export const normaliseWhitespace = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/**
 * Whether the passage stands in the document: in its repaired text or in the text as received,
 * white space normalised. A text read by OCR may keep misread letters ("Prifung" for "Prüfung")
 * that a correct quote cannot match verbatim; there the quote may differ as little as the
 * review queue allows (`findPassage`), and no more.
 */
export function passageOccurs(
  document: Pick<CitableDocument, 'content' | 'originalContent' | 'ocr'>,
  quote: string,
): boolean {
  const passage = normaliseWhitespace(quote);
  if (!passage) return false;
  const texts = [document.content, document.originalContent].filter((text): text is string => text !== null);
  if (texts.some((text) => normaliseWhitespace(text).includes(passage))) return true;
  return document.ocr && texts.some((text) => findPassage(text, passage).ratio <= MAX_PASSAGE_RATIO);
}

/** Whether the form or request names a citation at all (a document or a passage). */
export const citationGiven = (input: CitationInput | null | undefined): boolean =>
  Boolean(input && (input.source?.trim() || input.quote?.trim()));

/**
 * Checks a citation: the document exists and the actor may see it (an unknown and a hidden one
 * get the same answer, so a hidden document's existence does not leak); the passage is not
 * blank and occurs in the document's text. Where the citation is optional, an empty one gives
 * null; once a document is chosen the passage is required. Returns the issues to refuse with
 * (to join the fact's own) or the citation to store.
 */
export async function checkCitation(
  find: FindCitableDocument,
  actor: Actor,
  input: CitationInput | null | undefined,
  options: { required: boolean },
): Promise<{ cited: CitedPassage | null; issues: FieldIssue[] }> {
  const source = (input?.source ?? '').trim();
  const locator = (input?.locator ?? '').trim();
  const quote = (input?.quote ?? '').trim();
  if (!options.required && !citationGiven(input)) return { cited: null, issues: [] };
  const issues: FieldIssue[] = [];
  if (locator.length > MAX.locator) issues.push(issue('locator', 'tooLong'));
  if (quote.length > MAX.quote) issues.push(issue('quote', 'tooLong'));
  else if (!quote) issues.push(issue('quote', 'quoteRequired'));
  if (!source) return { cited: null, issues: [issue('source', 'sourceRequired'), ...issues] };
  const document = source.length > MAX.source ? null : await find(source);
  if (!document || !canSeeSource(actor, document))
    return { cited: null, issues: [issue('source', 'unknownSource'), ...issues] };
  if (issues.length) return { cited: null, issues };
  if (!passageOccurs(document, quote)) return { cited: null, issues: [issue('quote', 'notInDocument')] };
  const { visibility, organisationId } = document;
  return {
    cited: {
      sourceDocumentId: document.id,
      document: { visibility, organisationId },
      source: document.key,
      locator,
      quote,
    },
    issues: [],
  };
}

/** `checkCitation` for a write whose only other checks are done: refuses with INVALID_INPUT naming the field. */
export async function requireCitation(
  find: FindCitableDocument,
  actor: Actor,
  input: CitationInput | null | undefined,
  options: { required: boolean },
): Promise<CitedPassage | null> {
  const { cited, issues } = await checkCitation(find, actor, input, options);
  if (issues.length) throw new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
  return cited;
}

/**
 * A record everyone may read. Agreements and status changes are shown wherever their
 * partnership is, and the register's partnerships are public; the strategy's measures are too.
 */
export const PUBLIC_RECORD = { visibility: 'public', ownerOrganisationId: null } as const;

/**
 * Refuses a citation whose document some readers of the record may not read: the passage is
 * shown with the record, so a public activity cannot quote an internal memo.
 */
export function requireCitableWith(
  cited: CitedPassage | null,
  record: { visibility: Visibility; ownerOrganisationId: number | null },
): void {
  if (cited && !citableWith(cited.document, record))
    throw new AppError('INVALID_INPUT', `source: ${CITATION_ISSUES.lessVisible}`, [issue('source', 'lessVisible')]);
}

/** A citation as the audit entry records it: the document's key, the locator and the passage. */
export const auditedCitation = (cited: CitedPassage | null | undefined) =>
  cited ? { source: cited.source, locator: cited.locator, quote: cited.quote } : undefined;

/**
 * Runs a fact's own checks (which write nothing) with the citation's refusals joined to theirs,
 * so a form shows every refusal at once; refuses with the citation's alone when the fact is fine.
 */
export async function withCitationIssues<T>(
  citationIssues: readonly FieldIssue[],
  check: () => Promise<T>,
): Promise<T> {
  let result: T;
  try {
    result = await check();
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_INPUT' && citationIssues.length)
      throw new AppError('INVALID_INPUT', error.message, [...error.issues, ...citationIssues]);
    throw error;
  }
  if (citationIssues.length)
    throw new AppError('INVALID_INPUT', `${citationIssues[0]!.field}: ${citationIssues[0]!.message}`, [
      ...citationIssues,
    ]);
  return result;
}
