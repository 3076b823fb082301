import type { Role } from '../shared/vocabulary.ts';

/**
 * Who is asking: nobody logged in, a user with a role (and, for ministry roles, a ministry),
 * or the operator of the installation at the command line, who acts with a coordinator's rights.
 */
export type Actor =
  | { kind: 'public' }
  | { kind: 'user'; userId: number; label: string; role: Role; organisationId: number | null }
  | { kind: 'operator'; label: string };

/** Nobody logged in. */
export const PUBLIC: Actor = { kind: 'public' };

/** The operator at the command line, labelled with the command that acts. */
export const operator = (label: string): Actor => ({ kind: 'operator', label: `cli:${label}` });

/** The role whose rights the actor has; the public has none. */
export const roleOf = (actor: Actor): Role | 'public' =>
  actor.kind === 'user' ? actor.role : actor.kind === 'operator' ? 'coordinator' : 'public';

/** The ministry or organisation the actor belongs to, if any. */
export const organisationOf = (actor: Actor): number | null => (actor.kind === 'user' ? actor.organisationId : null);

/** The user id to store with a change (null for the operator). */
export const actorUserId = (actor: Actor): number | null => (actor.kind === 'user' ? actor.userId : null);

/** How the actor is named in the audit log. */
export const actorLabel = (actor: Actor): string => (actor.kind === 'public' ? 'public' : actor.label);
