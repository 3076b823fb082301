import type { SourceKind, Visibility } from '../shared/vocabulary.ts';

/** One change the text repair made, with offsets into the repaired text. */
export interface TextRepair {
  at: number;
  original: string;
  repaired: string;
}

/** What the repair of a text gives back: the text to use, what it changed, and whether the text was damaged. */
export interface RepairOutcome {
  text: string;
  repairs: TextRepair[];
  /** The text showed OCR damage (read from a scan or a damaged text layer). */
  damaged: boolean;
}

/**
 * The OCR-repair seam of the add-document use-case (a port): text in, repaired text out. It is
 * called after the document is stored, in the same transaction; where it changes the text, the
 * document keeps the repaired text as `content` and the text as received as `originalContent`.
 */
export type RepairText = (text: string, document: { language: string }) => RepairOutcome | Promise<RepairOutcome>;

/** The document as stored, as the queue seam reads it (`text` is the repaired text where repaired). */
export interface StoredSourceDocument {
  id: number;
  key: string;
  kind: SourceKind;
  title: string;
  publishedOn: string | null;
  language: string;
  visibility: Visibility;
  organisationId: number | null;
  text: string;
}

/**
 * The extraction seam of the add-document use-case (a port): proposes candidate facts from the
 * stored document and puts them in the review queue, in the same transaction; returns how many.
 */
export type QueueCandidates = (document: StoredSourceDocument) => Promise<number>;

/** The repair that changes nothing, until the OCR repair is wired in. */
export const keepText: RepairText = (text) => ({ text, repairs: [], damaged: false });

/** The queue that proposes nothing, until the extraction is wired in. */
export const queueNothing: QueueCandidates = async () => 0;

/** A document as the use-case asks the store to write it. */
export interface NewSourceDocument {
  key: string;
  fileName: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  publishedOn: string | null;
  language: string;
  content: string;
  sha256: string;
  mediaType: string;
  url: string | null;
  visibility: Visibility;
  organisationId: number | null;
}

/** What the source use-case needs from storage; the db layer implements it inside one transaction. */
export interface SourceStore {
  /** The document already stored with this SHA-256, if any. */
  findBySha256(sha256: string): Promise<{ key: string } | null>;
  keyTaken(key: string): Promise<boolean>;
  /** Writes the document; null when one with the same SHA-256 was stored meanwhile. */
  insert(document: NewSourceDocument): Promise<{ id: number } | null>;
  /** Keeps the repaired text beside the text as received (null: unchanged), and whether the text was damaged. */
  keepRepair(
    id: number,
    repair: { content: string; originalContent: string | null; repairs: TextRepair[]; ocr: boolean },
  ): Promise<void>;
  /** Writes the audit entry of the addition (never the text itself). */
  audit(id: number, after: Record<string, unknown>): Promise<void>;
}
