import { eq, or } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { resolvePartnershipId } from '../partnerships/partnerships.queries.ts';
import { findPlaceByRef } from '../places/places.queries.ts';
import * as t from '../schema.ts';

/** A record of the register as a use-case refers to it: its id for the foreign key, its key for the answer. */
export interface RecordRef {
  id: number;
  key: string;
}

/**
 * The lookups the stores share: a partnership by key (or former key), a place by key or ISO code,
 * an organisation by key or abbreviation, a sector by key. Each answers null for an unknown reference.
 */
export function recordRefs(tx: Executor) {
  return {
    async partnership(ref: string): Promise<RecordRef | null> {
      const id = await resolvePartnershipId(tx, ref, false);
      if (id === null) return null;
      const [row] = await tx
        .select({ id: t.partnerships.id, key: t.partnerships.key })
        .from(t.partnerships)
        .where(eq(t.partnerships.id, id));
      return row ?? null;
    },
    async place(ref: string): Promise<RecordRef | null> {
      const place = await findPlaceByRef(tx, ref);
      return place ? { id: place.id, key: place.key } : null;
    },
    async organisation(ref: string): Promise<RecordRef | null> {
      const [row] = await tx
        .select({ id: t.organisations.id, key: t.organisations.key })
        .from(t.organisations)
        .where(or(eq(t.organisations.key, ref), eq(t.organisations.abbreviation, ref)));
      return row ?? null;
    },
    async sector(key: string): Promise<RecordRef | null> {
      const [row] = await tx
        .select({ id: t.sectors.id, key: t.sectors.key })
        .from(t.sectors)
        .where(eq(t.sectors.key, key));
      return row ?? null;
    },
  };
}
