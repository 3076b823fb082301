import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../core/access/actor.ts';
import { activityVisibleTo } from '../../core/access/activity.policy.ts';
import type {
  PartnershipDetailRecord,
  PartnershipFilter,
  PartnershipRecord,
} from '../../core/partnerships/partnership.types.ts';
import { partnershipVisibleTo } from '../../core/access/partnership.policy.ts';
import { publicOnlyFor } from '../../core/access/visibility.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { findPartnerships, getPartnership } from './partnerships.queries.ts';

// The partnerships a reader may see, by core/access/partnership.policy.ts (one pattern: visible-records.ts).

/** The partnerships matching the filter that the actor may see (API and pages share this). */
export async function findVisiblePartnerships(
  db: Executor,
  actor: Actor,
  filter: Omit<PartnershipFilter, 'publicOnly'> = {},
): Promise<PartnershipRecord[]> {
  const rows = await findPartnerships(db, { ...filter, publicOnly: publicOnlyFor(actor) });
  return rows.filter(partnershipVisibleTo(actor));
}

/**
 * One partnership the actor may see, with only the activities the actor may see; NOT_FOUND both
 * for unknown partnerships and for those hidden from the actor.
 */
export async function getVisiblePartnership(db: Executor, actor: Actor, ref: string): Promise<PartnershipDetailRecord> {
  const record = await getPartnership(db, ref, { publicOnly: publicOnlyFor(actor) });
  if (!partnershipVisibleTo(actor)(record)) throw notFound('Partnership', ref);
  return { ...record, activities: record.activities.filter(activityVisibleTo(actor)) };
}

/** The ISO 3166-1 countries of each partnership's partner places, by partnership id. */
export async function partnerCountries(db: Executor, partnershipIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (partnershipIds.length === 0) return out;
  const rows = await db
    .selectDistinct({ partnershipId: t.partnershipPlaces.partnershipId, country: t.places.iso3166_1 })
    .from(t.partnershipPlaces)
    .innerJoin(t.places, eq(t.places.id, t.partnershipPlaces.placeId))
    .where(inArray(t.partnershipPlaces.partnershipId, partnershipIds))
    .orderBy(asc(t.places.iso3166_1));
  for (const { partnershipId, country } of rows) {
    if (!country) continue;
    out.set(partnershipId, [...(out.get(partnershipId) ?? []), country]);
  }
  return out;
}
