import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, id, ref, requiredRef } from './columns.schema.ts';
import { role } from './enums.schema.ts';
import { organisations } from './places.schema.ts';

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: role('role').notNull(),
    organisationId: ref('organisation_id', () => organisations.id),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    /** Consecutive failed logins; reset by a successful one. */
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** "<issuer> <sub>" of an OpenID Connect account. */
    oidcSubject: text('oidc_subject').unique(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`),
    check('users_email_shape', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check('users_failed_logins_nonnegative', sql`${t.failedLogins} >= 0`),
    check('users_can_log_in_somehow', sql`${t.passwordHash} is not null or ${t.oidcSubject} is not null`),
    check(
      'users_ministry_roles_need_organisation',
      sql`${t.role} not in ('ministry_editor', 'assessor', 'stakeholder') or ${t.organisationId} is not null`,
    ),
  ],
);

/**
 * Append-only record of every change (a trigger refuses UPDATE and DELETE). Each entry
 * carries the hash of its predecessor, so a gap or an edit breaks the chain.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: ref('actor_user_id', () => users.id),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull().unique(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.occurredAt),
    index('audit_log_actor_idx').on(t.actorUserId),
  ],
);

/**
 * A login session. The browser holds a random token; only its SHA-256 is stored, so a copy
 * of the database cannot be used to log in. OpenID Connect tokens stay here, on the server.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: char('id', { length: 64 }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    oidcIdToken: text('oidc_id_token'),
    oidcRefreshToken: text('oidc_refresh_token'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Secrets the installation generates for itself on first start (never shipped in code). */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: createdAt(),
});

export const archiveDecision = pgEnum('archive_decision', ['accepted', 'declined']);

/**
 * A contact person at an organisation. Personal data is kept to what the work needs and
 * until `retention_until`; then it is offered to the state archive (a recorded step) and,
 * once the archive has decided, anonymised. The audit log records that this happened,
 * never the personal data itself.
 */
export const contactPersons = pgTable(
  'contact_persons',
  {
    id: id(),
    organisationId: requiredRef('organisation_id', () => organisations.id),
    name: text('name'),
    function: text('function'),
    email: text('email'),
    phone: text('phone'),
    retentionUntil: date('retention_until', { mode: 'string' }).notNull(),
    archiveOfferedAt: timestamp('archive_offered_at', { withTimezone: true }),
    archiveDecision: archiveDecision('archive_decision'),
    archiveDecidedAt: timestamp('archive_decided_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    check('contact_persons_named_until_anonymised', sql`(${t.anonymisedAt} is null) = (${t.name} is not null)`),
    check(
      'contact_persons_anonymised_has_no_data',
      sql`${t.anonymisedAt} is null or (${t.email} is null and ${t.phone} is null and ${t.function} is null)`,
    ),
    check(
      'contact_persons_decision_after_offer',
      sql`${t.archiveDecision} is null or ${t.archiveOfferedAt} is not null`,
    ),
    check(
      'contact_persons_anonymised_after_decision',
      sql`${t.anonymisedAt} is null or ${t.archiveDecision} is not null`,
    ),
    index('contact_persons_organisation_idx').on(t.organisationId),
    index('contact_persons_retention_idx')
      .on(t.retentionUntil)
      .where(sql`${t.anonymisedAt} is null`),
  ],
);
