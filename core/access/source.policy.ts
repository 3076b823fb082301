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
