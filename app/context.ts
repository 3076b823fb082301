import { createContext } from 'react-router';
import type { Actor } from '../core/access/actor.ts';
import type { Clock } from '../core/shared/clock.ts';
import type { FieldIssue } from '../core/shared/errors.ts';
import type { Role } from '../core/shared/vocabulary.ts';
import type { Database } from '../db/client.ts';

/**
 * What loaders and actions get from the server: the database and the register's clock (for a
 * page request, stopped at the instant the request arrived, so one action sees one moment).
 */
export interface AppServices {
  db: Database;
  clock: Clock;
}

/** Logging in and out, done by the server (it owns the cookies); each returns the Set-Cookie header. */
export interface AuthActions {
  logIn(
    email: string,
    password: string,
  ): Promise<
    | { ok: true; setCookie: string }
    | { ok: false; message: string; issues: FieldIssue[]; /** Too many failed attempts: try later. */ locked: boolean }
  >;
  logOut(everywhere: boolean): Promise<string>;
  /** Whether logging in with the identity provider (OpenID Connect) is configured. */
  oidc: boolean;
}

/** Per request: who is asking, the CSRF token for forms, the CSP nonce for inline scripts. */
export interface RequestInfo {
  actor: Actor;
  user: { displayName: string; email: string; role: Role } | null;
  csrfToken: string;
  sessionExpired: boolean;
  nonce: string;
  auth: AuthActions;
  /** The request's logger (pino, with the request id). */
  log: { warn(details: object, message: string): void };
}

/**
 * Shared by the Fastify server and the built pages through the package import
 * "#app-context", so both see the same context tokens (kept external in the SSR build).
 */
export const servicesContext = createContext<AppServices>();
export const requestContext = createContext<RequestInfo>();
