import { count, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../client.ts';
import { appendAudit } from '../audit-log.ts';
import * as t from '../schema.ts';
import { byKey, CitationWriter } from './citation-writer.ts';
import { insertConflictsAndActivities, linkSeededActivities } from './insert-activities.ts';
import { insertPartnerships } from './insert-partnerships.ts';
import type { SeedBundle } from './load-seed.ts';
import { insertStrategy } from './insert-strategy.ts';

export interface SeedResult {
  register: 'seeded' | 'already-present';
  strategies: { slug: string; result: 'loaded' | 'already-present' }[];
}

/**
 * Writes the checked bundle in one transaction: the register (sources, places,
 * organisations, partnerships, agreements, conflicts, activities) once, and each strategy
 * version not yet present, its audit entries stamped with the instant `at`. Anything failing
 * rolls all of it back.
 */
export async function applySeed(db: Database, bundle: SeedBundle, at: Date): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    const [{ n }] = (await tx.select({ n: count() }).from(t.sourceDocuments)) as [{ n: number }];
    const register = n > 0 ? 'already-present' : 'seeded';
    if (register === 'seeded') await insertRegister(tx, bundle, at);

    const sourceIds = byKey(
      await tx.select({ id: t.sourceDocuments.id, key: t.sourceDocuments.key }).from(t.sourceDocuments),
    );
    const orgIds = new Map(
      (await tx.select({ id: t.organisations.id, abbreviation: t.organisations.abbreviation }).from(t.organisations))
        .filter((o) => o.abbreviation)
        .map((o) => [o.abbreviation!, o.id]),
    );
    const placeIds = byKey(await tx.select({ id: t.places.id, key: t.places.key }).from(t.places));
    const strategies: SeedResult['strategies'] = [];
    for (const strategy of bundle.strategies) {
      const slug = strategy.file.data.slug;
      const existing = await tx
        .select({ id: t.strategyVersions.id })
        .from(t.strategyVersions)
        .where(eq(t.strategyVersions.slug, slug));
      if (existing.length > 0) {
        strategies.push({ slug, result: 'already-present' });
        continue;
      }
      const citations = new CitationWriter(sourceIds);
      const id = await insertStrategy(tx, strategy, { sourceIds, orgIds, placeIds, citations });
      await citations.flush(tx);
      await appendAudit(
        tx,
        [
          {
            actorUserId: null,
            actorLabel: 'system:seed',
            action: 'strategy.load',
            entityType: 'strategy_version',
            entityId: String(id),
            before: null,
            after: { slug, file: strategy.file.name, sha256: strategy.sha256 },
          },
        ],
        at,
      );
      strategies.push({ slug, result: 'loaded' });
    }
    if (register === 'seeded') await linkSeededActivities(tx, bundle, sourceIds);
    return { register, strategies };
  });
}

async function insertRegister(tx: Transaction, b: SeedBundle, at: Date) {
  const sourceIds = byKey(
    await tx
      .insert(t.sourceDocuments)
      .values(
        b.sources.data.map((s) => {
          const text = b.sourceTexts.get(s.key)!;
          return {
            key: s.key,
            fileName: s.file,
            kind: s.kind,
            title: s.title,
            publisher: s.publisher,
            publishedOn: s.publishedOn,
            language: s.language,
            ocr: s.ocr,
            // An OCR'd text is stored repaired, as an upload is, the text as received beside it.
            content: text.repaired?.text ?? text.content,
            originalContent: text.repaired ? text.content : null,
            repairs: text.repaired?.repairs ?? [],
            sha256: text.sha256,
          };
        }),
      )
      .returning({ id: t.sourceDocuments.id, key: t.sourceDocuments.key }),
  );
  const citations = new CitationWriter(sourceIds);

  const placeIds = byKey(
    await tx
      .insert(t.places)
      .values(
        b.places.data.map((p) => ({
          key: p.key,
          kind: p.kind,
          iso3166_1: p.iso3166_1 ?? null,
          iso3166_2: p.iso3166_2 ?? null,
          formerIsoCodes: p.formerIsoCodes ?? [],
          nuts: p.nuts ?? null,
          wikidata: p.wikidata ?? null,
          nameDe: p.names.de,
          nameEn: p.names.en,
          nameLocal: p.names.local,
          localLang: p.names.localLang,
          aliases: p.aliases ?? [],
          lat: p.point?.lat ?? null,
          lon: p.point?.lon ?? null,
        })),
      )
      .returning({ id: t.places.id, key: t.places.key }),
  );
  for (const p of b.places.data.filter((p) => p.parent)) {
    await tx
      .update(t.places)
      .set({ parentId: placeIds.get(p.parent!)! })
      .where(eq(t.places.key, p.key));
  }

  const orgIds = byKey(
    await tx
      .insert(t.organisations)
      .values(
        b.organisations.data.map((o) => ({
          key: o.key,
          kind: o.kind,
          name: o.name,
          nameEn: o.nameEn ?? null,
          abbreviation: o.abbreviation ?? null,
          placeId: o.place ? placeIds.get(o.place)! : null,
        })),
      )
      .returning({ id: t.organisations.id, key: t.organisations.key }),
  );
  for (const o of b.organisations.data) {
    if (o.parent)
      await tx
        .update(t.organisations)
        .set({ parentId: orgIds.get(o.parent)! })
        .where(eq(t.organisations.key, o.key));
    o.citations.forEach((c) => citations.add({ organisationId: orgIds.get(o.key)! }, c));
  }

  const sectorIds = byKey(
    await tx
      .insert(t.sectors)
      .values(b.sectors.data.map((s) => ({ key: s.key, nameDe: s.de, nameEn: s.en })))
      .returning({ id: t.sectors.id, key: t.sectors.key }),
  );

  const ids = { sourceIds, placeIds, orgIds, sectorIds, citations };
  const partnershipIds = await insertPartnerships(tx, b, ids);
  await insertConflictsAndActivities(tx, b, { ...ids, partnershipIds });
  await citations.flush(tx);

  await appendAudit(
    tx,
    [
      {
        actorUserId: null,
        actorLabel: 'system:seed',
        action: 'register.seed',
        entityType: 'register',
        entityId: 'seed',
        before: null,
        after: {
          sources: b.sources.data.map((s) => ({ key: s.key, sha256: b.sourceTexts.get(s.key)!.sha256 })),
          places: placeIds.size,
          organisations: orgIds.size,
          partnerships: partnershipIds.size,
          activities: b.activities.data.length,
          conflicts: b.conflicts.data.length,
        },
      },
      ...[...partnershipIds].map(([key, id]) => ({
        actorUserId: null,
        actorLabel: 'system:seed',
        action: 'partnership.create',
        entityType: 'partnership',
        entityId: String(id),
        before: null,
        after: { key },
      })),
    ],
    at,
  );
}
