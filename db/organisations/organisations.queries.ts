import { and, asc, eq, or, type SQL } from 'drizzle-orm';
import { notFound } from '../../core/shared/errors.ts';
import type { OrganisationKind } from '../../core/shared/vocabulary.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';

/** The id of the organisation a key or official abbreviation (e.g. SMWK) names, or null. */
export async function organisationIdByRef(db: Executor, ref: string): Promise<number | null> {
  const [o] = await db
    .select({ id: t.organisations.id })
    .from(t.organisations)
    .where(or(eq(t.organisations.key, ref), eq(t.organisations.abbreviation, ref)));
  return o?.id ?? null;
}

/** Organisations with parent and seat; filtered by kind; ordered by name. */
export async function findOrganisations(
  db: Executor,
  filter: { kind?: OrganisationKind | undefined; key?: string } = {},
) {
  const where: SQL[] = [];
  if (filter.kind) where.push(eq(t.organisations.kind, filter.kind));
  if (filter.key) where.push(eq(t.organisations.key, filter.key));
  const parent = db.select({ id: t.organisations.id, key: t.organisations.key }).from(t.organisations).as('parent');
  const rows = await db
    .select({
      id: t.organisations.id,
      key: t.organisations.key,
      kind: t.organisations.kind,
      name: t.organisations.name,
      nameEn: t.organisations.nameEn,
      abbreviation: t.organisations.abbreviation,
      parent: parent.key,
      place: t.places.key,
    })
    .from(t.organisations)
    .leftJoin(parent, eq(parent.id, t.organisations.parentId))
    .leftJoin(t.places, eq(t.places.id, t.organisations.placeId))
    .where(and(...where))
    .orderBy(asc(t.organisations.name));
  const citations = await citationsBySubject(
    db,
    t.citations.organisationId,
    rows.map((r) => r.id),
  );
  return rows.map(({ id, ...o }) => ({ ...o, citations: citations.get(id) ?? [] }));
}

export async function getOrganisation(db: Executor, key: string) {
  const [row] = await findOrganisations(db, { key });
  if (!row) throw notFound('Organisation', key);
  return row;
}

/** The source documents, without their full text unless asked for one. */
export async function findSources(db: Executor) {
  return db
    .select({
      key: t.sourceDocuments.key,
      kind: t.sourceDocuments.kind,
      title: t.sourceDocuments.title,
      publisher: t.sourceDocuments.publisher,
      publishedOn: t.sourceDocuments.publishedOn,
      fileName: t.sourceDocuments.fileName,
      language: t.sourceDocuments.language,
      ocr: t.sourceDocuments.ocr,
      sha256: t.sourceDocuments.sha256,
    })
    .from(t.sourceDocuments)
    .orderBy(asc(t.sourceDocuments.publishedOn));
}
