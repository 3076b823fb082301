import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import * as t from '../schema/index.ts';
import { citationsBySubject } from './citations.ts';
import { placeRefColumns } from './places.ts';

/** The keys an activity links to: organiser, partnership, places, participants and sectors. */
export async function activityLinks(db: Executor, id: number) {
  const [head] = await db
    .select({ organiser: t.organisations.key, partnership: t.partnerships.key })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.activities.partnershipId))
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
  return {
    organiser: head?.organiser ?? null,
    partnership: head?.partnership ?? null,
    places: places.map((r) => r.key),
    participants: participants.map((r) => r.key),
    sectors: sectors.map((r) => r.key),
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
  const [places, participants, sectors, citations, links] = await Promise.all([
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
  ]);
  return {
    ...activity,
    organiser: row.organiser?.key ? row.organiser : null,
    partnership: row.partnership?.key ? row.partnership : null,
    places: places.map(({ id: _id, ...p }) => p),
    participants,
    sectors,
    citations: citations.get(id) ?? [],
    links,
  };
}
export type ActivityDetail = NonNullable<Awaited<ReturnType<typeof getActivityDetail>>>;
