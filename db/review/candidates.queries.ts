import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { canReviewCandidate } from '../../core/access/review.policy.ts';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { CandidateMatch, CandidateStatus, FactType } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** What the queue is filtered by; every filter is optional. */
export interface CandidateFilter {
  status?: CandidateStatus | undefined;
  source?: string | undefined;
  partnership?: string | undefined;
  type?: FactType | undefined;
  match?: CandidateMatch | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

const columns = {
  id: t.factCandidates.id,
  type: t.factCandidates.type,
  fact: t.factCandidates.fact,
  quote: t.factCandidates.quote,
  quoteAt: t.factCandidates.quoteAt,
  confidence: t.factCandidates.confidence,
  match: t.factCandidates.match,
  matchRef: t.factCandidates.matchRef,
  status: t.factCandidates.status,
  result: t.factCandidates.result,
  reason: t.factCandidates.reason,
  decidedAt: t.factCandidates.decidedAt,
  createdAt: t.factCandidates.createdAt,
  organisationId: t.factCandidates.organisationId,
  source: t.sourceDocuments.key,
  sourceTitle: t.sourceDocuments.title,
  sourcePublishedOn: t.sourceDocuments.publishedOn,
  sourceVisibility: t.sourceDocuments.visibility,
  sourceOrganisationId: t.sourceDocuments.organisationId,
  partnership: t.partnerships.key,
  partnershipName: t.partnerships.name,
  partnershipNameEn: t.partnerships.nameEn,
};

const select = (db: Executor) =>
  db
    .select(columns)
    .from(t.factCandidates)
    .innerJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.factCandidates.sourceDocumentId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.factCandidates.partnershipId));

type Row = Awaited<ReturnType<typeof select>>[number];

const visibleTo = (actor: Actor) => (r: Row) =>
  canReviewCandidate(actor, {
    type: r.type,
    organisationId: r.organisationId,
    document: { visibility: r.sourceVisibility, organisationId: r.sourceOrganisationId },
  });

const shape = ({ sourceVisibility: _v, sourceOrganisationId: _o, organisationId: _g, ...r }: Row) => ({
  ...r,
  fact: r.fact as ExtractedFact,
  confidence: r.confidence / 100,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});
export type CandidateRow = ReturnType<typeof shape>;

/** How many candidates of each group (document or partnership) the actor may review, and how many of them are open. */
function groups(rows: Row[], keyOf: (r: Row) => string | null, nameOf: (r: Row) => string) {
  const out = new Map<string, { key: string; name: string; open: number; total: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const g = out.get(key) ?? { key, name: nameOf(r), open: 0, total: 0 };
    g.total++;
    if (r.status === 'open') g.open++;
    out.set(key, g);
  }
  return [...out.values()].sort((a, b) => b.open - a.open || a.name.localeCompare(b.name, 'de'));
}

/**
 * The review queue as the actor may see it (candidates of documents they may not see, and
 * those not theirs to review, are neither listed nor counted): one page of candidates, newest
 * document first, the total, and the counts by status, by document and by partnership.
 */
export async function findCandidates(db: Executor, actor: Actor, filter: CandidateFilter = {}) {
  const where: SQL[] = [];
  if (filter.type) where.push(eq(t.factCandidates.type, filter.type));
  if (filter.match) where.push(eq(t.factCandidates.match, filter.match));
  const all = (
    await select(db)
      .where(and(...where))
      .orderBy(desc(t.sourceDocuments.id), asc(t.factCandidates.quoteAt), asc(t.factCandidates.id))
  ).filter(visibleTo(actor));
  const bySource = groups(
    all,
    (r) => r.source,
    (r) => r.sourceTitle,
  );
  const byPartnership = groups(
    all,
    (r) => r.partnership,
    (r) => r.partnershipName ?? '',
  );
  const counts = { open: 0, accepted: 0, merged: 0, rejected: 0 } satisfies Record<CandidateStatus, number>;
  const filtered = all.filter(
    (r) =>
      (!filter.source || r.source === filter.source) && (!filter.partnership || r.partnership === filter.partnership),
  );
  for (const r of filtered) counts[r.status]++;
  const rows = filtered.filter((r) => !filter.status || r.status === filter.status);
  const pageSize = Math.min(Math.max(filter.pageSize ?? 50, 1), 500);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(filter.page ?? 1, 1), pages);
  return {
    items: rows.slice((page - 1) * pageSize, page * pageSize).map(shape),
    total: rows.length,
    page,
    pages,
    pageSize,
    counts,
    bySource,
    byPartnership,
  };
}
export type CandidateQueue = Awaited<ReturnType<typeof findCandidates>>;

/** One candidate with its document's text (for the passage in context), if the actor may review it; null otherwise. */
export async function getCandidate(db: Executor, actor: Actor, id: number) {
  const [row] = await select(db).where(eq(t.factCandidates.id, id));
  if (!row || !visibleTo(actor)(row)) return null;
  const [document] = await db
    .select({ content: t.sourceDocuments.content, fileName: t.sourceDocuments.fileName })
    .from(t.sourceDocuments)
    .where(eq(t.sourceDocuments.key, row.source));
  const [organiser] = row.organisationId
    ? await db
        .select({ key: t.organisations.key, name: t.organisations.name })
        .from(t.organisations)
        .where(eq(t.organisations.id, row.organisationId))
    : [];
  return { ...shape(row), sourceText: document!.content, organiser: organiser ?? null };
}
export type CandidateDetail = NonNullable<Awaited<ReturnType<typeof getCandidate>>>;
