import type { Actor } from './actor.ts';
import { isCoordinator } from './roles.ts';

/** Only coordinators administer users. */
export const canAdministerUsers = (actor: Actor): boolean => isCoordinator(actor);

/** Only coordinators read the audit log as a whole (a record's own history: `canReadHistory`). */
export const canReadAuditLog = (actor: Actor): boolean => isCoordinator(actor);
