import { eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Citation } from '../../core/sources/citation.ts';
import type { Executor } from '../client.ts';
import { citations, sourceDocuments } from '../schema.ts';

/** Citations of many subjects at once, grouped by subject id (one query). */
export async function citationsBySubject(
  db: Executor,
  column: PgColumn,
  ids: number[],
): Promise<Map<number, Citation[]>> {
  const out = new Map<number, Citation[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      subjectId: column,
      source: sourceDocuments.key,
      sourceTitle: sourceDocuments.title,
      sourceFile: sourceDocuments.fileName,
      publishedOn: sourceDocuments.publishedOn,
      locator: citations.locator,
      quote: citations.quote,
      claim: citations.claim,
      sourcePublic: sql<boolean>`${sourceDocuments.visibility} = 'public'`,
    })
    .from(citations)
    .innerJoin(sourceDocuments, eq(sourceDocuments.id, citations.sourceDocumentId))
    .where(inArray(column, ids))
    .orderBy(citations.id);
  for (const { subjectId, ...citation } of rows) {
    const list = out.get(subjectId as number) ?? [];
    list.push(citation);
    out.set(subjectId as number, list);
  }
  return out;
}
