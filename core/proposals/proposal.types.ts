import type { ProposalKind, ProposalStatus, Visibility } from '../shared/vocabulary.ts';

/** The kinds of record a proposal may refer to, as "<type>:<key>" (e.g. "partnership:lazio"). */
export const proposalSubjectTypes = ['partnership', 'agreement'] as const;
export type ProposalSubjectType = (typeof proposalSubjectTypes)[number];

/** A proposal as submitted. */
export interface ProposalData {
  kind: ProposalKind;
  title: string;
  body: string;
  subjectRef: string | null;
}

/** A stored proposal with who submitted it and its review. */
export interface StoredProposal extends ProposalData {
  id: number;
  submittedByUserId: number;
  status: ProposalStatus;
}

/** The audit entry a use-case asks the store to write with the change. */
export interface ProposalAuditNote {
  action: 'proposal.submit' | 'proposal.accept' | 'proposal.reject';
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

/** What the proposal use-cases need from storage; the db layer implements it inside one transaction. */
export interface ProposalStore {
  /** The record a proposal refers to, with its partnership for the visibility rule; null when unknown. */
  subject(
    type: ProposalSubjectType,
    key: string,
  ): Promise<{ partnership: { visibility: Visibility; leadOrganisationId: number | null } | null } | null>;
  /** The proposal, locked against a concurrent review until the transaction ends. */
  find(id: number): Promise<StoredProposal | null>;
  insert(
    data: ProposalData,
    submittedByUserId: number,
    organisationId: number | null,
    audit: ProposalAuditNote,
  ): Promise<number>;
  review(
    id: number,
    review: { status: 'accepted' | 'rejected'; note: string | null; reviewedByUserId: number | null },
    audit: ProposalAuditNote,
  ): Promise<void>;
}
