import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { citationsBySubject } from '../sources/citations.queries.ts';
import { placeRefColumns } from '../places/places.queries.ts';

/**
 * The keys an activity links to: organiser, partnership, working group, places, participants,
 * sectors, and the instruments, goals and measures it serves (in the strategy's order).
 */
export async function activityLinks(db: Executor, id: number) {
  const [head] = await db
    .select({ organiser: t.organisations.key, partnership: t.partnerships.key, workingGroup: t.workingGroups.key })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.activities.partnershipId))
    .leftJoin(t.workingGroups, eq(t.workingGroups.id, t.activities.workingGroupId))
    .where(eq(t.activities.id, id));
  // One after the other: this also runs inside a write transaction, which takes one query at a time.
  const places = await db
    .select({ key: t.places.key })
    .from(t.activityPlaces)
    .innerJoin(t.places, eq(t.places.id, t.activityPlaces.targetId))
    .where(eq(t.activityPlaces.activityId, id))
    .orderBy(asc(t.places.nameDe));
  const participants = await db
    .select({ key: t.organisations.key })
    .from(t.activityParticipants)
    .innerJoin(t.organisations, eq(t.organisations.id, t.activityParticipants.targetId))
    .where(eq(t.activityParticipants.activityId, id))
    .orderBy(asc(t.organisations.name));
  const sectors = await db
    .select({ key: t.sectors.key })
    .from(t.activitySectors)
    .innerJoin(t.sectors, eq(t.sectors.id, t.activitySectors.targetId))
    .where(eq(t.activitySectors.activityId, id))
    .orderBy(asc(t.sectors.nameDe));
  const instruments = await db
    .select({ key: t.instruments.numeral })
    .from(t.activityInstruments)
    .innerJoin(t.instruments, eq(t.instruments.id, t.activityInstruments.targetId))
    .where(eq(t.activityInstruments.activityId, id))
    .orderBy(asc(t.instruments.position));
  const goals = await db
    .select({ key: t.goals.key })
    .from(t.activityGoals)
    .innerJoin(t.goals, eq(t.goals.id, t.activityGoals.targetId))
    .where(eq(t.activityGoals.activityId, id))
    .orderBy(asc(t.goals.position));
  const measures = await db
    .select({ key: t.measures.key })
    .from(t.activityMeasures)
    .innerJoin(t.measures, eq(t.measures.id, t.activityMeasures.targetId))
    .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
    .where(eq(t.activityMeasures.activityId, id))
    .orderBy(asc(t.instruments.position), asc(t.measures.position));
  return {
    organiser: head?.organiser ?? null,
    partnership: head?.partnership ?? null,
    workingGroup: head?.workingGroup ?? null,
    places: places.map((r) => r.key),
    participants: participants.map((r) => r.key),
    sectors: sectors.map((r) => r.key),
    instruments: instruments.map((r) => r.key),
    goals: goals.map((r) => r.key),
    measures: measures.map((r) => r.key),
  };
}

/** One activity with everything stored about it, names included; null when there is none. */
export async function getActivityDetail(db: Executor, id: number) {
  const [row] = await db
    .select({
      activity: t.activities,
      organiser: { key: t.organisations.key, name: t.organisations.name, abbreviation: t.organisations.abbreviation },
      partnership: { key: t.partnerships.key, name: t.partnerships.name, nameEn: t.partnerships.nameEn },
    })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.activities.partnershipId))
    .where(eq(t.activities.id, id));
  if (!row) return null;
  const { search: _search, createdAt: _c, updatedAt: _u, ...activity } = row.activity;
  const [places, participants, sectors, citations, links, instruments, goals, measures, group] = await Promise.all([
    db
      .select(placeRefColumns)
      .from(t.activityPlaces)
      .innerJoin(t.places, eq(t.places.id, t.activityPlaces.targetId))
      .where(eq(t.activityPlaces.activityId, id))
      .orderBy(asc(t.places.nameDe)),
    db
      .select({ key: t.organisations.key, name: t.organisations.name, abbreviation: t.organisations.abbreviation })
      .from(t.activityParticipants)
      .innerJoin(t.organisations, eq(t.organisations.id, t.activityParticipants.targetId))
      .where(eq(t.activityParticipants.activityId, id))
      .orderBy(asc(t.organisations.name)),
    db
      .select({ key: t.sectors.key, name: t.sectors.nameDe, nameEn: t.sectors.nameEn })
      .from(t.activitySectors)
      .innerJoin(t.sectors, eq(t.sectors.id, t.activitySectors.targetId))
      .where(eq(t.activitySectors.activityId, id))
      .orderBy(asc(t.sectors.nameDe)),
    citationsBySubject(db, t.citations.activityId, [id]),
    activityLinks(db, id),
    db
      .select({ numeral: t.instruments.numeral, title: t.instruments.title, titleEn: t.instruments.titleEn })
      .from(t.activityInstruments)
      .innerJoin(t.instruments, eq(t.instruments.id, t.activityInstruments.targetId))
      .where(eq(t.activityInstruments.activityId, id))
      .orderBy(asc(t.instruments.position)),
    db
      .select({ key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.activityGoals)
      .innerJoin(t.goals, eq(t.goals.id, t.activityGoals.targetId))
      .where(eq(t.activityGoals.activityId, id))
      .orderBy(asc(t.goals.position)),
    db
      .select({ key: t.measures.key, text: t.measures.text })
      .from(t.activityMeasures)
      .innerJoin(t.measures, eq(t.measures.id, t.activityMeasures.targetId))
      .innerJoin(t.instruments, eq(t.instruments.id, t.measures.instrumentId))
      .where(eq(t.activityMeasures.activityId, id))
      .orderBy(asc(t.instruments.position), asc(t.measures.position)),
    row.activity.workingGroupId === null
      ? Promise.resolve([])
      : db
          .select({ key: t.workingGroups.key, name: t.workingGroups.name })
          .from(t.workingGroups)
          .where(eq(t.workingGroups.id, row.activity.workingGroupId)),
  ]);
  return {
    ...activity,
    organiser: row.organiser?.key ? row.organiser : null,
    partnership: row.partnership?.key ? row.partnership : null,
    places: places.map(({ id: _id, ...p }) => p),
    participants,
    sectors,
    workingGroup: group[0] ?? null,
    instruments,
    goals,
    measures,
    citations: citations.get(id) ?? [],
    links,
  };
}
export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivityDetail>>>;
