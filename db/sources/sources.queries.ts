import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { sourceVisibleTo } from '../../core/access/source.policy.ts';
import { audienceOf } from '../../core/access/visibility.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { SourceDetail, SourceSummary } from '../../core/sources/source.presenter.ts';
import { SOURCE_PAGE_SIZE, type SourceFilter } from '../../core/sources/source-list.ts';
import type { TextRepair } from '../../core/sources/source.types.ts';
import type { Executor } from '../client.ts';
import { factCandidates, sourceDocuments as d } from '../schema.ts';
import { audienceSql } from '../shared/visible-records.queries.ts';
import { sourceCitationUses } from './source-citations.queries.ts';

const summaryColumns = {
  id: d.id,
  key: d.key,
  kind: d.kind,
  title: d.title,
  publisher: d.publisher,
  publishedOn: d.publishedOn,
  language: d.language,
  visibility: d.visibility,
  organisationId: d.organisationId,
  url: d.url,
  fileName: d.fileName,
  mediaType: d.mediaType,
  sha256: d.sha256,
  ocr: d.ocr,
  repaired: sql<boolean>`${d.originalContent} is not null`,
  characters: sql<number>`length(${d.content})::int`,
  addedAt: d.createdAt,
};

type SummaryRow = Omit<SourceSummary, 'addedAt' | 'publisher'> & {
  id: number;
  publisher: string;
  organisationId: number | null;
  addedAt: Date;
};

const toSummary = (row: SummaryRow): SourceSummary => {
  const { id: _id, organisationId: _org, addedAt, publisher, ...rest } = row;
  return { ...rest, publisher: publisher || null, addedAt: addedAt.toISOString() };
};

/** Who may see a document, said in SQL (the same answer as `canSeeSource`). */
const visibleSql = (actor: Actor): SQL | undefined =>
  audienceSql(audienceOf(actor), { visibility: d.visibility, owner: d.organisationId });

/**
 * One page of the documents the actor may see, newest publication first, narrowed by kind, year
 * of publication and words of the title or text; with the total the filters leave (counted
 * among the visible documents only).
 */
export async function findVisibleSources(
  db: Executor,
  actor: Actor,
  filter: SourceFilter,
  pageSize = SOURCE_PAGE_SIZE,
): Promise<{ rows: SourceSummary[]; total: number; page: number; pages: number }> {
  const where = and(
    visibleSql(actor),
    filter.kind ? eq(d.kind, filter.kind) : undefined,
    filter.year ? sql`left(${d.publishedOn}, 4) = ${filter.year}` : undefined,
    filter.q
      ? sql`(${d.search} @@ websearch_to_tsquery('german', ${filter.q}) or ${d.title} ilike ${`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`})`
      : undefined,
  );
  const [{ n }] = (await db.select({ n: count() }).from(d).where(where)) as [{ n: number }];
  const pages = Math.max(1, Math.ceil(n / pageSize));
  const page = Math.min(Math.max(1, filter.page), pages);
  const rows = (await db
    .select(summaryColumns)
    .from(d)
    .where(where)
    .orderBy(sql`${d.publishedOn} desc nulls last`, desc(d.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)) as SummaryRow[];
  return { rows: rows.filter(sourceVisibleTo(actor)).map(toSummary), total: Number(n), page, pages };
}

/** The years of publication among the documents the actor may see, newest first (for the filter). */
export async function visibleSourceYears(db: Executor, actor: Actor): Promise<string[]> {
  const year = sql<string>`left(${d.publishedOn}, 4)`;
  const rows = await db
    .selectDistinct({ year })
    .from(d)
    .where(and(visibleSql(actor), sql`${d.publishedOn} is not null`))
    .orderBy(desc(year));
  return rows.map((r) => r.year);
}

/** One document with its text, repairs, the citations that use it and its candidates; NOT_FOUND for one the actor may not see. */
export async function getVisibleSource(db: Executor, actor: Actor, key: string): Promise<SourceDetail> {
  const [row] = await db
    .select({
      ...summaryColumns,
      text: d.content,
      originalText: d.originalContent,
      repairs: d.repairs,
    })
    .from(d)
    .where(eq(d.key, key));
  if (!row || !sourceVisibleTo(actor)(row)) throw notFound('Source document', key);
  const counts = await db
    .select({ status: factCandidates.status, n: count() })
    .from(factCandidates)
    .where(eq(factCandidates.sourceDocumentId, row.id))
    .groupBy(factCandidates.status);
  const candidates = { open: 0, accepted: 0, merged: 0, rejected: 0 };
  for (const c of counts) candidates[c.status] = Number(c.n);
  const { text, originalText, repairs, ...summary } = row;
  return {
    ...toSummary(summary as SummaryRow),
    id: row.id,
    text,
    originalText,
    repairs: repairs as TextRepair[],
    citations: await sourceCitationUses(db, actor, row.id),
    candidates,
  };
}

/** The number of documents the actor may see (the counts never include what they may not see). */
export async function countVisibleSources(db: Executor, actor: Actor): Promise<number> {
  const [{ n }] = (await db.select({ n: count() }).from(d).where(visibleSql(actor))) as [{ n: number }];
  return Number(n);
}
