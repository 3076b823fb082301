import type { Transaction } from '../client.ts';
import * as t from '../schema.ts';
import type { CitationWriter } from './citation-writer.ts';
import type { SeedBundle } from './load-seed.ts';

interface Ids {
  sourceIds: Map<string, number>;
  /** organisation id by official abbreviation (lead ministries) */
  orgIds: Map<string, number>;
  placeIds: Map<string, number>;
  citations: CitationWriter;
}

/** One strategy version: goals, instruments with sub-areas, every measure, focus designations, each cited. */
export async function insertStrategy(
  tx: Transaction,
  strategy: SeedBundle['strategies'][number],
  ids: Ids,
): Promise<number> {
  const s = strategy.file.data;
  const { citations } = ids;
  const [version] = await tx
    .insert(t.strategyVersions)
    .values({
      slug: s.slug,
      title: s.title,
      shortTitle: s.shortTitle,
      titleEn: s.titleEn,
      jurisdiction: s.jurisdiction,
      version: s.version,
      adoptedOn: s.adoptedOn,
      adoptedBy: s.adoptedBy,
      sourceDocumentId: ids.sourceIds.get(s.source)!,
      coordination: s.coordination.text,
      evaluation: s.evaluation.text,
      budgetReservation: s.budgetReservation.text,
      fileName: strategy.file.name,
      fileSha256: strategy.sha256,
    })
    .returning({ id: t.strategyVersions.id });
  const strategyVersionId = version!.id;
  for (const c of [s.adoption, s.coordination.citation, s.evaluation.citation, s.budgetReservation.citation])
    citations.add({ strategyVersionId }, c);

  const goals = await tx
    .insert(t.goals)
    .values(
      s.goals.map((g, position) => ({
        strategyVersionId,
        key: g.key,
        position: position + 1,
        title: g.title,
        titleEn: g.titleEn,
      })),
    )
    .returning({ id: t.goals.id });
  s.goals.forEach((g, i) => citations.add({ goalId: goals[i]!.id }, g.citation));

  for (const [index, inst] of s.instruments.entries()) {
    const [row] = await tx
      .insert(t.instruments)
      .values({
        strategyVersionId,
        numeral: inst.numeral,
        position: index + 1,
        title: inst.title,
        titleEn: inst.titleEn,
        measuresIntro: inst.measuresIntro?.text ?? null,
      })
      .returning({ id: t.instruments.id });
    const instrumentId = row!.id;
    citations.add({ instrumentId }, inst.citation);
    if (inst.measuresIntro) citations.add({ instrumentId }, inst.measuresIntro.citation);
    const subAreaIds = new Map<string, number>();
    for (const [position, area] of inst.subAreas.entries()) {
      const [sub] = await tx
        .insert(t.instrumentSubAreas)
        .values({
          instrumentId,
          key: area.key,
          position: position + 1,
          title: area.title,
          titleEn: area.titleEn,
          measuresIntro: area.measuresIntro?.text ?? null,
        })
        .returning({ id: t.instrumentSubAreas.id });
      subAreaIds.set(area.key, sub!.id);
      if (area.measuresIntro) citations.add({ instrumentId }, area.measuresIntro.citation);
    }
    if (inst.measures.length === 0) continue;
    const measures = await tx
      .insert(t.measures)
      .values(
        inst.measures.map((m, position) => ({
          strategyVersionId,
          instrumentId,
          subAreaId: m.subArea ? subAreaIds.get(m.subArea)! : null,
          key: m.key,
          position: position + 1,
          text: m.text,
          commitment: m.commitment,
          footnote: m.footnote ?? null,
          leadOrganisationId: m.leadMinistry ? ids.orgIds.get(m.leadMinistry)! : null,
        })),
      )
      .returning({ id: t.measures.id });
    inst.measures.forEach((m, i) => citations.add({ measureId: measures[i]!.id }, m.citation));
  }

  for (const group of s.focusDesignations) {
    const rows = await tx
      .insert(t.focusDesignations)
      .values(
        group.items.map((item, i) => ({
          strategyVersionId,
          field: group.field,
          position: i + 1,
          label: item.label,
          labelEn: item.labelEn,
          placeId: item.place ? ids.placeIds.get(item.place)! : null,
        })),
      )
      .returning({ id: t.focusDesignations.id });
    for (const row of rows) citations.add({ focusDesignationId: row.id }, group.citation);
  }
  return strategyVersionId;
}
