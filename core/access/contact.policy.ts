import type { Actor } from './actor.ts';
import { isCoordinator, isMinistryEditor } from './roles.ts';

/** Coordinators and ministry editors keep contact persons. */
export const canKeepContacts = (actor: Actor): boolean => isCoordinator(actor) || isMinistryEditor(actor);

/** Requests for access, retention and anonymisation of personal data are handled by coordinators. */
export const canHandlePersonalData = (actor: Actor): boolean => isCoordinator(actor);
