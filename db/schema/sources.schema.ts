import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, isPartialDate, partialDate, ref, requiredRef, tsvector } from './columns.schema.ts';
import { candidateMatch, candidateStatus, factType, sourceKind, visibility } from './enums.schema.ts';
import { users } from './accounts.schema.ts';
import { activities } from './activities.schema.ts';
import {
  agreements,
  conflictClaims,
  partnerships,
  partnershipStatusChanges,
  workingGroups,
} from './partnerships.schema.ts';
import { organisations } from './places.schema.ts';
import { evaluationCriteria } from './rounds.schema.ts';
import { focusDesignations, goals, instruments, measures, strategyVersions } from './strategy.schema.ts';

/** A document facts are taken from: its full text is kept so every citation can be checked. */
export const sourceDocuments = pgTable(
  'source_documents',
  {
    id: id(),
    key: text('key').notNull().unique(),
    fileName: text('file_name').notNull(),
    kind: sourceKind('kind').notNull(),
    title: text('title').notNull(),
    publisher: text('publisher').notNull(),
    publishedOn: partialDate('published_on'),
    language: char('language', { length: 2 }).notNull(),
    ocr: boolean('ocr').notNull().default(false),
    /** The text as used and quoted: for OCR'd text the repaired one. */
    content: text('content').notNull(),
    /** The text as received, where repair changed it; quotes stay checkable against it. */
    originalContent: text('original_content'),
    /** What the repair changed: [{ at, original, repaired }] with offsets into `content`. */
    repairs: jsonb('repairs')
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** SHA-256 of the file as received (of the text, for pasted text): one document is stored once. */
    sha256: char('sha256', { length: 64 }).notNull(),
    mediaType: text('media_type').notNull().default('text/plain'),
    url: text('url'),
    visibility: visibility('visibility').notNull().default('public'),
    /** The ministry that added it; its editors may review the candidates it yields. */
    organisationId: ref('organisation_id', () => organisations.id),
    addedByUserId: ref('added_by_user_id', () => users.id),
    createdAt: createdAt(),
    /** German full-text search over title and text, kept by the database. */
    search: tsvector('search').generatedAlwaysAs(
      (): SQL => sql`to_tsvector('german', ${sourceDocuments.title} || ' ' || ${sourceDocuments.content})`,
    ),
  },
  (t) => [
    index('source_documents_search_idx').using('gin', t.search),
    check('source_documents_published_on_format', isPartialDate(t.publishedOn)),
    check('source_documents_sha256_hex', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    uniqueIndex('source_documents_sha256_key').on(t.sha256),
    check('source_documents_content_not_blank', sql`length(trim(${t.content})) > 0`),
    index('source_documents_visibility_idx').on(t.visibility),
  ],
);

/**
 * A fact the extraction proposes from a document, waiting for a person's decision. Nothing of it
 * reaches the register until someone accepts it; then `result` names the record it became or
 * was merged into ("agreement:lazio-2021-mou").
 */
export const factCandidates = pgTable(
  'fact_candidates',
  {
    id: id(),
    sourceDocumentId: integer('source_document_id')
      .notNull()
      .references(() => sourceDocuments.id, { onDelete: 'cascade' }),
    type: factType('type').notNull(),
    /** The fact as proposed (or as edited by the reviewer): the shape of `sources extract --json`. */
    fact: jsonb('fact').notNull(),
    /** The exact passage of the document it rests on, and where it starts in the text. */
    quote: text('quote').notNull(),
    quoteAt: integer('quote_at').notNull(),
    confidence: integer('confidence_pct').notNull(),
    match: candidateMatch('match').notNull().default('new'),
    /** The recorded fact it matches or contradicts ("agreement:lazio-2021-mou"). */
    matchRef: text('match_ref'),
    partnershipId: ref('partnership_id', () => partnerships.id),
    organisationId: ref('organisation_id', () => organisations.id),
    status: candidateStatus('status').notNull().default('open'),
    result: text('result'),
    reason: text('reason'),
    decidedByUserId: ref('decided_by_user_id', () => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check('fact_candidates_quote_not_blank', sql`length(trim(${t.quote})) > 0`),
    check('fact_candidates_confidence_range', sql`${t.confidence} between 0 and 100`),
    check(
      'fact_candidates_decision_complete',
      sql`(${t.status} = 'open') = (${t.decidedAt} is null and ${t.decidedByUserId} is null)`,
    ),
    check('fact_candidates_rejection_has_reason', sql`${t.status} <> 'rejected' or length(trim(${t.reason})) > 0`),
    check(
      'fact_candidates_decision_has_result',
      sql`${t.status} not in ('accepted', 'merged') or ${t.result} is not null`,
    ),
    index('fact_candidates_source_idx').on(t.sourceDocumentId),
    index('fact_candidates_status_idx').on(t.status),
    index('fact_candidates_partnership_idx').on(t.partnershipId),
    index('fact_candidates_organisation_idx').on(t.organisationId),
  ],
);

const subject = (name: string) => integer(name);

/**
 * One passage of a source document supporting one fact about exactly one subject. The
 * subject columns are real foreign keys (not a polymorphic pair), so a citation can never
 * point at something that does not exist.
 */
export const citations = pgTable(
  'citations',
  {
    id: id(),
    sourceDocumentId: requiredRef('source_document_id', () => sourceDocuments.id),
    locator: text('locator').notNull(),
    quote: text('quote').notNull(),
    claim: text('claim'),
    strategyVersionId: subject('strategy_version_id').references(() => strategyVersions.id, { onDelete: 'cascade' }),
    goalId: subject('goal_id').references(() => goals.id, { onDelete: 'cascade' }),
    instrumentId: subject('instrument_id').references(() => instruments.id, { onDelete: 'cascade' }),
    measureId: subject('measure_id').references(() => measures.id, { onDelete: 'cascade' }),
    focusDesignationId: subject('focus_designation_id').references(() => focusDesignations.id, {
      onDelete: 'cascade',
    }),
    organisationId: subject('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    partnershipId: subject('partnership_id').references(() => partnerships.id, { onDelete: 'restrict' }),
    statusChangeId: subject('status_change_id').references(() => partnershipStatusChanges.id, {
      onDelete: 'restrict',
    }),
    agreementId: subject('agreement_id').references(() => agreements.id, { onDelete: 'restrict' }),
    workingGroupId: subject('working_group_id').references(() => workingGroups.id, { onDelete: 'restrict' }),
    activityId: subject('activity_id').references(() => activities.id, { onDelete: 'restrict' }),
    conflictClaimId: subject('conflict_claim_id').references(() => conflictClaims.id, { onDelete: 'cascade' }),
    evaluationCriterionId: subject('evaluation_criterion_id').references(() => evaluationCriteria.id, {
      onDelete: 'restrict',
    }),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'citations_exactly_one_subject',
      sql`num_nonnulls(${t.strategyVersionId}, ${t.goalId}, ${t.instrumentId}, ${t.measureId}, ${t.focusDesignationId}, ${t.organisationId}, ${t.partnershipId}, ${t.statusChangeId}, ${t.agreementId}, ${t.workingGroupId}, ${t.activityId}, ${t.conflictClaimId}, ${t.evaluationCriterionId}) = 1`,
    ),
    check('citations_quote_not_blank', sql`length(trim(${t.quote})) > 0`),
    index('citations_source_document_idx').on(t.sourceDocumentId),
    index('citations_strategy_version_idx')
      .on(t.strategyVersionId)
      .where(sql`${t.strategyVersionId} is not null`),
    index('citations_goal_idx')
      .on(t.goalId)
      .where(sql`${t.goalId} is not null`),
    index('citations_instrument_idx')
      .on(t.instrumentId)
      .where(sql`${t.instrumentId} is not null`),
    index('citations_measure_idx')
      .on(t.measureId)
      .where(sql`${t.measureId} is not null`),
    index('citations_focus_designation_idx')
      .on(t.focusDesignationId)
      .where(sql`${t.focusDesignationId} is not null`),
    index('citations_organisation_idx')
      .on(t.organisationId)
      .where(sql`${t.organisationId} is not null`),
    index('citations_partnership_idx')
      .on(t.partnershipId)
      .where(sql`${t.partnershipId} is not null`),
    index('citations_status_change_idx')
      .on(t.statusChangeId)
      .where(sql`${t.statusChangeId} is not null`),
    index('citations_agreement_idx')
      .on(t.agreementId)
      .where(sql`${t.agreementId} is not null`),
    index('citations_working_group_idx')
      .on(t.workingGroupId)
      .where(sql`${t.workingGroupId} is not null`),
    index('citations_activity_idx')
      .on(t.activityId)
      .where(sql`${t.activityId} is not null`),
    index('citations_conflict_claim_idx')
      .on(t.conflictClaimId)
      .where(sql`${t.conflictClaimId} is not null`),
    index('citations_evaluation_criterion_idx')
      .on(t.evaluationCriterionId)
      .where(sql`${t.evaluationCriterionId} is not null`),
  ],
);
