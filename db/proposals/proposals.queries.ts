import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ProposalStatus } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

const submitter = alias(t.users, 'submitter');
const reviewer = alias(t.users, 'reviewer');

const columns = {
  id: t.proposals.id,
  kind: t.proposals.kind,
  title: t.proposals.title,
  body: t.proposals.body,
  subjectRef: t.proposals.subjectRef,
  status: t.proposals.status,
  reviewNote: t.proposals.reviewNote,
  reviewedAt: t.proposals.reviewedAt,
  createdAt: t.proposals.createdAt,
  submittedByUserId: t.proposals.submittedByUserId,
  submittedBy: submitter.displayName,
  organisation: t.organisations.name,
  reviewedBy: reviewer.displayName,
};

const select = (db: Executor) =>
  db
    .select(columns)
    .from(t.proposals)
    .innerJoin(submitter, eq(submitter.id, t.proposals.submittedByUserId))
    .leftJoin(reviewer, eq(reviewer.id, t.proposals.reviewedByUserId))
    .leftJoin(t.organisations, eq(t.organisations.id, t.proposals.organisationId));

const shape = (r: Awaited<ReturnType<typeof select>>[number]) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
});

/** Proposals, newest first: one user's own, or all of one review status (for the coordinators). */
export async function findProposals(db: Executor, filter: { submittedByUserId?: number; status?: ProposalStatus }) {
  const where: SQL[] = [];
  if (filter.submittedByUserId !== undefined) where.push(eq(t.proposals.submittedByUserId, filter.submittedByUserId));
  if (filter.status) where.push(eq(t.proposals.status, filter.status));
  const rows = await select(db)
    .where(and(...where))
    .orderBy(desc(t.proposals.createdAt), desc(t.proposals.id));
  return rows.map(shape);
}
export type ProposalRow = Awaited<ReturnType<typeof findProposals>>[number];

/** One proposal with submitter and reviewer; null when there is none. */
export async function getProposal(db: Executor, id: number) {
  const [row] = await select(db).where(eq(t.proposals.id, id));
  return row ? shape(row) : null;
}

/** The activity an accepted proposal became, as its acceptance recorded it; null for any other. */
export async function proposalActivity(db: Executor, id: number) {
  const [row] = await db
    .select({ activity: sql<string | null>`${t.auditLog.after} ->> 'activity'` })
    .from(t.auditLog)
    .where(
      and(
        eq(t.auditLog.entityType, 'proposal'),
        eq(t.auditLog.entityId, String(id)),
        eq(t.auditLog.action, 'proposal.accept'),
      ),
    )
    .orderBy(desc(t.auditLog.id))
    .limit(1);
  if (!row?.activity || !/^\d+$/.test(row.activity)) return null;
  const [activity] = await db
    .select({
      id: t.activities.id,
      title: t.activities.title,
      visibility: t.activities.visibility,
      organiserId: t.activities.organiserId,
    })
    .from(t.activities)
    .where(eq(t.activities.id, Number(row.activity)));
  return activity ?? null;
}
