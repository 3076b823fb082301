import type { CitedPassage, FindCitableDocument } from '../sources/cite.ts';
import type { AgreementKind } from '../shared/vocabulary.ts';

/** A signatory as the register states it. */
export interface SignatoryData {
  name: string;
  role: string;
  side: 'saxony' | 'partner';
}

/** An agreement as the register states it, every reference by its key (what the audit log records). */
export interface AgreementData {
  key: string;
  kind: AgreementKind;
  title: string;
  partnership: string | null;
  signedOn: string | null;
  /** Key of the place of signing. */
  signedAt: string | null;
  termMonths: number | null;
  /** Signing date plus term, or the end date the document states. */
  expiresOn: string | null;
  /** Key of the agreement this one renews. */
  renews: string | null;
  signatories: SignatoryData[];
}

/** The ids behind the keys of an agreement, as the store writes them. */
export interface AgreementIds {
  partnershipId: number | null;
  signedAtPlaceId: number | null;
  renewsAgreementId: number | null;
}

/** A stored agreement: its data, its id and the key of the agreement renewing it, if any. */
export type StoredAgreement = AgreementData & { id: number; partnershipId: number | null; renewedBy: string | null };

/** A checked document file, ready to be stored (the content is never written to the audit log). */
export interface DocumentFile {
  fileName: string;
  mediaType: DocumentMediaType;
  sizeBytes: number;
  sha256: string;
  content: Uint8Array;
}
export const DOCUMENT_MEDIA_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[keyof typeof DOCUMENT_MEDIA_TYPES];

/** The audit entry a use-case asks the store to write with the change. */
export interface AgreementAuditNote {
  action: 'agreement.create' | 'agreement.renew' | 'agreement.document.attach';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** A renewal is also entered in its predecessor's history. */
  predecessor?: { id: number; before: Record<string, unknown>; after: Record<string, unknown> };
}

type Resolved = { id: number; key: string } | null;

/** What the agreement use-cases need from storage; the db layer implements it inside one transaction. */
export interface AgreementStore {
  partnership(ref: string): Promise<Resolved>;
  place(ref: string): Promise<Resolved>;
  /** The agreement with this key, locked against concurrent renewals until the transaction ends. */
  find(key: string): Promise<StoredAgreement | null>;
  keyTaken(key: string): Promise<boolean>;
  /** A library document by its key, for the citation rule. */
  citableDocument: FindCitableDocument;
  /** Writes a new agreement with its signatories, its citation (if any) and the audit entry; returns its id. */
  insert(
    data: AgreementData,
    ids: AgreementIds,
    audit: AgreementAuditNote,
    cited?: CitedPassage | null,
  ): Promise<number>;
  /** Stores a document of the agreement and writes the audit entry; returns the document's id. */
  attachDocument(agreementId: number, file: DocumentFile, audit: AgreementAuditNote): Promise<number>;
}
