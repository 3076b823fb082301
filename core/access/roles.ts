import { organisationOf, roleOf, type Actor } from './actor.ts';

// The roles as the policies speak of them, each defined once.

/** Staff of the government: every role except stakeholders (and the public, who have none). */
export const isInternal = (actor: Actor): boolean => !['public', 'stakeholder'].includes(roleOf(actor));

/** A coordinator of the State Chancellery, or the operator, who acts with a coordinator's rights. */
export const isCoordinator = (actor: Actor): boolean => roleOf(actor) === 'coordinator';

/** A ministry editor, who keeps the records of their own ministry. */
export const isMinistryEditor = (actor: Actor): boolean => roleOf(actor) === 'ministry_editor';

/** Whether the actor belongs to the organisation that owns a record (no owner: nobody does). */
export const belongsTo = (actor: Actor, owner: number | null): boolean =>
  owner !== null && organisationOf(actor) === owner;
