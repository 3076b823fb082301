import type { Actor } from '../access/actor.ts';
import { canChangePartnershipStatus } from '../access/partnership.policy.ts';
import { AppError, notFound } from '../shared/errors.ts';
import { findPassageIn, MAX_PASSAGE_RATIO } from '../sources/find-passage.ts';
import {
  planStatusChange,
  type PlannedStatusChange,
  type StatusChangeRequest,
  type StatusHistoryEntry,
} from './status-lifecycle.ts';

/** What the use-case needs from storage; the db layer implements it inside one transaction. */
export interface StatusChangeStore {
  findPartnership(ref: string): Promise<{ id: number; key: string; history: StatusHistoryEntry[] } | null>;
  /** The document's text and, where OCR repair changed it, the text as received; null: no such document. */
  sourceTexts(documentKey: string): Promise<string[] | null>;
  /** Writes the change and returns the id of its history row. */
  recordStatusChange(partnershipId: number, change: PlannedStatusChange, actor: Actor): Promise<number>;
}

export interface ChangePartnershipStatusInput {
  store: StatusChangeStore;
  ref: string;
  request: StatusChangeRequest;
  actor: Actor;
  today: string;
}

/**
 * Changes a partnership's status through the lifecycle: the change must be allowed, dated,
 * reasoned and rest on a passage that really occurs in a stored source document. The store
 * writes the history row, its citation, the current status and the audit entry together.
 */
export async function changePartnershipStatus({ store, ref, request, actor, today }: ChangePartnershipStatusInput) {
  if (!canChangePartnershipStatus(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators change the status of a partnership.');
  const partnership = await store.findPartnership(ref);
  if (!partnership) throw notFound('Partnership', ref);
  const planned = planStatusChange(partnership.history, request, today);
  const source = request.source!;
  const texts = await store.sourceTexts(source.documentKey);
  if (texts === null) {
    throw new AppError('INVALID_INPUT', `Source document "${source.documentKey}" does not exist.`, [
      { field: 'source', message: 'Name a stored source document.' },
    ]);
  }
  if (findPassageIn(texts, source.quote).ratio > MAX_PASSAGE_RATIO) {
    throw new AppError('INVALID_INPUT', `The quote does not occur in "${source.documentKey}".`, [
      { field: 'quote', message: 'Quote the passage as it stands in the source.' },
    ]);
  }
  await store.recordStatusChange(partnership.id, planned, actor);
  return { partnership: partnership.key, ...planned };
}
