import type { Actor } from '../access/actor.ts';
import { canChangePartnershipStatus } from '../access/partnership.policy.ts';
import { AppError, notFound } from '../shared/errors.ts';
import {
  PUBLIC_RECORD,
  requireCitableWith,
  requireCitation,
  type CitedPassage,
  type FindCitableDocument,
} from '../sources/cite.ts';
import {
  planStatusChange,
  type PlannedStatusChange,
  type StatusChangeRequest,
  type StatusHistoryEntry,
} from './status-lifecycle.ts';

/** What the use-case needs from storage; the db layer implements it inside one transaction. */
export interface StatusChangeStore {
  findPartnership(ref: string): Promise<{ id: number; key: string; history: StatusHistoryEntry[] } | null>;
  /** A library document by its key, for the citation rule. */
  citableDocument: FindCitableDocument;
  /** Writes the change (with its citation, where it rests on a document) and returns the id of its history row. */
  recordStatusChange(
    partnershipId: number,
    change: PlannedStatusChange,
    actor: Actor,
    cited?: CitedPassage | null,
  ): Promise<number>;
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
 * reasoned and rest on a passage that really occurs in a library document the actor may see. The store
 * writes the history row, its citation, the current status and the audit entry together.
 */
export async function changePartnershipStatus({ store, ref, request, actor, today }: ChangePartnershipStatusInput) {
  if (!canChangePartnershipStatus(actor))
    throw new AppError('FORBIDDEN', 'Only coordinators change the status of a partnership.');
  const partnership = await store.findPartnership(ref);
  if (!partnership) throw notFound('Partnership', ref);
  const planned = planStatusChange(partnership.history, request, today);
  const source = request.source!;
  // The one citation rule: a library document the actor may see, and a passage that stands in it.
  const cited = await requireCitation(
    store.citableDocument,
    actor,
    { source: source.documentKey, locator: source.locator, quote: source.quote },
    { required: true },
  );
  requireCitableWith(cited, PUBLIC_RECORD);
  await store.recordStatusChange(partnership.id, planned, actor, cited);
  return { partnership: partnership.key, ...planned };
}
