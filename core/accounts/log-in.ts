import { AppError } from '../shared/errors.ts';
import { normalisePassword } from './password-rules.ts';
import { lockAfterFailure } from './sessions.ts';

export interface LoginUser {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
}

/** What logging in needs from storage and from the password hasher. */
export interface LoginPort {
  findUserByEmail(email: string): Promise<LoginUser | null>;
  recordFailure(userId: number, failedLogins: number, lockedUntil: Date | null, now: Date): Promise<void>;
  /** Resets the failure count, ends `replacedSessionId` if given, and opens a new session. */
  openSession(userId: number, replacedSessionId: string | null, now: Date): Promise<{ token: string; expiresAt: Date }>;
  verifyPassword(hash: string, password: string): Promise<boolean>;
  /** A hash to verify against when the account does not exist, so timing does not tell. */
  decoyHash: string;
}

export const INVALID_LOGIN = 'E-Mail-Adresse oder Passwort ist nicht richtig.';
export const LOCKED_LOGIN =
  'Zu viele Fehlversuche: Die Anmeldung ist vorübergehend gesperrt. Bitte versuchen Sie es später erneut.';

/**
 * Logs a user in with e-mail and password. A wrong password, an unknown address and a
 * disabled account all get the same answer; repeated failures lock the account for a while.
 * On success the session is new (the one the browser had before, if any, is ended).
 */
export async function logIn(
  port: LoginPort,
  input: { email: string; password: string; currentSessionId: string | null; now: Date },
) {
  const email = input.email.trim();
  // Not an address at all (or one the database could not even hold): no lookup, same answer.
  const plausible = email.length <= 254 && /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+$/u.test(email);
  const user = plausible ? await port.findUserByEmail(email) : null;
  const password = normalisePassword(input.password);
  if (user?.lockedUntil && user.lockedUntil > input.now) {
    throw new AppError('FORBIDDEN', LOCKED_LOGIN, [{ field: 'email', message: LOCKED_LOGIN }]);
  }
  const valid = await port.verifyPassword(user?.passwordHash ?? port.decoyHash, password);
  if (!user || !user.passwordHash || user.disabledAt || !valid) {
    if (user && !valid) {
      const failed = user.failedLogins + 1;
      await port.recordFailure(user.id, failed, lockAfterFailure(failed, input.now), input.now);
    }
    throw new AppError('INVALID_INPUT', INVALID_LOGIN, [{ field: 'password', message: INVALID_LOGIN }]);
  }
  const session = await port.openSession(user.id, input.currentSessionId, input.now);
  return { userId: user.id, ...session };
}
