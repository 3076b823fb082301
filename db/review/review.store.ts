import { and, asc, eq, or } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { ReviewStore, StoredCandidate } from '../../core/review/candidate.types.ts';
import type { ExtractedFact } from '../../core/sources/fact.ts';
import { activityStore } from '../activities/activity.store.ts';
import { agreementStore } from '../agreements/agreement.store.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Transaction } from '../client.ts';
import { statusChangeStore } from '../partnerships/status-change.store.ts';
import * as t from '../schema.ts';
import { registerFacts } from './register-facts.queries.ts';
import { citedRecord, copyCitations } from './cited-records.ts';

/** The review store bound to one transaction: the decision and every write it causes commit together. */
export function reviewStore(tx: Transaction, actor: Actor, at: Date): ReviewStore {
  const audit = (action: string, entityType: string, entityId: number | string, before: unknown, after: unknown) =>
    appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action,
          entityType,
          entityId: String(entityId),
          before,
          after,
        },
      ],
      at,
    );
  return {
    agreements: agreementStore(tx, actor, at),
    activities: activityStore(tx, actor, at),
    statusChanges: statusChangeStore(tx, at),
    async find(id): Promise<StoredCandidate | null> {
      const [row] = await tx.select().from(t.factCandidates).where(eq(t.factCandidates.id, id)).for('update');
      if (!row) return null;
      const [document] = await tx
        .select({
          id: t.sourceDocuments.id,
          key: t.sourceDocuments.key,
          title: t.sourceDocuments.title,
          visibility: t.sourceDocuments.visibility,
          organisationId: t.sourceDocuments.organisationId,
          content: t.sourceDocuments.content,
        })
        .from(t.sourceDocuments)
        .where(eq(t.sourceDocuments.id, row.sourceDocumentId));
      const [partnership] = row.partnershipId
        ? await tx
            .select({ key: t.partnerships.key })
            .from(t.partnerships)
            .where(eq(t.partnerships.id, row.partnershipId))
        : [];
      return {
        id: row.id,
        type: row.type,
        fact: row.fact as ExtractedFact,
        quote: row.quote,
        quoteAt: row.quoteAt,
        match: row.match,
        matchRef: row.matchRef,
        partnership: partnership?.key ?? null,
        organisationId: row.organisationId,
        status: row.status,
        document: document!,
      };
    },
    register: (facts) => registerFacts(tx, facts),
    async organisation(ref) {
      const [row] = await tx
        .select({ id: t.organisations.id, key: t.organisations.key })
        .from(t.organisations)
        .where(or(eq(t.organisations.key, ref), eq(t.organisations.abbreviation, ref)));
      return row ?? null;
    },
    async partnership(key) {
      const [row] = await tx
        .select({ id: t.partnerships.id, key: t.partnerships.key })
        .from(t.partnerships)
        .where(eq(t.partnerships.key, key));
      if (!row) return null;
      const [place] = await tx
        .select({ iso1: t.places.iso3166_1, iso2: t.places.iso3166_2, kind: t.places.kind, name: t.places.nameDe })
        .from(t.partnershipPlaces)
        .innerJoin(t.places, eq(t.places.id, t.partnershipPlaces.placeId))
        .where(eq(t.partnershipPlaces.partnershipId, row.id))
        .orderBy(asc(t.partnershipPlaces.position))
        .limit(1);
      const iso = place ? (place.iso2 ?? (place.kind === 'country' ? place.iso1 : null)) : null;
      return { ...row, partner: place ? { iso, name: place.name } : null };
    },
    resolve: (ref) => citedRecord(tx, ref),
    async setPartnershipStart(partnershipId, since) {
      const [before] = await tx
        .select({ since: t.partnerships.since })
        .from(t.partnerships)
        .where(eq(t.partnerships.id, partnershipId))
        .for('update');
      await tx.update(t.partnerships).set({ since, updatedAt: at }).where(eq(t.partnerships.id, partnershipId));
      await audit('partnership.since.set', 'partnership', partnershipId, { since: before?.since ?? null }, { since });
    },
    async cite(subject, documentId, citation) {
      await tx.insert(t.citations).values({ ...subject, sourceDocumentId: documentId, ...citation });
    },
    async openConflict(draft, documentId, citation, candidateId) {
      const key = `kandidat-${candidateId}`;
      const [partnership] = draft.partnership
        ? await tx
            .select({ id: t.partnerships.id })
            .from(t.partnerships)
            .where(eq(t.partnerships.key, draft.partnership))
        : [];
      const [conflict] = await tx
        .insert(t.conflicts)
        .values({ key, partnershipId: partnership?.id ?? null, topic: draft.topic, summary: draft.summary })
        .returning({ id: t.conflicts.id });
      const claims = await tx
        .insert(t.conflictClaims)
        .values([
          { conflictId: conflict!.id, position: 1, statement: draft.registerStatement },
          { conflictId: conflict!.id, position: 2, statement: draft.documentStatement },
        ])
        .returning({ id: t.conflictClaims.id });
      if (draft.registerRef) await copyCitations(tx, draft.registerRef, claims[0]!.id);
      await tx
        .insert(t.citations)
        .values({ conflictClaimId: claims[1]!.id, sourceDocumentId: documentId, ...citation });
      await audit('conflict.open', 'conflict', conflict!.id, null, { key, ...draft });
      return key;
    },
    async update(id, change, note) {
      const [partnership] = change.partnership
        ? await tx
            .select({ id: t.partnerships.id })
            .from(t.partnerships)
            .where(eq(t.partnerships.key, change.partnership))
        : [];
      await tx
        .update(t.factCandidates)
        .set({
          fact: change.fact,
          match: change.match,
          matchRef: change.matchRef,
          partnershipId: partnership?.id ?? null,
          organisationId: change.organisationId,
        })
        .where(and(eq(t.factCandidates.id, id), eq(t.factCandidates.status, 'open')));
      await audit(note.action, 'fact_candidate', id, note.before, note.after);
    },
    async decide(id, decision, note) {
      await tx
        .update(t.factCandidates)
        .set({ ...decision, decidedByUserId: actorUserId(actor), decidedAt: at })
        .where(eq(t.factCandidates.id, id));
      await audit(note.action, 'fact_candidate', id, note.before, note.after);
    },
  };
}

/** Runs `work` with a review store bound to one transaction and actor: all of it is written, or none. */
export function withReviewStore<T>(db: Database, actor: Actor, at: Date, work: (store: ReviewStore) => Promise<T>) {
  return db.transaction((tx) => work(reviewStore(tx, actor, at)));
}
