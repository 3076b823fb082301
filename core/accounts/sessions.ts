/**
 * Session and lockout rules: a session ends after 30 minutes without use and at the latest
 * 12 hours after login; five failed logins in a row lock the account, first for one minute,
 * doubling with each further failure up to one hour.
 */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
const FREE_ATTEMPTS = 5;
const MAX_LOCK_MS = 60 * 60 * 1000;

export function lockAfterFailure(failedLogins: number, now: Date): Date | null {
  if (failedLogins < FREE_ATTEMPTS) return null;
  const ms = Math.min(60_000 * 2 ** (failedLogins - FREE_ATTEMPTS), MAX_LOCK_MS);
  return new Date(now.getTime() + ms);
}

export function sessionIsLive(session: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return now < session.expiresAt && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}
