import { sql, type SQL } from 'drizzle-orm';
import { customType, integer, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** Primary key used by every table: an identity column the database assigns. */
export const id = () => integer('id').primaryKey().generatedAlwaysAsIdentity();

/**
 * A date with its precision, stored as reduced-precision ISO 8601 ("1992", "2025-10",
 * "2016-10-18"): "seit 1992" and "18 Oct 2016" are different facts and stay so.
 */
export const partialDate = (name: string) => text(name);

/** CHECK expression for a partial-date column (NULL passes). */
export const isPartialDate = (column: AnyPgColumn): SQL =>
  sql`${column} ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'`;

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A PostgreSQL full-text search vector (German configuration where it is generated). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Binary content (attachments, staged imports), read and written as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A foreign key to another table's id; the row it points to cannot be deleted while it does. */
export const ref = (name: string, target: () => AnyPgColumn) =>
  integer(name).references(target, { onDelete: 'restrict' });

/** A required foreign key to another table's id (see `ref`). */
export const requiredRef = (name: string, target: () => AnyPgColumn) => ref(name, target).notNull();
