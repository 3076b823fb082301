import type { Actor } from '../../core/access/actor.ts';
import { agreementVisibleTo } from '../../core/access/agreement.policy.ts';
import { publicOnlyFor } from '../../core/access/visibility.ts';
import { notFound } from '../../core/shared/errors.ts';
import type { Executor } from '../client.ts';
import {
  agreementDocumentContent,
  findAgreements,
  getAgreementDetail,
  type AgreementDetail,
} from './agreements.queries.ts';

// The agreements a reader may see, by core/access/agreement.policy.ts (one pattern: visible-records.ts).

/** The agreements the actor may see: those of the partnerships the actor may see (API and pages share this). */
export async function findVisibleAgreements(db: Executor, actor: Actor) {
  const rows = await findAgreements(db, { publicOnly: publicOnlyFor(actor) });
  return rows.filter(agreementVisibleTo(actor));
}

/** One agreement the actor may see; NOT_FOUND both for unknown ones and for those hidden from the actor. */
export async function getVisibleAgreement(db: Executor, actor: Actor, key: string): Promise<AgreementDetail> {
  const detail = key.length <= 200 ? await getAgreementDetail(db, key) : null;
  if (!detail || !agreementVisibleTo(actor)(detail)) throw notFound('Agreement', key);
  // The chain needs no filter of its own: its links share the partnership, and so its visibility.
  return detail;
}

/** A document of an agreement the actor may see, with its content; NOT_FOUND otherwise. */
export async function getVisibleAgreementDocument(db: Executor, actor: Actor, key: string, documentId: number) {
  const agreement = await getVisibleAgreement(db, actor, key);
  const document = await agreementDocumentContent(db, agreement.id, documentId);
  if (!document) throw notFound('Document', `${key}/${documentId}`);
  return document;
}
