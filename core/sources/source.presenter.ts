import type { SourceKind, Visibility } from '../shared/vocabulary.ts';
import type { TextRepair } from './source.types.ts';
import { searchTypes, type SearchType } from '../search/facets.ts';
import { recordPath } from '../search/search-results.ts';

/** A document of the library as its list shows it. */
export interface SourceSummary {
  key: string;
  kind: SourceKind;
  title: string;
  publisher: string | null;
  publishedOn: string | null;
  language: string;
  visibility: Visibility;
  url: string | null;
  fileName: string;
  mediaType: string;
  /** SHA-256 of the file as received (of the text, for pasted text). */
  sha256: string;
  /** The text was damaged (OCR) and may have been repaired. */
  ocr: boolean;
  repaired: boolean;
  characters: number;
  addedAt: string;
}

/** What a citation of the document supports: the record, by kind and key, where the reader may see it. */
export interface SourceCitationUse {
  subject: 'partnership' | 'agreement' | 'activity' | 'measure' | 'organisation' | 'criterion' | 'strategy' | 'other';
  ref: string | null;
  label: string | null;
  locator: string;
  quote: string;
  claim: string | null;
}

/** One document with its text, the text as received where it was repaired, and what cites it. */
export interface SourceDetail extends SourceSummary {
  id: number;
  /** The text as used and quoted (repaired where repaired). */
  text: string;
  /** The text as received, where the repair changed it; null otherwise. */
  originalText: string | null;
  repairs: TextRepair[];
  citations: SourceCitationUse[];
  /** The candidate facts the document yielded, by review status. */
  candidates: { open: number; accepted: number; merged: number; rejected: number };
}

/** The page of a cited record, where it has one. */
export function citationPath(use: Pick<SourceCitationUse, 'subject' | 'ref'>): string | null {
  const { subject, ref } = use;
  if (!ref || !(searchTypes as readonly string[]).includes(subject)) return null;
  return recordPath(subject as SearchType, ref);
}

/** The address of a document's page. */
export const sourcePath = (key: string): string => `/quellen/${encodeURIComponent(key)}`;
