/** One change of one field, as a record's history shows it. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const flatten = (value: unknown, prefix = ''): Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix ? { [prefix]: value } : {};
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, unknown>>(
    (out, [key, v]) => ({
      ...out,
      ...(v !== null && typeof v === 'object' && !Array.isArray(v)
        ? flatten(v, prefix ? `${prefix}.${key}` : key)
        : { [prefix ? `${prefix}.${key}` : key]: v }),
    }),
    {},
  );
};

/** The fields an audit entry changed, before and after, field by field (nested fields dotted). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return fields
    .filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null))
    .map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}

/**
 * Fields that hold personal data of contact persons (names are kept apart in their own records;
 * these catch e-mail addresses, telephone numbers and contact records wherever a change holds them).
 */
const PERSONAL =
  /(^|\.)(contacts?|contactPersons?|contactPersonIds?|e-?mails?|emailAddress|phones?|phoneNumber|telephone|mobile|fax)(\.|$)/i;

/** Whether a field of an audit entry holds personal data that a record's history never shows. */
export const isPersonalField = (field: string): boolean => PERSONAL.test(field);

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The changes a record's history shows: every changed field except personal data of contact
 * persons, and except "changes" from nothing to an empty value (an empty list where none was).
 */
export const shownChanges = (before: unknown, after: unknown): FieldChange[] =>
  fieldChanges(before, after).filter((c) => !isPersonalField(c.field) && !(isEmpty(c.from) && isEmpty(c.to)));
