import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import type { SqlClient } from '../sql.ts';

/**
 * The workload queries, written with Drizzle as a query in db/<area>/*.queries.ts would be. Each one's
 * baseline is the very SQL Drizzle generates for it (toSQL()), run on the raw driver.
 */

export interface RegisterFilter {
  partnershipId: number;
  status: 'planned' | 'confirmed' | 'done' | 'cancelled';
  /** Partial date: activities starting on or after it. */
  from: string;
}

/** W2: the activities register — three filters, newest first, the first page of 50. */
export const registerQuery = (db: Executor, f: RegisterFilter, options: { total?: boolean } = {}) =>
  db
    .select({
      key: t.activities.key,
      kind: t.activities.kind,
      title: t.activities.title,
      startsOn: t.activities.startsOn,
      endsOn: t.activities.endsOn,
      status: t.activities.status,
      visibility: t.activities.visibility,
      organiser: t.organisations.name,
      ...(options.total ? { total: sql<number>`count(*) over ()`.mapWith(Number).as('total') } : {}),
    })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .where(
      and(
        eq(t.activities.partnershipId, f.partnershipId),
        eq(t.activities.status, f.status),
        gte(t.activities.startsOn, f.from),
      ),
    )
    .orderBy(desc(t.activities.startsOn), desc(t.activities.id))
    .limit(50);

/** The raw-driver baseline of a Drizzle query: the same SQL text and parameters. */
export function rawOf(sqlClient: SqlClient, query: { toSQL(): { sql: string; params: unknown[] } }) {
  const { sql: text, params } = query.toSQL();
  return { text, params, run: () => sqlClient.query(text, params) };
}
