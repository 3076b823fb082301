import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import { canHandlePersonalData, canKeepContacts } from '../access/contact.policy.ts';
import { AppError, notFound } from '../shared/errors.ts';

/** Personal data kept about a contact person: minimal, with a retention date. */
export const contactSchema = z.strictObject({
  organisation: z.string().trim().min(1, 'name the organisation (key or abbreviation)'),
  name: z.string().trim().min(2, 'must have at least 2 characters').max(200),
  function: z.string().trim().max(200).optional(),
  email: z.string().trim().toLowerCase().email('must be an e-mail address').max(254).optional(),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const number = parsePhoneNumberFromString(value, 'DE');
      if (!number?.isValid()) {
        ctx.addIssue({ code: 'custom', message: 'must be a valid telephone number, e.g. +49 351 564 0' });
        return z.NEVER;
      }
      return number.number;
    }),
  retentionUntil: z.iso.date('must be a date YYYY-MM-DD'),
});
export type ContactInput = z.input<typeof contactSchema>;

export interface ContactRecord {
  id: number;
  organisation: { key: string; name: string };
  name: string | null;
  function: string | null;
  email: string | null;
  phone: string | null;
  retentionUntil: string;
  archiveOfferedAt: string | null;
  archiveDecision: 'accepted' | 'declined' | null;
  anonymisedAt: string | null;
}

/** What the contact use-cases need from storage; each call is one transaction with its audit entry. */
export interface ContactPort {
  organisationId(ref: string): Promise<number | null>;
  insert(
    contact: {
      organisationId: number;
      name: string;
      function: string | null;
      email: string | null;
      phone: string | null;
      retentionUntil: string;
    },
    actor: Actor,
  ): Promise<number>;
  find(id: number): Promise<ContactRecord | null>;
  /** Audit entries about this contact (actions and times only). */
  history(id: number): Promise<{ at: string; action: string; actor: string }[]>;
  dueForRetention(today: string): Promise<number[]>;
  markOffered(ids: number[], actor: Actor): Promise<void>;
  recordDecisionAndAnonymise(id: number, decision: 'accepted' | 'declined', actor: Actor): Promise<void>;
}

const fail = (error: z.ZodError) => {
  const issues = error.issues.map((i) => ({ field: i.path.join('.') || 'contact', message: i.message }));
  return new AppError('INVALID_INPUT', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
};

export async function addContact(port: ContactPort, actor: Actor, input: unknown, today: string) {
  if (!canKeepContacts(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators and ministry editors keep contact persons.');
  const parsed = contactSchema.safeParse(input);
  if (!parsed.success) throw fail(parsed.error);
  const c = parsed.data;
  if (c.retentionUntil <= today)
    throw new AppError('INVALID_INPUT', 'retentionUntil: must lie in the future', [
      { field: 'retentionUntil', message: 'must lie in the future' },
    ]);
  const organisationId = await port.organisationId(c.organisation);
  if (organisationId === null)
    throw new AppError('INVALID_INPUT', `organisation: no organisation "${c.organisation}"`, [
      { field: 'organisation', message: `no organisation "${c.organisation}"` },
    ]);
  return port.insert(
    {
      organisationId,
      name: c.name,
      function: c.function ?? null,
      email: c.email ?? null,
      phone: c.phone ?? null,
      retentionUntil: c.retentionUntil,
    },
    actor,
  );
}

/** Everything stored about one person, as JSON (GDPR Art. 15): the data, its purpose and retention, and what was done with it. */
export async function exportContact(port: ContactPort, actor: Actor, id: number, now: Date) {
  if (!canHandlePersonalData(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators answer requests for access to personal data.');
  const contact = await port.find(id);
  if (!contact) throw notFound('Contact person', String(id));
  return {
    exportedAt: now.toISOString(),
    controller: 'Sächsische Staatskanzlei',
    purpose: 'Kontaktpflege im Rahmen der internationalen Zusammenarbeit des Freistaates Sachsen',
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 SächsDSDG',
    person: { name: contact.name, function: contact.function, email: contact.email, phone: contact.phone },
    organisation: contact.organisation,
    retentionUntil: contact.retentionUntil,
    archive: {
      offeredAt: contact.archiveOfferedAt,
      decision: contact.archiveDecision,
      anonymisedAt: contact.anonymisedAt,
    },
    processing: await port.history(id),
  };
}

/** Offers every contact whose retention has ended to the state archive (the recorded first step). */
export async function offerDueContactsToArchive(port: ContactPort, actor: Actor, today: string) {
  if (!canHandlePersonalData(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators run the retention of personal data.');
  const due = await port.dueForRetention(today);
  await port.markOffered(due, actor);
  return due;
}

/** Records the archive's decision and then anonymises the contact: its personal data is gone, the record stays. */
export async function settleArchiveOffer(
  port: ContactPort,
  actor: Actor,
  id: number,
  decision: 'accepted' | 'declined',
) {
  if (!canHandlePersonalData(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators run the retention of personal data.');
  const contact = await port.find(id);
  if (!contact) throw notFound('Contact person', String(id));
  if (contact.anonymisedAt) throw new AppError('CONFLICT', 'This contact person has already been anonymised.');
  if (!contact.archiveOfferedAt)
    throw new AppError('CONFLICT', 'Offer the contact person to the state archive first (retention run).', [
      { field: 'decision', message: 'not offered to the archive yet' },
    ]);
  await port.recordDecisionAndAnonymise(id, decision, actor);
}
