import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityListColumns } from '../activities/activity-columns.queries.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';

/** The id of the current strategy version (the latest adopted), or null before the seed. */
export async function currentStrategyVersionId(db: Executor): Promise<number | null> {
  const [row] = await db
    .select({ id: t.strategyVersions.id })
    .from(t.strategyVersions)
    .orderBy(desc(t.strategyVersions.adoptedOn), desc(t.strategyVersions.id))
    .limit(1);
  return row?.id ?? null;
}

const lead = { key: t.organisations.key, name: t.organisations.name, abbreviation: t.organisations.abbreviation };

/**
 * Every measure of the current strategy in the document's order, with its instrument, sub-area,
 * lead ministry, goals, status report and citation. One measure when `key` is given.
 */
export async function findMeasures(db: Executor, options: { key?: string } = {}) {
  const version = await currentStrategyVersionId(db);
  if (version === null) return [];
  const rows = await db
    .select({
      id: t.measures.id,
      key: t.measures.key,
      position: t.measures.position,
      instrument: {
        numeral: t.instruments.numeral,
        position: t.instruments.position,
        title: t.instruments.title,
        titleEn: t.instruments.titleEn,
      },
      subAreaId: t.measures.subAreaId,
      text: t.measures.text,
      commitment: t.measures.commitment,
      leadOrganisationId: t.measures.leadOrganisationId,
      lead,
      status: t.measures.status,
      progressPercent: t.measures.progressPercent,
      statusNote: t.measures.statusNote,
      statusUpdatedAt: t.measures.statusUpdatedAt,
      budgetReservation: t.measures.budgetReservation,
      footnote: t.measures.footnote,
    })
    .from(t.measures)
    .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
    .leftJoin(t.organisations, eq(t.organisations.id, t.measures.leadOrganisationId))
    .where(
      and(
        eq(t.measures.strategyVersionId, version),
        options.key === undefined ? undefined : eq(t.measures.key, options.key),
      ),
    )
    .orderBy(asc(t.instruments.position), asc(t.measures.position));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [subAreas, goals, citations] = await Promise.all([
    db
      .select({
        id: t.instrumentSubAreas.id,
        key: t.instrumentSubAreas.key,
        position: t.instrumentSubAreas.position,
        title: t.instrumentSubAreas.title,
        titleEn: t.instrumentSubAreas.titleEn,
      })
      .from(t.instrumentSubAreas),
    db
      .select({ measureId: t.measureGoals.measureId, key: t.goals.key })
      .from(t.measureGoals)
      .innerJoin(t.goals, eq(t.goals.id, t.measureGoals.goalId))
      .where(inArray(t.measureGoals.measureId, ids))
      .orderBy(asc(t.goals.position)),
    citationsBySubject(db, t.citations.measureId, ids),
  ]);
  const subArea = new Map(subAreas.map(({ id, ...s }) => [id, s]));
  return rows.map(({ subAreaId, lead: l, ...m }) => ({
    ...m,
    subArea: subAreaId ? subArea.get(subAreaId)! : null,
    lead: m.leadOrganisationId ? l! : null,
    goals: goals.filter((g) => g.measureId === m.id).map((g) => g.key),
    citation: citations.get(m.id)?.[0] ?? null,
    reportCitations: citations.get(m.id)?.slice(1) ?? [],
  }));
}
export type MeasureRow = Awaited<ReturnType<typeof findMeasures>>[number];

/** What the filters and forms offer: instruments with sub-areas, goals, and the organisations that lead measures. */
export async function measureChoices(db: Executor) {
  const version = await currentStrategyVersionId(db);
  if (version === null) return { instruments: [], goals: [], leads: [] };
  const [instruments, goals, leads] = await Promise.all([
    db
      .select({
        numeral: t.instruments.numeral,
        title: t.instruments.title,
        titleEn: t.instruments.titleEn,
      })
      .from(t.instruments)
      .where(eq(t.instruments.strategyVersionId, version))
      .orderBy(asc(t.instruments.position)),
    db
      .select({ key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.goals)
      .where(eq(t.goals.strategyVersionId, version))
      .orderBy(asc(t.goals.position)),
    db
      .select(lead)
      .from(t.organisations)
      .where(inArray(t.organisations.kind, ['ministry', 'state_chancellery']))
      .orderBy(asc(t.organisations.abbreviation)),
  ]);
  return { instruments, goals, leads };
}
export type MeasureChoices = Awaited<ReturnType<typeof measureChoices>>;

/** A measure's milestones in the order they were added. */
export async function measureMilestones(db: Executor, measureId: number) {
  return db
    .select({
      id: t.measureMilestones.id,
      position: t.measureMilestones.position,
      title: t.measureMilestones.title,
      dueOn: t.measureMilestones.dueOn,
      reachedOn: t.measureMilestones.reachedOn,
    })
    .from(t.measureMilestones)
    .where(eq(t.measureMilestones.measureId, measureId))
    .orderBy(asc(t.measureMilestones.position));
}

/** The activities linked to a measure (newest first), with what the visibility rule needs. */
export async function measureActivities(db: Executor, measureId: number) {
  return db
    .select({
      ...activityListColumns,
    })
    .from(t.activityMeasures)
    .innerJoin(t.activities, eq(t.activities.id, t.activityMeasures.activityId))
    .where(eq(t.activityMeasures.targetId, measureId))
    .orderBy(desc(t.activities.startsOn), desc(t.activities.id));
}

/** One measure of the current strategy with its milestones and linked activities; null when there is none. */
export async function getMeasureDetail(db: Executor, key: string) {
  const [measure] = await findMeasures(db, { key });
  if (!measure) return null;
  const [milestones, activities] = await Promise.all([
    measureMilestones(db, measure.id),
    measureActivities(db, measure.id),
  ]);
  return { ...measure, milestones, activities };
}
export type MeasureDetailRecord = NonNullable<Awaited<ReturnType<typeof getMeasureDetail>>>;
