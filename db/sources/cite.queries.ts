import { and, desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { sourceVisibleTo } from '../../core/access/source.policy.ts';
import { audienceOf } from '../../core/access/visibility.ts';
import type { CitableDocument, CitedPassage, FindCitableDocument, SourceChoice } from '../../core/sources/cite.ts';
import type { Executor } from '../client.ts';
import { citations, sourceDocuments as d } from '../schema.ts';
import { audienceSql } from '../shared/visible-records.queries.ts';

/** A document of the library by its key, with its text, for the citation rule to check. */
export function citableDocuments(db: Executor): FindCitableDocument {
  return async (key: string): Promise<CitableDocument | null> => {
    const [row] = await db
      .select({
        id: d.id,
        key: d.key,
        visibility: d.visibility,
        organisationId: d.organisationId,
        content: d.content,
        originalContent: d.originalContent,
        ocr: d.ocr,
      })
      .from(d)
      .where(eq(d.key, key));
    return row ?? null;
  };
}

/** How many documents the picker lists: the most recent ones, or the best of a search. */
export const SOURCE_CHOICES = 25;

/**
 * The documents a picker offers the actor: only those they may see; with search words those
 * whose title, key or text match, else the most recently added. The chosen document stays in
 * the list (if the actor may see it), so a re-shown form keeps its choice.
 */
export async function sourceChoices(
  db: Executor,
  actor: Actor,
  options: { q?: string; selected?: string } = {},
): Promise<SourceChoice[]> {
  const q = options.q?.trim().slice(0, 200) ?? '';
  const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  const columns = {
    key: d.key,
    title: d.title,
    publishedOn: d.publishedOn,
    visibility: d.visibility,
    organisationId: d.organisationId,
  };
  const visible = audienceSql(audienceOf(actor), { visibility: d.visibility, owner: d.organisationId });
  const rows = await db
    .select(columns)
    .from(d)
    .where(
      and(
        visible,
        q
          ? sql`(${d.title} ilike ${like} or ${d.key} ilike ${like} or ${d.search} @@ websearch_to_tsquery('german', ${q}))`
          : undefined,
      ),
    )
    .orderBy(desc(d.createdAt), desc(d.id))
    .limit(SOURCE_CHOICES);
  const selected = options.selected?.trim();
  if (selected && !rows.some((r) => r.key === selected)) {
    const [chosen] = await db
      .select(columns)
      .from(d)
      .where(and(visible, eq(d.key, selected)));
    if (chosen) rows.unshift(chosen);
  }
  return rows.filter(sourceVisibleTo(actor)).map(({ key, title, publishedOn }) => ({ key, title, publishedOn }));
}

/** What a citation supports: one of the subjects the citations table knows. */
export type CitationSubject =
  | { statusChangeId: number }
  | { agreementId: number }
  | { activityId: number }
  | { measureId: number }
  | { conflictClaimId: number };

/** Stores a checked citation with its fact (in the fact's transaction). */
export async function insertCitation(
  db: Executor,
  subject: CitationSubject,
  cited: CitedPassage,
  claim: string | null,
): Promise<void> {
  await db.insert(citations).values({
    ...subject,
    sourceDocumentId: cited.sourceDocumentId,
    locator: cited.locator,
    quote: cited.quote,
    claim,
  });
}
