import { asc, desc, eq, sql } from 'drizzle-orm';
import type { StrategyRecord } from '../../core/strategy/strategy.types.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';
import { placeRefsById } from '../places/places.queries.ts';

/** The id of the strategy in force: the one adopted last (the same choice as getStrategy without a slug). */
export const currentStrategyVersionId = sql`(select ${t.strategyVersions.id} from ${t.strategyVersions} order by ${t.strategyVersions.adoptedOn} desc nulls last, ${t.strategyVersions.id} desc limit 1)`;

/** A strategy version with goals, instruments, sub-areas, every measure and the focus designations, all cited. */
export async function getStrategy(db: Executor, slug?: string): Promise<StrategyRecord> {
  const [version] = await db
    .select({
      id: t.strategyVersions.id,
      slug: t.strategyVersions.slug,
      title: t.strategyVersions.title,
      shortTitle: t.strategyVersions.shortTitle,
      titleEn: t.strategyVersions.titleEn,
      jurisdiction: t.strategyVersions.jurisdiction,
      version: t.strategyVersions.version,
      adoptedOn: t.strategyVersions.adoptedOn,
      adoptedBy: t.strategyVersions.adoptedBy,
      coordination: t.strategyVersions.coordination,
      evaluation: t.strategyVersions.evaluation,
      budgetReservation: t.strategyVersions.budgetReservation,
      source: t.sourceDocuments.key,
    })
    .from(t.strategyVersions)
    .innerJoin(t.sourceDocuments, eq(t.sourceDocuments.id, t.strategyVersions.sourceDocumentId))
    .where(slug ? eq(t.strategyVersions.slug, slug) : undefined)
    .orderBy(desc(t.strategyVersions.adoptedOn), desc(t.strategyVersions.id))
    .limit(1);
  if (!version) throw notFound('Strategy', slug ?? '(current)');
  const sv = version.id;

  const [goals, instruments, subAreas, measures, focus] = await Promise.all([
    db.select().from(t.goals).where(eq(t.goals.strategyVersionId, sv)).orderBy(asc(t.goals.position)),
    db.select().from(t.instruments).where(eq(t.instruments.strategyVersionId, sv)).orderBy(asc(t.instruments.position)),
    db
      .select({ area: t.instrumentSubAreas })
      .from(t.instrumentSubAreas)
      .innerJoin(t.instruments, eq(t.instruments.id, t.instrumentSubAreas.instrumentId))
      .where(eq(t.instruments.strategyVersionId, sv))
      .orderBy(asc(t.instrumentSubAreas.position)),
    db
      .select({
        m: t.measures,
        lead: { key: t.organisations.key, name: t.organisations.name, abbreviation: t.organisations.abbreviation },
      })
      .from(t.measures)
      .leftJoin(t.organisations, eq(t.organisations.id, t.measures.leadOrganisationId))
      .where(eq(t.measures.strategyVersionId, sv))
      .orderBy(asc(t.measures.instrumentId), asc(t.measures.position)),
    db
      .select()
      .from(t.focusDesignations)
      .where(eq(t.focusDesignations.strategyVersionId, sv))
      .orderBy(asc(t.focusDesignations.field), asc(t.focusDesignations.position)),
  ]);
  const [versionCitations, goalCitations, instrumentCitations, measureCitations, focusCitations, focusPlaces] =
    await Promise.all([
      citationsBySubject(db, t.citations.strategyVersionId, [sv]),
      citationsBySubject(
        db,
        t.citations.goalId,
        goals.map((g) => g.id),
      ),
      citationsBySubject(
        db,
        t.citations.instrumentId,
        instruments.map((i) => i.id),
      ),
      citationsBySubject(
        db,
        t.citations.measureId,
        measures.map((m) => m.m.id),
      ),
      citationsBySubject(
        db,
        t.citations.focusDesignationId,
        focus.map((f) => f.id),
      ),
      placeRefsById(
        db,
        focus.flatMap((f) => (f.placeId ? [f.placeId] : [])),
      ),
    ]);
  const subAreaKey = new Map(subAreas.map(({ area }) => [area.id, area.key]));

  const { id: _id, ...meta } = version;
  return {
    ...meta,
    citations: versionCitations.get(sv) ?? [],
    goals: goals.map((g) => ({
      key: g.key,
      position: g.position,
      title: g.title,
      titleEn: g.titleEn,
      citations: goalCitations.get(g.id) ?? [],
    })),
    instruments: instruments.map((i) => ({
      numeral: i.numeral,
      position: i.position,
      title: i.title,
      titleEn: i.titleEn,
      measuresIntro: i.measuresIntro,
      citations: instrumentCitations.get(i.id) ?? [],
      subAreas: subAreas
        .filter(({ area }) => area.instrumentId === i.id)
        .map(({ area }) => ({
          key: area.key,
          title: area.title,
          titleEn: area.titleEn,
          measuresIntro: area.measuresIntro,
        })),
      measures: measures
        .filter(({ m }) => m.instrumentId === i.id)
        .map(({ m, lead }) => ({
          key: m.key,
          position: m.position,
          subArea: m.subAreaId ? subAreaKey.get(m.subAreaId)! : null,
          text: m.text,
          commitment: m.commitment,
          leadOrganisation: m.leadOrganisationId ? lead! : null,
          status: m.status,
          budgetReservation: m.budgetReservation,
          footnote: m.footnote,
          citation: measureCitations.get(m.id)?.[0] ?? null,
        })),
    })),
    focusDesignations: focus.map((f) => ({
      field: f.field,
      label: f.label,
      labelEn: f.labelEn,
      place: f.placeId ? focusPlaces.get(f.placeId)! : null,
      citations: focusCitations.get(f.id) ?? [],
    })),
  };
}
