import type { ActivityStore } from '../activities/activity.types.ts';
import type { AgreementStore } from '../agreements/agreement.types.ts';
import type { StatusChangeStore } from '../partnerships/change-partnership-status.ts';
import type { CandidateMatch, CandidateStatus, FactType, Visibility } from '../shared/vocabulary.ts';
import type { ExtractedFact } from '../sources/fact.ts';
import type { RegisterPartnership } from './candidate-comparison.ts';

/** A queued candidate as the review use-cases read it. */
export interface StoredCandidate {
  id: number;
  type: FactType;
  fact: ExtractedFact;
  quote: string;
  quoteAt: number;
  match: CandidateMatch;
  matchRef: string | null;
  /** Key of the partnership it concerns, if any. */
  partnership: string | null;
  /** The organiser it names (or the ministry that added its document): whose editors may review it. */
  organisationId: number | null;
  status: CandidateStatus;
  document: {
    id: number;
    key: string;
    title: string;
    visibility: Visibility;
    organisationId: number | null;
    /** The text the quote and its offset refer to. */
    content: string;
  };
}

/** What a citation of the candidate's document says: where in it, the passage, what it supports. */
export interface CandidateCitation {
  locator: string;
  quote: string;
  claim: string;
}

/** The record a citation supports (exactly one). */
export type CitedSubject =
  { agreementId: number } | { activityId: number } | { partnershipId: number } | { statusChangeId: number };

/** A record of the register named by a reference ("agreement:lazio-2021"), with its owner for the rules. */
export interface ResolvedRecord {
  subject: CitedSubject;
  /** The organising ministry, for activities (a ministry editor merges only into its own). */
  organiserId: number | null;
}

/** The audit entry a review use-case asks the store to write with the decision. */
export interface ReviewAuditNote {
  action: 'review.edit' | 'review.accept' | 'review.merge' | 'review.reject';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** The conflict an accepted `conflict` candidate opens: the register's claim against the document's. */
export interface ConflictDraft {
  partnership: string | null;
  topic: string;
  summary: string;
  registerStatement: string;
  documentStatement: string;
  /** The record whose citations back the register's claim. */
  registerRef: string | null;
}

/**
 * What the review use-cases need from storage; the db layer implements it inside one transaction,
 * with the stores of the agreements, activities and status changes bound to the same transaction,
 * so an acceptance is written through the same use-cases as a hand-made entry, or not at all.
 */
export interface ReviewStore {
  /** The candidate, locked against a concurrent decision until the transaction ends. */
  find(id: number): Promise<StoredCandidate | null>;
  /** The register's partnerships as the comparison reads them for these facts. */
  register(facts: readonly ExtractedFact[]): Promise<RegisterPartnership[]>;
  organisation(ref: string): Promise<{ id: number; key: string } | null>;
  /** The partnership with this key: its id and first partner place (ISO code and German name). */
  partnership(
    key: string,
  ): Promise<{ id: number; key: string; partner: { iso: string | null; name: string } | null } | null>;
  /** The record a reference names; null when the register has none. */
  resolve(ref: string): Promise<ResolvedRecord | null>;
  agreements: AgreementStore;
  activities: ActivityStore;
  statusChanges: StatusChangeStore;
  /** Sets the date since when a partnership exists, with its audit entry (the date before it, too). */
  setPartnershipStart(partnershipId: number, since: string): Promise<void>;
  /** Cites the candidate's document for a record. */
  cite(subject: CitedSubject, documentId: number, citation: CandidateCitation): Promise<void>;
  /** Opens a conflict with both claims, each cited, and its audit entry; returns its key. */
  openConflict(
    draft: ConflictDraft,
    documentId: number,
    citation: CandidateCitation,
    candidateId: number,
  ): Promise<string>;
  /** Stores an edited fact and its new comparison. */
  update(
    id: number,
    change: {
      fact: ExtractedFact;
      match: CandidateMatch;
      matchRef: string | null;
      partnership: string | null;
      organisationId: number | null;
    },
    audit: ReviewAuditNote,
  ): Promise<void>;
  /** Records the decision (accepted, merged, rejected) and its audit entry. */
  decide(
    id: number,
    decision: { status: Exclude<CandidateStatus, 'open'>; result: string | null; reason: string | null },
    audit: ReviewAuditNote,
  ): Promise<void>;
}
