import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, id, isPartialDate, partialDate, ref, requiredRef } from './columns.schema.ts';
import { commitmentLevel, focusField, measureStatus } from './enums.schema.ts';
import { organisations, places } from './places.schema.ts';
import { sourceDocuments } from './sources.schema.ts';

/** One adopted version of a strategy document, loaded from a file under strategy/. */
export const strategyVersions = pgTable(
  'strategy_versions',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    shortTitle: text('short_title').notNull(),
    titleEn: text('title_en').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    version: text('version').notNull(),
    adoptedOn: partialDate('adopted_on'),
    adoptedBy: text('adopted_by').notNull(),
    sourceDocumentId: requiredRef('source_document_id', () => sourceDocuments.id),
    coordination: text('coordination').notNull(),
    evaluation: text('evaluation').notNull(),
    budgetReservation: text('budget_reservation').notNull(),
    fileName: text('file_name').notNull(),
    fileSha256: char('file_sha256', { length: 64 }).notNull(),
    loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('strategy_versions_adopted_on_format', isPartialDate(t.adoptedOn))],
);

export const goals = pgTable(
  'goals',
  {
    id: id(),
    strategyVersionId: integer('strategy_version_id')
      .notNull()
      .references(() => strategyVersions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
  },
  (t) => [
    unique('goals_version_key').on(t.strategyVersionId, t.key),
    unique('goals_version_position').on(t.strategyVersionId, t.position),
  ],
);

export const instruments = pgTable(
  'instruments',
  {
    id: id(),
    strategyVersionId: integer('strategy_version_id')
      .notNull()
      .references(() => strategyVersions.id, { onDelete: 'cascade' }),
    numeral: text('numeral').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    measuresIntro: text('measures_intro'),
  },
  (t) => [
    unique('instruments_version_numeral').on(t.strategyVersionId, t.numeral),
    unique('instruments_version_position').on(t.strategyVersionId, t.position),
    check('instruments_numeral_roman', sql`${t.numeral} ~ '^[IVXLC]+$'`),
  ],
);

/** A sub-area of an instrument, e.g. Außenwirtschaft / Ansiedlungen / Fachkräfte under III. */
export const instrumentSubAreas = pgTable(
  'instrument_sub_areas',
  {
    id: id(),
    instrumentId: integer('instrument_id')
      .notNull()
      .references(() => instruments.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    measuresIntro: text('measures_intro'),
  },
  (t) => [unique('instrument_sub_areas_instrument_key').on(t.instrumentId, t.key)],
);

export const measures = pgTable(
  'measures',
  {
    id: id(),
    strategyVersionId: integer('strategy_version_id')
      .notNull()
      .references(() => strategyVersions.id, { onDelete: 'cascade' }),
    instrumentId: integer('instrument_id')
      .notNull()
      .references(() => instruments.id, { onDelete: 'cascade' }),
    subAreaId: ref('sub_area_id', () => instrumentSubAreas.id),
    key: text('key').notNull(),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    commitment: commitmentLevel('commitment').notNull(),
    leadOrganisationId: ref('lead_organisation_id', () => organisations.id),
    status: measureStatus('status'),
    statusNote: text('status_note'),
    statusUpdatedAt: timestamp('status_updated_at', { withTimezone: true }),
    /** Progress in percent when the lead ministry states one; otherwise the default of its status applies. */
    progressPercent: integer('progress_percent'),
    budgetReservation: boolean('budget_reservation').notNull().default(true),
    footnote: text('footnote'),
  },
  (t) => [
    unique('measures_version_key').on(t.strategyVersionId, t.key),
    unique('measures_instrument_position').on(t.instrumentId, t.position),
    index('measures_lead_organisation_idx').on(t.leadOrganisationId),
    index('measures_status_idx').on(t.status),
    check('measures_progress_percent_range', sql`${t.progressPercent} between 0 and 100`),
    check('measures_progress_needs_status', sql`${t.progressPercent} is null or ${t.status} is not null`),
  ],
);

/** A step of a measure with its due date and, once reached, the date it was reached. */
export const measureMilestones = pgTable(
  'measure_milestones',
  {
    id: id(),
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    dueOn: partialDate('due_on'),
    reachedOn: partialDate('reached_on'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('measure_milestones_position').on(t.measureId, t.position),
    check('measure_milestones_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('measure_milestones_due_on_format', isPartialDate(t.dueOn)),
    check('measure_milestones_reached_on_format', isPartialDate(t.reachedOn)),
  ],
);

/** Which goals a measure serves (kept by coordinators; the strategy text does not assign them). */
export const measureGoals = pgTable(
  'measure_goals',
  {
    measureId: integer('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    goalId: integer('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.goalId] }), index('measure_goals_goal_idx').on(t.goalId)],
);

/** A country, region, sector or format the strategy names as a focus of one field. */
export const focusDesignations = pgTable(
  'focus_designations',
  {
    id: id(),
    strategyVersionId: integer('strategy_version_id')
      .notNull()
      .references(() => strategyVersions.id, { onDelete: 'cascade' }),
    field: focusField('field').notNull(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    labelEn: text('label_en').notNull(),
    placeId: ref('place_id', () => places.id),
  },
  (t) => [
    unique('focus_designations_version_field_position').on(t.strategyVersionId, t.field, t.position),
    index('focus_designations_place_idx').on(t.placeId),
  ],
);
