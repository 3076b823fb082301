import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Audience } from '../../core/access/visibility.ts';

/**
 * Who sees a record is decided in core/access (`<record>.policy.ts`); the db layer only says the
 * same in SQL. Every `visible-*` read follows one pattern:
 *
 * 1. narrow the query by the reader's audience (`audienceOf(actor)`: `publicOnlyFor`, or
 *    `audienceSql` below where a query counts or cuts before it returns rows),
 * 2. keep only the rows the record's policy lets through (`activityVisibleTo`,
 *    `partnershipVisibleTo`, `agreementVisibleTo`, `matchVisibleTo`),
 * 3. answer NOT_FOUND for a single record the reader may not see, as for one that does not exist.
 */

/**
 * The audience as a SQL condition on a record's visibility and owner columns (the same answer as
 * `canSee` for records without named organisations or a submitter); undefined when the audience
 * sees everything.
 */
export function audienceSql(
  audience: Audience,
  record: { visibility: SQLWrapper; owner: SQLWrapper },
): SQL | undefined {
  if (audience.kind === 'everything') return undefined;
  if (audience.kind === 'public') return sql`${record.visibility} = 'public'`;
  if (audience.ownOrganisationId === null) return sql`${record.visibility} <> 'restricted'`;
  return sql`(${record.visibility} <> 'restricted' or ${record.owner} = ${audience.ownOrganisationId})`;
}
