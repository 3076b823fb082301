import { and, eq, isNotNull } from 'drizzle-orm';
import type { ResolvedRecord } from '../../core/review/candidate.types.ts';
import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';

/**
 * The record a reference names, as a citation's subject: "agreement:<key>", "activity:<id>",
 * "partnership:<key>" (its start date) or "status:<partnership>:<sequence>"; null when the
 * register has none.
 */
export async function citedRecord(tx: Transaction, ref: string): Promise<ResolvedRecord | null> {
  const [type, ...rest] = ref.split(':');
  const key = rest.join(':');
  if (!key) return null;
  if (type === 'agreement') {
    const [row] = await tx.select({ id: t.agreements.id }).from(t.agreements).where(eq(t.agreements.key, key));
    return row ? { subject: { agreementId: row.id }, organiserId: null } : null;
  }
  if (type === 'activity') {
    if (!/^\d{1,9}$/.test(key)) return null;
    const [row] = await tx
      .select({ id: t.activities.id, organiserId: t.activities.organiserId })
      .from(t.activities)
      .where(eq(t.activities.id, Number(key)));
    return row ? { subject: { activityId: row.id }, organiserId: row.organiserId } : null;
  }
  if (type === 'partnership') {
    const [row] = await tx.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.key, key));
    return row ? { subject: { partnershipId: row.id }, organiserId: null } : null;
  }
  if (type === 'status') {
    const [partnership, sequence] = [rest.slice(0, -1).join(':'), rest.at(-1)];
    if (!partnership || !/^\d{1,6}$/.test(sequence ?? '')) return null;
    const [row] = await tx
      .select({ id: t.partnershipStatusChanges.id })
      .from(t.partnershipStatusChanges)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.partnershipStatusChanges.partnershipId))
      .where(and(eq(t.partnerships.key, partnership), eq(t.partnershipStatusChanges.sequence, Number(sequence))));
    return row ? { subject: { statusChangeId: row.id }, organiserId: null } : null;
  }
  return null;
}

/** The column that holds a subject's id in `citations`. */
function subjectColumn(subject: ResolvedRecord['subject']) {
  if ('agreementId' in subject) return [t.citations.agreementId, subject.agreementId] as const;
  if ('activityId' in subject) return [t.citations.activityId, subject.activityId] as const;
  if ('partnershipId' in subject) return [t.citations.partnershipId, subject.partnershipId] as const;
  return [t.citations.statusChangeId, subject.statusChangeId] as const;
}

/**
 * Gives a conflict's claim the citations of the record it stands for (what the register's
 * statement rests on). A start date is cited by the partnership's citations of that claim.
 */
export async function copyCitations(tx: Transaction, ref: string, conflictClaimId: number): Promise<void> {
  const record = await citedRecord(tx, ref);
  if (!record) return;
  const [column, id] = subjectColumn(record.subject);
  const rows = await tx
    .select({
      sourceDocumentId: t.citations.sourceDocumentId,
      locator: t.citations.locator,
      quote: t.citations.quote,
      claim: t.citations.claim,
    })
    .from(t.citations)
    .where(and(eq(column, id), isNotNull(t.citations.quote)));
  const own = 'partnershipId' in record.subject ? rows.filter((r) => r.claim === 'since') : rows;
  if (own.length) await tx.insert(t.citations).values(own.map((r) => ({ ...r, conflictClaimId })));
}
