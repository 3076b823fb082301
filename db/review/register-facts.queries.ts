import { asc, eq, inArray } from 'drizzle-orm';
import type { RegisterPartnership } from '../../core/review/candidate-comparison.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/**
 * What the register states about every partnership, as the candidate comparison reads it: the
 * partner places' codes and names, the start date, the agreements, the status history and the
 * activities. Five queries, whatever the number of partnerships.
 */
export async function registerFacts(db: Executor): Promise<RegisterPartnership[]> {
  const partnerships = await db
    .select({ id: t.partnerships.id, key: t.partnerships.key, since: t.partnerships.since })
    .from(t.partnerships)
    .orderBy(asc(t.partnerships.id));
  const ids = partnerships.map((p) => p.id);
  if (ids.length === 0) return [];
  // One after the other: inside a transaction, PostgreSQL has a single connection to run them on.
  const places = await db
    .select({
      partnershipId: t.partnershipPlaces.partnershipId,
      kind: t.places.kind,
      iso1: t.places.iso3166_1,
      iso2: t.places.iso3166_2,
      former: t.places.formerIsoCodes,
      nameDe: t.places.nameDe,
      nameEn: t.places.nameEn,
      nameLocal: t.places.nameLocal,
      aliases: t.places.aliases,
    })
    .from(t.partnershipPlaces)
    .innerJoin(t.places, eq(t.places.id, t.partnershipPlaces.placeId))
    .where(inArray(t.partnershipPlaces.partnershipId, ids))
    .orderBy(asc(t.partnershipPlaces.position));
  const agreements = await db
    .select({
      partnershipId: t.agreements.partnershipId,
      key: t.agreements.key,
      kind: t.agreements.kind,
      signedOn: t.agreements.signedOn,
    })
    .from(t.agreements)
    .where(inArray(t.agreements.partnershipId, ids))
    .orderBy(asc(t.agreements.id));
  const history = await db
    .select({
      partnershipId: t.partnershipStatusChanges.partnershipId,
      sequence: t.partnershipStatusChanges.sequence,
      to: t.partnershipStatusChanges.toStatus,
      effectiveOn: t.partnershipStatusChanges.effectiveOn,
    })
    .from(t.partnershipStatusChanges)
    .where(inArray(t.partnershipStatusChanges.partnershipId, ids))
    .orderBy(asc(t.partnershipStatusChanges.sequence));
  const activities = await db
    .select({
      partnershipId: t.activities.partnershipId,
      id: t.activities.id,
      kind: t.activities.kind,
      startsOn: t.activities.startsOn,
    })
    .from(t.activities)
    .where(inArray(t.activities.partnershipId, ids))
    .orderBy(asc(t.activities.id));
  const of = <R extends { partnershipId: number | null }>(rows: R[], id: number) =>
    rows.filter((r) => r.partnershipId === id);
  return partnerships.map((p) => {
    const own = of(places, p.id);
    return {
      key: p.key,
      since: p.since,
      placeIsos: own.flatMap((pl) => [
        ...(pl.iso2 ? [pl.iso2] : pl.kind === 'country' && pl.iso1 ? [pl.iso1] : []),
        ...pl.former,
      ]),
      placeNames: own.flatMap((pl) => [pl.nameDe, pl.nameEn, pl.nameLocal, ...pl.aliases]),
      agreements: of(agreements, p.id).map(({ key, kind, signedOn }) => ({ key, kind, signedOn })),
      statusHistory: of(history, p.id).map(({ sequence, to, effectiveOn }) => ({ sequence, to, effectiveOn })),
      activities: of(activities, p.id).map(({ id, kind, startsOn }) => ({ id, kind, startsOn })),
    };
  });
}
