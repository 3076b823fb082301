import { sql, type SQL } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, primaryKey, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { createdAt, id, isPartialDate, partialDate, ref, tsvector, updatedAt } from './columns.schema.ts';
import { activityKind, activityStatus, visibility } from './enums.schema.ts';
import { organisations, places, sectors } from './places.schema.ts';
import { partnerships, workingGroups } from './partnerships.schema.ts';
import { goals, instruments, measures } from './strategy.schema.ts';

/** An international activity of the government or its partners. */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    key: text('key').unique(),
    kind: activityKind('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startsOn: partialDate('starts_on'),
    endsOn: partialDate('ends_on'),
    organiserId: ref('organiser_id', () => organisations.id),
    partnershipId: ref('partnership_id', () => partnerships.id),
    /** The working group whose meeting this is (kind working_group_meeting). */
    workingGroupId: ref('working_group_id', () => workingGroups.id),
    status: activityStatus('status').notNull(),
    visibility: visibility('visibility').notNull().default('internal'),
    budgetPlannedCents: bigint('budget_planned_cents', { mode: 'number' }),
    budgetActualCents: bigint('budget_actual_cents', { mode: 'number' }),
    outcome: text('outcome'),
    /** RFC 5545 SEQUENCE: raised by every change a calendar shows (dates, title, place, status). */
    icalSequence: integer('ical_sequence').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /** German full-text search over title and description, kept by the database. */
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('german', ${activities.title} || ' ' || coalesce(${activities.description}, ''))`,
    ),
  },
  (t) => [
    check('activities_starts_on_format', isPartialDate(t.startsOn)),
    check('activities_ends_on_format', isPartialDate(t.endsOn)),
    check(
      'activities_ends_after_start',
      sql`${t.endsOn} is null or (${t.startsOn} is not null and ${t.endsOn} >= ${t.startsOn})`,
    ),
    check('activities_budget_planned_nonnegative', sql`${t.budgetPlannedCents} >= 0`),
    check('activities_budget_actual_nonnegative', sql`${t.budgetActualCents} >= 0`),
    index('activities_partnership_starts_idx').on(t.partnershipId, t.startsOn),
    // A candidate's comparison: the activities of one partnership and kind, starting in a window (ADR 0032).
    index('activities_partnership_kind_starts_idx').on(t.partnershipId, t.kind, t.startsOn),
    // The register's page query: one partnership, one status, newest first (bench W2).
    index('activities_partnership_status_starts_idx').on(
      t.partnershipId,
      t.status,
      t.startsOn.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('activities_search_idx').using('gin', t.search),
    index('activities_starts_on_idx').on(t.startsOn),
    index('activities_organiser_idx').on(t.organiserId),
    index('activities_kind_idx').on(t.kind),
    index('activities_working_group_idx').on(t.workingGroupId),
    check('activities_ical_sequence_nonnegative', sql`${t.icalSequence} >= 0`),
  ],
);

/** A many-to-many link from an activity to another register entry. */
const link = (table: string, column: string, target: () => AnyPgColumn) =>
  pgTable(
    table,
    {
      activityId: integer('activity_id')
        .notNull()
        .references(() => activities.id, { onDelete: 'cascade' }),
      targetId: integer(column).notNull().references(target, { onDelete: 'restrict' }),
    },
    (t) => [primaryKey({ columns: [t.activityId, t.targetId] }), index(`${table}_target_idx`).on(t.targetId)],
  );

export const activityPlaces = link('activity_places', 'place_id', () => places.id);
export const activityParticipants = link('activity_participants', 'organisation_id', () => organisations.id);
export const activitySectors = link('activity_sectors', 'sector_id', () => sectors.id);
export const activityGoals = link('activity_goals', 'goal_id', () => goals.id);
export const activityInstruments = link('activity_instruments', 'instrument_id', () => instruments.id);
export const activityMeasures = link('activity_measures', 'measure_id', () => measures.id);
