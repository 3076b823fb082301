import type { Visibility } from '../shared/vocabulary.ts';
import type { Actor } from './actor.ts';
import { isCoordinator, isMinistryEditor } from './roles.ts';
import { canSee } from './visibility.ts';

/** A source document as far as who may see it goes: its visibility and the ministry that added it. */
type OwnedSource = { visibility: Visibility; organisationId: number | null };

/**
 * Who sees a source document: the one visibility rule, with the ministry that added it as its
 * owner. A restricted document added by a coordinator is seen by the coordinators only.
 */
export const canSeeSource = (actor: Actor, source: OwnedSource): boolean =>
  canSee(actor, { visibility: source.visibility, ownerOrganisationId: source.organisationId });

/** `canSeeSource` as a filter: `sources.filter(sourceVisibleTo(actor))`. */
export const sourceVisibleTo =
  (actor: Actor) =>
  (source: OwnedSource): boolean =>
    canSeeSource(actor, source);

/**
 * Coordinators and ministry editors add documents to the library; an editor's document belongs
 * to their ministry (whose editors later review what it yields).
 */
export const canAddSources = (actor: Actor): boolean => isCoordinator(actor) || isMinistryEditor(actor);

/**
 * Whether everyone who may read a record may also read a document it cites (the citation shows
 * its passage with the record): a public record cites public documents, an internal one public
 * or internal ones, a restricted one also the restricted documents of its own ministry.
 */
export function citableWith(
  document: OwnedSource,
  record: { visibility: Visibility; ownerOrganisationId: number | null },
): boolean {
  if (document.visibility === 'public') return true;
  if (document.visibility === 'internal') return record.visibility !== 'public';
  return (
    record.visibility === 'restricted' &&
    record.ownerOrganisationId !== null &&
    record.ownerOrganisationId === document.organisationId
  );
}
