import { and, asc, eq, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import {
  activityWindows,
  type ActivityWindow,
  type RegisterPartnership,
} from '../../core/review/candidate-comparison.ts';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';

/** One read of the register's facts: these fields of the rows that belong to the given partnerships, in this order. */
interface PartnershipRows<F extends SelectedFields> {
  fields: F;
  table: PgTable;
  partnershipId: PgColumn;
  order: PgColumn;
  join?: { table: PgTable; on: SQL };
  where?: SQL | undefined;
}

/** The one query every part of the register's facts is read with. */
function rowsOf<F extends SelectedFields>(
  db: Executor,
  ids: number[],
  q: PartnershipRows<F>,
): Promise<SelectResultFields<F>[]> {
  // Typed by its fields: drizzle's builder types cannot follow a join that is optional.
  let query = db.select(q.fields).from(q.table).$dynamic() as unknown as PgSelect;
  if (q.join) query = query.innerJoin(q.join.table, q.join.on);
  return query.where(and(inArray(q.partnershipId, ids), q.where)).orderBy(asc(q.order)) as unknown as Promise<
    SelectResultFields<F>[]
  >;
}

/** The activities within the windows: served by the index on (partnership_id, starts_on). */
const withinWindows = (windows: ActivityWindow[], idOf: Map<string, number>) =>
  or(
    ...windows.map((w) =>
      and(
        eq(t.activities.partnershipId, idOf.get(w.partnership)!),
        eq(t.activities.kind, w.kind),
        gte(t.activities.startsOn, w.from),
        lte(t.activities.startsOn, w.to),
      ),
    ),
  );

/**
 * What the register states about every partnership, as the candidate comparison reads it for
 * these facts: the partner places' codes and names, the start date, the agreements, the status
 * history, and the activities the facts could be recorded as (their partnership and kind, within
 * a window around their date: `activityWindows`); no other activity is read, however many the
 * register holds. At most five queries, whatever the number of partnerships and facts.
 */
export async function registerFacts(db: Executor, facts: readonly ExtractedFact[]): Promise<RegisterPartnership[]> {
  const partnerships = await db
    .select({ id: t.partnerships.id, key: t.partnerships.key, since: t.partnerships.since })
    .from(t.partnerships)
    .orderBy(asc(t.partnerships.id));
  const ids = partnerships.map((p) => p.id);
  if (ids.length === 0) return [];
  // One after the other: inside a transaction, PostgreSQL has a single connection to run them on.
  const places = await rowsOf(db, ids, {
    fields: {
      partnershipId: t.partnershipPlaces.partnershipId,
      kind: t.places.kind,
      iso1: t.places.iso3166_1,
      iso2: t.places.iso3166_2,
      former: t.places.formerIsoCodes,
      nameDe: t.places.nameDe,
      nameEn: t.places.nameEn,
      nameLocal: t.places.nameLocal,
      aliases: t.places.aliases,
    },
    table: t.partnershipPlaces,
    join: { table: t.places, on: eq(t.places.id, t.partnershipPlaces.placeId) },
    partnershipId: t.partnershipPlaces.partnershipId,
    order: t.partnershipPlaces.position,
  });
  const agreements = await rowsOf(db, ids, {
    fields: {
      partnershipId: t.agreements.partnershipId,
      key: t.agreements.key,
      kind: t.agreements.kind,
      signedOn: t.agreements.signedOn,
    },
    table: t.agreements,
    partnershipId: t.agreements.partnershipId,
    order: t.agreements.id,
  });
  const history = await rowsOf(db, ids, {
    fields: {
      partnershipId: t.partnershipStatusChanges.partnershipId,
      sequence: t.partnershipStatusChanges.sequence,
      to: t.partnershipStatusChanges.toStatus,
      effectiveOn: t.partnershipStatusChanges.effectiveOn,
    },
    table: t.partnershipStatusChanges,
    partnershipId: t.partnershipStatusChanges.partnershipId,
    order: t.partnershipStatusChanges.sequence,
  });
  const of = <R extends { partnershipId: number | null }>(rows: R[], id: number) =>
    rows.filter((r) => r.partnershipId === id);
  const register: RegisterPartnership[] = partnerships.map((p) => {
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
      activities: [],
    };
  });
  const windows = activityWindows(facts, register);
  if (windows.length === 0) return register;
  const idOf = new Map(partnerships.map((p) => [p.key, p.id]));
  const activities = await rowsOf(db, [...new Set(windows.map((w) => idOf.get(w.partnership)!))], {
    fields: {
      partnershipId: t.activities.partnershipId,
      id: t.activities.id,
      kind: t.activities.kind,
      startsOn: t.activities.startsOn,
    },
    table: t.activities,
    partnershipId: t.activities.partnershipId,
    order: t.activities.id,
    where: withinWindows(windows, idOf),
  });
  return register.map((p) => ({
    ...p,
    activities: of(activities, idOf.get(p.key)!).map(({ id, kind, startsOn }) => ({ id, kind, startsOn })),
  }));
}
