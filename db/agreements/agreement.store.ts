import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { AgreementAuditNote, AgreementStore, StoredAgreement } from '../../core/agreements/agreement.types.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import { citableDocuments, insertCitation } from '../sources/cite.queries.ts';
import { recordRefs } from '../shared/record-refs.queries.ts';
import * as t from '../schema.ts';

/** The agreement store bound to an open transaction (for writes that span more than agreements, like a review). */
export function agreementStore(tx: Transaction, actor: Actor, at: Date): AgreementStore {
  const entry = (id: number, action: string, before: unknown, after: unknown) => ({
    actorUserId: actorUserId(actor),
    actorLabel: actorLabel(actor),
    action,
    entityType: 'agreement',
    entityId: String(id),
    before,
    after,
  });
  const audit = (id: number, note: AgreementAuditNote) =>
    appendAudit(
      tx,
      [
        entry(id, note.action, note.before, note.after),
        ...(note.predecessor
          ? [entry(note.predecessor.id, 'agreement.renewed', note.predecessor.before, note.predecessor.after)]
          : []),
      ],
      at,
    );
  return {
    ...recordRefs(tx),
    async find(key): Promise<StoredAgreement | null> {
      // Locked, so two renewals of one agreement are decided one after the other.
      const [row] = await tx.select().from(t.agreements).where(eq(t.agreements.key, key)).for('update');
      if (!row) return null;
      const predecessor = alias(t.agreements, 'predecessor');
      const [links] = await tx
        .select({ partnership: t.partnerships.key, place: t.places.key, renews: predecessor.key })
        .from(t.agreements)
        .leftJoin(t.partnerships, eq(t.partnerships.id, t.agreements.partnershipId))
        .leftJoin(t.places, eq(t.places.id, t.agreements.signedAtPlaceId))
        .leftJoin(predecessor, eq(predecessor.id, t.agreements.renewsAgreementId))
        .where(eq(t.agreements.id, row.id));
      const [renewal] = await tx
        .select({ key: t.agreements.key })
        .from(t.agreements)
        .where(eq(t.agreements.renewsAgreementId, row.id));
      const signatories = await tx
        .select({
          name: t.agreementSignatories.name,
          role: t.agreementSignatories.role,
          side: t.agreementSignatories.side,
        })
        .from(t.agreementSignatories)
        .where(eq(t.agreementSignatories.agreementId, row.id))
        .orderBy(asc(t.agreementSignatories.position));
      return {
        id: row.id,
        partnershipId: row.partnershipId,
        key: row.key,
        kind: row.kind,
        title: row.title,
        partnership: links?.partnership ?? null,
        signedOn: row.signedOn,
        signedAt: links?.place ?? null,
        termMonths: row.termMonths,
        expiresOn: row.expiresOn,
        renews: links?.renews ?? null,
        renewedBy: renewal?.key ?? null,
        signatories,
      };
    },
    async keyTaken(key) {
      const [row] = await tx.select({ id: t.agreements.id }).from(t.agreements).where(eq(t.agreements.key, key));
      return row !== undefined;
    },
    citableDocument: citableDocuments(tx),
    async insert(data, ids, note, cited) {
      const [row] = await tx
        .insert(t.agreements)
        .values({
          key: data.key,
          partnershipId: ids.partnershipId,
          kind: data.kind,
          title: data.title,
          signedOn: data.signedOn,
          signedAtPlaceId: ids.signedAtPlaceId,
          termMonths: data.termMonths,
          expiresOn: data.expiresOn,
          renewsAgreementId: ids.renewsAgreementId,
        })
        .returning({ id: t.agreements.id });
      if (data.signatories.length)
        await tx
          .insert(t.agreementSignatories)
          .values(data.signatories.map((s, i) => ({ agreementId: row!.id, position: i + 1, ...s })));
      if (cited) await insertCitation(tx, { agreementId: row!.id }, cited, data.renews ? 'renewal' : 'existence');
      await audit(row!.id, note);
      return row!.id;
    },
    async attachDocument(agreementId, file, note) {
      const [row] = await tx
        .insert(t.agreementDocuments)
        .values({
          agreementId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          content: Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength),
          uploadedByUserId: actorUserId(actor),
        })
        .returning({ id: t.agreementDocuments.id });
      await audit(agreementId, note);
      return row!.id;
    },
  };
}

/** Runs `work` with an agreement store bound to one transaction and actor: all of it is written, or none. */
export function withAgreementStore<T>(
  db: Database,
  actor: Actor,
  at: Date,
  work: (store: AgreementStore) => Promise<T>,
): Promise<T> {
  return db.transaction((tx) => work(agreementStore(tx, actor, at)));
}
