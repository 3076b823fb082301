import { eq, sql } from 'drizzle-orm';
import { changedFields, type OidcProfile } from '../../core/accounts/oidc-claims.ts';
import { appendAudit } from '../audit-log.ts';
import type { Database } from '../client.ts';
import * as t from '../schema.ts';
import { createUserPort, loginAuditEvent, openSession } from './account.store.ts';
import { accountColumns } from './account.store.ts';

/** The ID token an OpenID Connect session was opened with (for logging out at the provider), or null. */
export async function sessionOidcIdToken(db: Database, sessionId: string): Promise<string | null> {
  const [row] = await db
    .select({ idToken: t.sessions.oidcIdToken })
    .from(t.sessions)
    .where(eq(t.sessions.id, sessionId));
  return row?.idToken ?? null;
}

export type OidcLoginResult =
  | { ok: true; userId: number; token: string; expiresAt: Date; created: boolean }
  | { ok: false; refusal: 'unknown_organisation' | 'email_taken' | 'disabled' };

/**
 * Logs in the account of an OpenID Connect subject ("<issuer> <sub>"): creates it on first
 * login (audited as user.create by "oidc"), brings role, organisation, name and address in line
 * with the provider's claims (audited as user.update), and opens a new session that keeps the
 * provider's tokens, all in one transaction.
 */
export async function logInWithOidc(
  db: Database,
  input: {
    oidcSubject: string;
    profile: OidcProfile;
    replacedSessionId: string | null;
    tokens: { idToken?: string; refreshToken?: string };
    /** The instant of the login. */
    now: Date;
  },
): Promise<OidcLoginResult> {
  const { profile } = input;
  const organisationId = profile.organisation
    ? await createUserPort(db, input.now).organisationId(profile.organisation)
    : null;
  if (profile.organisation && organisationId === null) return { ok: false, refusal: 'unknown_organisation' };
  const wanted = { email: profile.email, displayName: profile.displayName, role: profile.role, organisationId };
  return db.transaction(async (tx): Promise<OidcLoginResult> => {
    const [existing] = await tx.select(accountColumns).from(t.users).where(eq(t.users.oidcSubject, input.oidcSubject));
    if (existing?.disabledAt) return { ok: false, refusal: 'disabled' };
    const emailOwner = async () => {
      const [owner] = await tx
        .select({ id: t.users.id })
        .from(t.users)
        .where(sql`lower(${t.users.email}) = lower(${wanted.email})`);
      return owner?.id ?? null;
    };
    let userId: number;
    const audit: Parameters<typeof appendAudit>[1] = [];
    if (!existing) {
      if ((await emailOwner()) !== null) return { ok: false, refusal: 'email_taken' };
      const [row] = await tx
        .insert(t.users)
        .values({ ...wanted, oidcSubject: input.oidcSubject })
        .returning({ id: t.users.id });
      userId = row!.id;
      audit.push({
        actorUserId: null,
        actorLabel: 'oidc',
        action: 'user.create',
        entityType: 'user',
        entityId: String(userId),
        before: null,
        after: { ...wanted, oidcSubject: input.oidcSubject, password: 'none' },
      });
    } else {
      userId = existing.id;
      const { id: _id, disabledAt: _disabled, ...stored } = existing;
      const changes = changedFields(stored, wanted);
      if (Object.keys(changes).length) {
        if (changes.email !== undefined && ![null, userId].includes(await emailOwner()))
          return { ok: false, refusal: 'email_taken' };
        await tx.update(t.users).set(changes).where(eq(t.users.id, userId));
        const before = Object.fromEntries(Object.keys(changes).map((k) => [k, stored[k as keyof typeof stored]]));
        audit.push({
          actorUserId: null,
          actorLabel: 'oidc',
          action: 'user.update',
          entityType: 'user',
          entityId: String(userId),
          before,
          after: changes,
        });
      }
    }
    const session = await openSession(tx, userId, input.replacedSessionId, input.now, input.tokens);
    audit.push(loginAuditEvent(userId, 'oidc'));
    await appendAudit(tx, audit, input.now);
    return { ok: true, userId, ...session, created: !existing };
  });
}
