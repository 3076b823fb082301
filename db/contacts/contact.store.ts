import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { ContactPort } from '../../core/contacts/contact-persons.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../client.ts';
import { organisationIdByRef } from '../organisations/organisations.queries.ts';
import * as t from '../schema.ts';

/** Audit entries about contact persons name the fields touched, never their values. */
const audit = (actor: Actor, action: string, id: number, after: Record<string, unknown>) => ({
  actorUserId: actorUserId(actor),
  actorLabel: actorLabel(actor),
  action,
  entityType: 'contact_person',
  entityId: String(id),
  before: null,
  after,
});

/** Contact persons, with every write stamped with the instant `at` of the action. */
export function contactPort(db: Database, at: Date): ContactPort {
  return {
    organisationId: (ref) => organisationIdByRef(db, ref),
    insert: (contact, actor) =>
      db.transaction(async (tx) => {
        const [row] = await tx.insert(t.contactPersons).values(contact).returning({ id: t.contactPersons.id });
        const fields = Object.entries(contact)
          .filter(([k, v]) => v !== null && !['organisationId', 'retentionUntil'].includes(k))
          .map(([k]) => k);
        await appendAudit(
          tx,
          [
            audit(actor, 'contact.create', row!.id, {
              organisationId: contact.organisationId,
              retentionUntil: contact.retentionUntil,
              fields,
            }),
          ],
          at,
        );
        return row!.id;
      }),
    async find(id) {
      const [row] = await db
        .select({ c: t.contactPersons, org: { key: t.organisations.key, name: t.organisations.name } })
        .from(t.contactPersons)
        .innerJoin(t.organisations, eq(t.organisations.id, t.contactPersons.organisationId))
        .where(eq(t.contactPersons.id, id));
      if (!row) return null;
      const { c } = row;
      return {
        id: c.id,
        organisation: row.org,
        name: c.name,
        function: c.function,
        email: c.email,
        phone: c.phone,
        retentionUntil: c.retentionUntil,
        archiveOfferedAt: c.archiveOfferedAt?.toISOString() ?? null,
        archiveDecision: c.archiveDecision,
        anonymisedAt: c.anonymisedAt?.toISOString() ?? null,
      };
    },
    async history(id) {
      const rows = await db
        .select({ at: t.auditLog.occurredAt, action: t.auditLog.action, actor: t.auditLog.actorLabel })
        .from(t.auditLog)
        .where(and(eq(t.auditLog.entityType, 'contact_person'), eq(t.auditLog.entityId, String(id))))
        .orderBy(asc(t.auditLog.id));
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    },
    async dueForRetention(today) {
      const rows = await db
        .select({ id: t.contactPersons.id })
        .from(t.contactPersons)
        .where(
          and(
            lt(t.contactPersons.retentionUntil, today),
            isNull(t.contactPersons.archiveOfferedAt),
            isNull(t.contactPersons.anonymisedAt),
          ),
        )
        .orderBy(asc(t.contactPersons.id));
      return rows.map((r) => r.id);
    },
    markOffered: (ids, actor) =>
      db.transaction(async (tx) => {
        if (ids.length === 0) return;
        await tx.update(t.contactPersons).set({ archiveOfferedAt: at }).where(inArray(t.contactPersons.id, ids));
        await appendAudit(
          tx,
          ids.map((id) => audit(actor, 'contact.archive_offered', id, { to: 'Sächsisches Staatsarchiv' })),
          at,
        );
      }),
    recordDecisionAndAnonymise: (id, decision, actor) =>
      db.transaction(async (tx) => {
        await tx
          .update(t.contactPersons)
          .set({
            archiveDecision: decision,
            archiveDecidedAt: at,
            anonymisedAt: at,
            name: null,
            function: null,
            email: null,
            phone: null,
          })
          .where(eq(t.contactPersons.id, id));
        await appendAudit(
          tx,
          [
            audit(actor, 'contact.archive_decided', id, { decision }),
            audit(actor, 'contact.anonymised', id, { fields: ['name', 'function', 'email', 'phone'] }),
          ],
          at,
        );
      }),
  };
}
