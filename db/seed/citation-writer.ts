import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import type { CitationInput } from './files.schemas.ts';

export type Subject = Partial<
  Record<
    | 'strategyVersionId'
    | 'goalId'
    | 'instrumentId'
    | 'measureId'
    | 'focusDesignationId'
    | 'organisationId'
    | 'partnershipId'
    | 'statusChangeId'
    | 'agreementId'
    | 'workingGroupId'
    | 'activityId'
    | 'conflictClaimId',
    number
  >
>;

/** Inserts citations; shared by every part of the seed. */
export class CitationWriter {
  private readonly rows: (typeof t.citations.$inferInsert)[] = [];
  private readonly sourceIds: Map<string, number>;
  constructor(sourceIds: Map<string, number>) {
    this.sourceIds = sourceIds;
  }
  add(subject: Subject, citation: CitationInput) {
    this.rows.push({
      ...subject,
      sourceDocumentId: this.sourceIds.get(citation.source)!,
      locator: citation.locator,
      quote: citation.quote,
      claim: citation.claim ?? null,
    });
  }
  async flush(tx: Transaction) {
    for (let i = 0; i < this.rows.length; i += 500) await tx.insert(t.citations).values(this.rows.slice(i, i + 500));
    this.rows.length = 0;
  }
}

/** Key → id map of freshly inserted rows. */
export const byKey = <R extends { id: number; key: string | null }>(rows: R[]) =>
  new Map(rows.map((r) => [r.key!, r.id]));
