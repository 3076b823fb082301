import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { type Actor, actorLabel, actorUserId } from '../../core/access/actor.ts';
import type { CreateUserPort } from '../../core/accounts/create-user.ts';
import type { LoginPort, LoginUser } from '../../core/accounts/log-in.ts';
import { decoyHash, hashPassword, verifyPassword } from '../../core/accounts/password-hash.ts';
import { SESSION_ABSOLUTE_MS, sessionIsLive } from '../../core/accounts/sessions.ts';
import type { Role } from '../../core/shared/vocabulary.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database, Executor } from '../client.ts';
import { organisationIdByRef } from '../organisations/organisations.queries.ts';
import * as t from '../schema.ts';

/** The columns of an account a session or a login needs. */
export const accountColumns = {
  id: t.users.id,
  email: t.users.email,
  displayName: t.users.displayName,
  role: t.users.role,
  organisationId: t.users.organisationId,
  disabledAt: t.users.disabledAt,
};

/** Sessions are stored by the SHA-256 of their token; the token itself only lives in the cookie. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser {
  sessionId: string;
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  organisationId: number | null;
}

/** The live session a token belongs to (touching it), or null. Ended and expired sessions are removed. */
export async function findSession(db: Database, token: string, now: Date): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const [row] = await db
    .select({
      session: t.sessions,
      user: accountColumns,
    })
    .from(t.sessions)
    .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
    .where(eq(t.sessions.id, id));
  if (!row) return null;
  if (!sessionIsLive(row.session, now) || row.user.disabledAt) {
    await db.delete(t.sessions).where(eq(t.sessions.id, id));
    return null;
  }
  // Touch at most once a minute: enough for the idle timeout, without a write per request.
  if (now.getTime() - row.session.lastSeenAt.getTime() > 60_000)
    await db.update(t.sessions).set({ lastSeenAt: now }).where(eq(t.sessions.id, id));
  return {
    sessionId: id,
    userId: row.user.id,
    email: row.user.email,
    displayName: row.user.displayName,
    role: row.user.role,
    organisationId: row.user.organisationId,
  };
}

export async function endSession(db: Database, sessionId: string, actor: Actor, now: Date) {
  await db.transaction(async (tx) => {
    await tx.delete(t.sessions).where(eq(t.sessions.id, sessionId));
    await appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action: 'session.end',
          entityType: 'user',
          entityId: String(actorUserId(actor)),
          before: null,
          after: null,
        },
      ],
      now,
    );
  });
}

/** Logs the user out on every device. */
export async function endAllSessions(db: Database, userId: number, actor: Actor, now: Date) {
  await db.transaction(async (tx) => {
    await tx.delete(t.sessions).where(eq(t.sessions.userId, userId));
    await appendAudit(
      tx,
      [
        {
          actorUserId: actorUserId(actor),
          actorLabel: actorLabel(actor),
          action: 'session.end_all',
          entityType: 'user',
          entityId: String(userId),
          before: null,
          after: null,
        },
      ],
      now,
    );
  });
}

/** The audit entry of a successful login (password or OpenID Connect). */
export const loginAuditEvent = (userId: number, method: 'password' | 'oidc') => ({
  actorUserId: userId,
  actorLabel: `user:${userId}`,
  action: 'session.login',
  entityType: 'user',
  entityId: String(userId),
  before: null,
  after: { method },
});

/** Opens a session for a user (used by password and OpenID Connect logins). */
export async function openSession(
  db: Executor,
  userId: number,
  replacedSessionId: string | null,
  now: Date,
  oidc?: { idToken?: string; refreshToken?: string },
) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  if (replacedSessionId) await db.delete(t.sessions).where(eq(t.sessions.id, replacedSessionId));
  await db.delete(t.sessions).where(and(eq(t.sessions.userId, userId), lt(t.sessions.expiresAt, now)));
  await db.insert(t.sessions).values({
    id: sessionIdOf(token),
    userId,
    expiresAt,
    lastSeenAt: now,
    oidcIdToken: oidc?.idToken ?? null,
    oidcRefreshToken: oidc?.refreshToken ?? null,
  });
  await db.update(t.users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(t.users.id, userId));
  return { token, expiresAt };
}

export async function loginPort(db: Database): Promise<LoginPort> {
  return {
    async findUserByEmail(email): Promise<LoginUser | null> {
      const [u] = await db
        .select({
          id: t.users.id,
          email: t.users.email,
          displayName: t.users.displayName,
          passwordHash: t.users.passwordHash,
          failedLogins: t.users.failedLogins,
          lockedUntil: t.users.lockedUntil,
          disabledAt: t.users.disabledAt,
        })
        .from(t.users)
        .where(sql`lower(${t.users.email}) = lower(${email})`);
      return u ?? null;
    },
    async recordFailure(userId, failedLogins, lockedUntil, now) {
      await db.transaction(async (tx) => {
        await tx.update(t.users).set({ failedLogins, lockedUntil }).where(eq(t.users.id, userId));
        await appendAudit(
          tx,
          [
            {
              actorUserId: userId,
              actorLabel: `user:${userId}`,
              action: 'session.login_failed',
              entityType: 'user',
              entityId: String(userId),
              before: null,
              after: { failedLogins, lockedUntil: lockedUntil?.toISOString() ?? null },
            },
          ],
          now,
        );
      });
    },
    openSession: (userId, replaced, now) =>
      db.transaction(async (tx) => {
        const session = await openSession(tx, userId, replaced, now);
        await appendAudit(tx, [loginAuditEvent(userId, 'password')], now);
        return session;
      }),
    verifyPassword,
    decoyHash: await decoyHash(),
  };
}

/** Creating accounts, stamped with the instant `at` of the action that creates them. */
export function createUserPort(db: Database, at: Date): CreateUserPort {
  return {
    organisationId: (ref) => organisationIdByRef(db, ref),
    async emailTaken(email) {
      return (await db.$count(t.users, sql`lower(${t.users.email}) = lower(${email})`)) > 0;
    },
    hashPassword,
    insertUser: (user, actor) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .insert(t.users)
          .values({ ...user, passwordChangedAt: user.passwordHash ? at : null })
          .returning({ id: t.users.id });
        const { passwordHash: _omit, ...visible } = user;
        await appendAudit(
          tx,
          [
            {
              actorUserId: actorUserId(actor),
              actorLabel: actorLabel(actor),
              action: 'user.create',
              entityType: 'user',
              entityId: String(row!.id),
              before: null,
              after: { ...visible, password: user.passwordHash ? 'set' : 'none' },
            },
          ],
          at,
        );
        return row!.id;
      }),
  };
}

/** The installation's own secret for signing CSRF tokens, generated on first use. */
export async function appSecret(db: Database, name: string): Promise<string> {
  await db
    .insert(t.appSecrets)
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: t.appSecrets.value }).from(t.appSecrets).where(eq(t.appSecrets.name, name));
  return row!.value;
}
