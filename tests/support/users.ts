import { eq, or } from 'drizzle-orm';
import { hashPassword } from '../../core/accounts/password-hash.ts';
import type { Role } from '../../core/shared/vocabulary.ts';
import type { Database } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { openSession } from '../../db/accounts/account.store.ts';
import { testClock } from './clock.ts';

export const TEST_PASSWORD = 'Elbwiesen im Nebel, Fähre nach Pillnitz';

export interface TestUser {
  id: number;
  email: string;
  role: Role;
  organisationId: number | null;
  /** The Cookie header of a fresh session. */
  cookie: string;
}

/** A user of the given role (in the given ministry or organisation, by key or abbreviation) with an open session. */
export async function buildUser(
  db: Database,
  role: Role,
  organisation: string | null,
  email = `${role}.${organisation ?? 'sk'}@test.sachsen.de`.toLowerCase(),
): Promise<TestUser> {
  let organisationId: number | null = null;
  if (organisation) {
    const [o] = await db
      .select({ id: t.organisations.id })
      .from(t.organisations)
      .where(or(eq(t.organisations.key, organisation), eq(t.organisations.abbreviation, organisation)));
    if (!o) throw new Error(`no organisation ${organisation}`);
    organisationId = o.id;
  }
  const [user] = await db
    .insert(t.users)
    .values({
      email,
      displayName: `Test ${role}`,
      role,
      organisationId,
      passwordHash: await hashPassword(TEST_PASSWORD),
    })
    .returning({ id: t.users.id });
  const { token } = await openSession(db, user!.id, null, testClock.now());
  return { id: user!.id, email, role, organisationId, cookie: `__Host-bb_session=${token}` };
}
