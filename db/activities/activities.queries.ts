import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { ActivityFilter } from '../../core/activities/activity-list.ts';
import type { Executor } from '../client.ts';
import * as t from '../schema.ts';
import { activityListColumns } from './activity-columns.queries.ts';
import { currentStrategyVersionId } from '../strategy/strategy.queries.ts';

/** Activities matching the filter (newest first, undated last), with organiser and partnership names. */
export async function findActivities(db: Executor, filter: ActivityFilter & { publicOnly: boolean; month?: string }) {
  const where: SQL[] = [];
  if (filter.publicOnly) where.push(eq(t.activities.visibility, 'public'));
  if (filter.kind) where.push(eq(t.activities.kind, filter.kind));
  if (filter.status) where.push(eq(t.activities.status, filter.status));
  if (filter.organiser) where.push(eq(t.organisations.key, filter.organiser));
  if (filter.partnership) where.push(eq(t.partnerships.key, filter.partnership));
  if (filter.year) where.push(sql`left(${t.activities.startsOn}, 4) = ${filter.year}`);
  if (filter.month) {
    const year = filter.month.slice(0, 4);
    where.push(
      or(
        sql`left(${t.activities.startsOn}, 7) = ${filter.month}`,
        eq(t.activities.startsOn, year),
        and(sql`${t.activities.startsOn} < ${filter.month}`, sql`${t.activities.endsOn} >= ${filter.month}`),
      )!,
    );
  }
  return db
    .select({
      ...activityListColumns,
      organiser: sql<string | null>`coalesce(${t.organisations.abbreviation}, ${t.organisations.name})`,
      partnership: { key: t.partnerships.key, name: t.partnerships.name, nameEn: t.partnerships.nameEn },
    })
    .from(t.activities)
    .leftJoin(t.organisations, eq(t.organisations.id, t.activities.organiserId))
    .leftJoin(t.partnerships, eq(t.partnerships.id, t.activities.partnershipId))
    .where(and(...where))
    .orderBy(sql`${t.activities.startsOn} desc nulls last`, desc(t.activities.id));
}
export type ActivityRow = Awaited<ReturnType<typeof findActivities>>[number];

/** What the filters and the form offer: ministries (organisers), partnerships, sectors, years with activities. */
export async function activityChoices(db: Executor) {
  const [ministries, partnerships, sectors, years] = await Promise.all([
    db
      .select({
        id: t.organisations.id,
        key: t.organisations.key,
        name: t.organisations.name,
        abbreviation: t.organisations.abbreviation,
      })
      .from(t.organisations)
      .where(inArray(t.organisations.kind, ['ministry', 'state_chancellery']))
      .orderBy(asc(t.organisations.abbreviation)),
    db
      .select({
        key: t.partnerships.key,
        name: t.partnerships.name,
        nameEn: t.partnerships.nameEn,
        visibility: t.partnerships.visibility,
        leadOrganisationId: t.partnerships.leadOrganisationId,
      })
      .from(t.partnerships)
      .orderBy(asc(t.partnerships.name)),
    db
      .select({ key: t.sectors.key, name: t.sectors.nameDe, nameEn: t.sectors.nameEn })
      .from(t.sectors)
      .orderBy(asc(t.sectors.nameDe)),
    db
      .selectDistinct({ year: sql<string>`left(${t.activities.startsOn}, 4)` })
      .from(t.activities)
      .where(sql`${t.activities.startsOn} is not null`),
  ]);
  return {
    ministries,
    partnerships,
    sectors,
    years: years
      .map((y) => y.year)
      .sort()
      .reverse(),
  };
}

/** What only the activity form offers besides the filters: working groups, and the current strategy's instruments and goals. */
export async function activityFormChoices(db: Executor) {
  const [workingGroups, instruments, goals] = await Promise.all([
    db
      .select({ key: t.workingGroups.key, name: t.workingGroups.name, partnershipKey: t.partnerships.key })
      .from(t.workingGroups)
      .innerJoin(t.partnerships, eq(t.partnerships.id, t.workingGroups.partnershipId))
      .orderBy(asc(t.workingGroups.name)),
    db
      .select({ numeral: t.instruments.numeral, title: t.instruments.title, titleEn: t.instruments.titleEn })
      .from(t.instruments)
      .where(eq(t.instruments.strategyVersionId, currentStrategyVersionId))
      .orderBy(asc(t.instruments.position)),
    db
      .select({ key: t.goals.key, title: t.goals.title, titleEn: t.goals.titleEn })
      .from(t.goals)
      .where(eq(t.goals.strategyVersionId, currentStrategyVersionId))
      .orderBy(asc(t.goals.position)),
  ]);
  return { workingGroups, instruments, goals };
}
