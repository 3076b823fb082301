import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthActions } from '#app-context';
import { logIn } from '../core/accounts/log-in.ts';
import { AppError } from '../core/shared/errors.ts';
import { endAllSessions, endSession, loginPort } from '../db/accounts/account.store.ts';
import { sessionOidcIdToken } from '../db/accounts/oidc-account.store.ts';
import { oidcEnabled } from './config.ts';
import { cookieOptions, SESSION_COOKIE } from './plugins/auth.ts';

/** Logging in and out for the pages: the core use-case, then the session cookie to set. */
export function authActions(app: FastifyInstance, request: FastifyRequest, _reply: FastifyReply): AuthActions {
  const { db } = app.services;
  const clear = () => app.serializeCookie(SESSION_COOKIE, '', { ...cookieOptions, expires: new Date(0), maxAge: 0 });
  return {
    oidc: oidcEnabled(),
    async logIn(email, password) {
      try {
        const session = await logIn(await loginPort(db), {
          email,
          password,
          currentSessionId: request.session?.sessionId ?? null,
          now: request.clock.now(),
        });
        return {
          ok: true,
          setCookie: app.serializeCookie(SESSION_COOKIE, session.token, {
            ...cookieOptions,
            // Max-Age rather than Expires: counted from the browser's receipt, whatever its clock says.
            maxAge: Math.max(0, Math.floor((session.expiresAt.getTime() - request.clock.now().getTime()) / 1000)),
          }),
        };
      } catch (error) {
        if (error instanceof AppError)
          return { ok: false, message: error.message, issues: error.issues, locked: error.code === 'FORBIDDEN' };
        throw error;
      }
    },
    async logOut(everywhere) {
      const session = request.session;
      if (session) {
        // Ends the provider's session too (server/plugins/oidc.ts answers with the way there).
        if (app.hasRequestDecorator('oidcLogoutIdToken'))
          request.oidcLogoutIdToken = await sessionOidcIdToken(db, session.sessionId);
        if (everywhere) await endAllSessions(db, session.userId, request.actor, request.clock.now());
        else await endSession(db, session.sessionId, request.actor, request.clock.now());
      }
      return clear();
    },
  };
}
