import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, id, isPartialDate, partialDate, ref, requiredRef, updatedAt } from './columns.schema.ts';
import {
  agreementKind,
  conflictStatus,
  partnershipKind,
  partnershipStatus,
  signatorySide,
  visibility,
} from './enums.schema.ts';
import { users } from './accounts.schema.ts';
import { organisations, places, sectors } from './places.schema.ts';
import { evaluationRounds } from './rounds.schema.ts';

/**
 * A partnership of the Free State. `status` is the current status, kept equal to the last
 * row of partnership_status_changes by the status use-case (both written in one transaction).
 */
export const partnerships = pgTable(
  'partnerships',
  {
    id: id(),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    kind: partnershipKind('kind').notNull(),
    status: partnershipStatus('status').notNull(),
    since: partialDate('since'),
    leadOrganisationId: ref('lead_organisation_id', () => organisations.id),
    visibility: visibility('visibility').notNull().default('public'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('partnerships_since_format', isPartialDate(t.since)),
    index('partnerships_status_idx').on(t.status),
    index('partnerships_kind_idx').on(t.kind),
    index('partnerships_lead_organisation_idx').on(t.leadOrganisationId),
  ],
);

export const partnershipPlaces = pgTable(
  'partnership_places',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    placeId: requiredRef('place_id', () => places.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.placeId] }), index('partnership_places_place_idx').on(t.placeId)],
);

export const partnershipSectors = pgTable(
  'partnership_sectors',
  {
    partnershipId: integer('partnership_id')
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    sectorId: requiredRef('sector_id', () => sectors.id),
  },
  (t) => [
    primaryKey({ columns: [t.partnershipId, t.sectorId] }),
    index('partnership_sectors_sector_idx').on(t.sectorId),
  ],
);

/** The dated, reasoned history of a partnership's status. Rows are never deleted. */
export const partnershipStatusChanges = pgTable(
  'partnership_status_changes',
  {
    id: id(),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    sequence: integer('sequence').notNull(),
    fromStatus: partnershipStatus('from_status'),
    toStatus: partnershipStatus('to_status').notNull(),
    effectiveOn: partialDate('effective_on'),
    reason: text('reason').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedByUserId: ref('recorded_by_user_id', () => users.id),
    /** The evaluation round whose decision the change carries out (its source, besides any citation). */
    evaluationRoundId: integer('evaluation_round_id').references((): AnyPgColumn => evaluationRounds.id, {
      onDelete: 'restrict',
    }),
  },
  (t) => [
    unique('partnership_status_changes_sequence').on(t.partnershipId, t.sequence),
    check('partnership_status_changes_effective_on_format', isPartialDate(t.effectiveOn)),
    check('partnership_status_changes_changes_something', sql`${t.fromStatus} is distinct from ${t.toStatus}`),
    check('partnership_status_changes_first_has_no_predecessor', sql`(${t.sequence} = 1) = (${t.fromStatus} is null)`),
    check('partnership_status_changes_reason_not_blank', sql`length(trim(${t.reason})) > 0`),
  ],
);

/** A joint declaration, MoU or declaration of intent; a renewal points to its predecessor. */
export const agreements = pgTable(
  'agreements',
  {
    id: id(),
    key: text('key').notNull().unique(),
    partnershipId: ref('partnership_id', () => partnerships.id),
    kind: agreementKind('kind').notNull(),
    title: text('title').notNull(),
    signedOn: partialDate('signed_on'),
    signedAtPlaceId: ref('signed_at_place_id', () => places.id),
    termMonths: integer('term_months'),
    expiresOn: partialDate('expires_on'),
    renewsAgreementId: integer('renews_agreement_id')
      .unique()
      .references((): AnyPgColumn => agreements.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [
    check('agreements_signed_on_format', isPartialDate(t.signedOn)),
    check('agreements_expires_on_format', isPartialDate(t.expiresOn)),
    check('agreements_term_positive', sql`${t.termMonths} > 0`),
    check('agreements_term_needs_signing_date', sql`${t.termMonths} is null or ${t.signedOn} is not null`),
    check(
      'agreements_expiry_after_signing',
      sql`${t.expiresOn} is null or ${t.signedOn} is null or ${t.expiresOn} > ${t.signedOn}`,
    ),
    check('agreements_not_own_renewal', sql`${t.renewsAgreementId} <> ${t.id}`),
    index('agreements_partnership_idx').on(t.partnershipId),
    index('agreements_expires_on_idx').on(t.expiresOn),
  ],
);

export const agreementSignatories = pgTable(
  'agreement_signatories',
  {
    id: id(),
    agreementId: integer('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    organisationId: ref('organisation_id', () => organisations.id),
    side: signatorySide('side').notNull(),
  },
  (t) => [unique('agreement_signatories_position').on(t.agreementId, t.position)],
);

export const workingGroups = pgTable(
  'working_groups',
  {
    id: id(),
    key: text('key').notNull().unique(),
    name: text('name').notNull(),
    partnershipId: requiredRef('partnership_id', () => partnerships.id),
    establishedByAgreementId: ref('established_by_agreement_id', () => agreements.id),
    purpose: text('purpose'),
  },
  (t) => [index('working_groups_partnership_idx').on(t.partnershipId)],
);

/** A disagreement between sources, kept open with every claim and its citation. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: id(),
    key: text('key').notNull().unique(),
    partnershipId: ref('partnership_id', () => partnerships.id),
    topic: text('topic').notNull(),
    summary: text('summary').notNull(),
    status: conflictStatus('status').notNull().default('open'),
    resolution: text('resolution'),
  },
  (t) => [
    check('conflicts_resolved_has_resolution', sql`${t.status} = 'open' or ${t.resolution} is not null`),
    index('conflicts_partnership_idx').on(t.partnershipId),
  ],
);

export const conflictClaims = pgTable(
  'conflict_claims',
  {
    id: id(),
    conflictId: integer('conflict_id')
      .notNull()
      .references(() => conflicts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    statement: text('statement').notNull(),
    placeId: ref('place_id', () => places.id),
  },
  (t) => [unique('conflict_claims_position').on(t.conflictId, t.position)],
);
