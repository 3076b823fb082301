import { inArray, or } from 'drizzle-orm';
import {
  REFERENCE_FIELDS,
  referencedKeys,
  type ReferenceKind,
  type ReferenceName,
} from '../../core/history/history-references.ts';
import type { FieldChange } from '../../core/shared/history.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

type Lookup = (db: Executor, keys: string[]) => Promise<[string, ReferenceName][]>;

const LOOKUPS: Record<ReferenceKind, Lookup> = {
  organisation: async (db, keys) =>
    (
      await db
        .select({ key: t.organisations.key, name: t.organisations.name, nameEn: t.organisations.nameEn })
        .from(t.organisations)
        .where(inArray(t.organisations.key, keys))
    ).map((o) => [o.key, { de: o.name, en: o.nameEn ?? o.name }]),
  partnership: async (db, keys) =>
    (
      await db
        .select({ key: t.partnerships.key, name: t.partnerships.name, nameEn: t.partnerships.nameEn })
        .from(t.partnerships)
        .where(inArray(t.partnerships.key, keys))
    ).map((p) => [p.key, { de: p.name, en: p.nameEn }]),
  agreement: async (db, keys) =>
    (
      await db
        .select({ key: t.agreements.key, title: t.agreements.title })
        .from(t.agreements)
        .where(inArray(t.agreements.key, keys))
    ).map((a) => [a.key, { de: a.title, en: a.title }]),
  source: async (db, keys) =>
    (
      await db
        .select({ key: t.sourceDocuments.key, title: t.sourceDocuments.title })
        .from(t.sourceDocuments)
        .where(inArray(t.sourceDocuments.key, keys))
    ).map((s) => [s.key, { de: s.title, en: s.title }]),
  // Activities name their places by ISO code, agreements by key: both are looked up.
  place: async (db, keys) =>
    (
      await db
        .select({ key: t.places.key, iso: t.places.iso3166_2, name: t.places.nameDe, nameEn: t.places.nameEn })
        .from(t.places)
        .where(or(inArray(t.places.key, keys), inArray(t.places.iso3166_2, keys)))
    ).flatMap((p) => {
      const name = { de: p.name, en: p.nameEn };
      return p.iso && p.iso !== p.key ? [[p.key, name] as const, [p.iso, name] as const] : [[p.key, name] as const];
    }) as [string, ReferenceName][],
};

/**
 * The changes of a history with the names of the records they name by key ("sk" → "Sächsische
 * Staatskanzlei"), one query per kind of record; a key no record has any more stays as it is.
 */
export async function withReferenceNames<E extends { changes: FieldChange[] }>(
  db: Executor,
  entries: E[],
): Promise<(E & { changes: (FieldChange & { names?: Record<string, ReferenceName> })[] })[]> {
  const wanted = referencedKeys(entries.flatMap((e) => e.changes));
  const found = new Map<ReferenceKind, Map<string, ReferenceName>>();
  for (const [kind, keys] of wanted) found.set(kind, new Map(await LOOKUPS[kind](db, [...keys])));
  return entries.map((e) => ({
    ...e,
    changes: e.changes.map((c) => {
      const kind = REFERENCE_FIELDS[c.field];
      const names = kind && found.get(kind);
      return names?.size ? { ...c, names: Object.fromEntries(names) } : c;
    }),
  }));
}
