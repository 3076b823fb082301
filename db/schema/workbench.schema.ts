import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './accounts.schema.ts';
import { bytea, createdAt, id, ref, requiredRef } from './columns.schema.ts';
import { importRunStatus, proposalKind, proposalStatus } from './enums.schema.ts';
import { organisations } from './places.schema.ts';
import { agreements } from './partnerships.schema.ts';

/**
 * The signed document of an agreement (PDF or DOCX), kept in the database — outside any web
 * root, in the same transaction and backup as the record it belongs to. Served only as a download.
 */
export const agreementDocuments = pgTable(
  'agreement_documents',
  {
    id: id(),
    agreementId: requiredRef('agreement_id', () => agreements.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: ref('uploaded_by_user_id', () => users.id),
    uploadedAt: createdAt(),
  },
  (t) => [
    check('agreement_documents_size_positive', sql`${t.sizeBytes} > 0`),
    check('agreement_documents_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'agreement_documents_media_type',
      sql`${t.mediaType} in ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')`,
    ),
    index('agreement_documents_agreement_idx').on(t.agreementId),
  ],
);

/** A stakeholder's proposal (a new activity, or a correction of a record), reviewed by a coordinator. */
export const proposals = pgTable(
  'proposals',
  {
    id: id(),
    kind: proposalKind('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The record a correction refers to, as "<type>:<key>" (e.g. "partnership:lazio"). */
    subjectRef: text('subject_ref'),
    submittedByUserId: requiredRef('submitted_by_user_id', () => users.id),
    organisationId: ref('organisation_id', () => organisations.id),
    status: proposalStatus('status').notNull().default('submitted'),
    reviewedByUserId: ref('reviewed_by_user_id', () => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
    createdAt: createdAt(),
  },
  (t) => [
    check('proposals_title_not_blank', sql`length(trim(${t.title})) > 0`),
    check('proposals_body_not_blank', sql`length(trim(${t.body})) > 0`),
    check(
      'proposals_review_complete',
      sql`(${t.status} = 'submitted') = (${t.reviewedAt} is null and ${t.reviewedByUserId} is null)`,
    ),
    check('proposals_rejection_has_note', sql`${t.status} <> 'rejected' or length(trim(${t.reviewNote})) > 0`),
    index('proposals_status_idx').on(t.status),
    index('proposals_submitted_by_idx').on(t.submittedByUserId),
  ],
);

/** A user's calendar subscription: the feed URL carries a secret token, stored only as its SHA-256. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('calendar_feeds_user_idx').on(t.userId)],
);

/**
 * An uploaded activities file between its dry run and the decision to import: the file itself,
 * the report of every bad row, and at the end how many rows were written and which were skipped.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: id(),
    userId: requiredRef('user_id', () => users.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    rowCount: integer('row_count').notNull(),
    report: jsonb('report').notNull(),
    status: importRunStatus('status').notNull().default('checked'),
    importedCount: integer('imported_count'),
    skippedRows: jsonb('skipped_rows'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    check('import_runs_row_count_nonnegative', sql`${t.rowCount} >= 0`),
    check('import_runs_finished', sql`(${t.status} = 'checked') = (${t.finishedAt} is null)`),
    index('import_runs_user_idx').on(t.userId),
  ],
);
