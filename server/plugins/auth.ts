import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Actor, PUBLIC } from '../../core/access/actor.ts';
import type { Clock } from '../../core/shared/clock.ts';
import type { Database } from '../../db/client.ts';
import { appSecret, findSession, type SessionUser } from '../../db/accounts/account.store.ts';
import { sendProblem } from '../error-handler.ts';

export const SESSION_COOKIE = '__Host-bb_session';
const ANON_COOKIE = '__Host-bb_anon';
/** Cookies of this host only, never readable by scripts, not sent on cross-site subrequests. */
export const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    session: SessionUser | null;
    /** The register's clock, stopped at the instant this request arrived. */
    clock: Clock;
    /** The token every state-changing form and request must carry (field "csrf" or header X-CSRF-Token). */
    csrfToken: string;
    /** The browser sent a session that has ended (expired or logged out elsewhere). */
    sessionExpired: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads the body stream into memory, up to a limit (413 beyond it). */
async function readBody(request: FastifyRequest, limit: number, message: string): Promise<Buffer | null> {
  const stream = request.body as AsyncIterable<Buffer> | null;
  if (!stream || typeof (stream as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] !== 'function')
    return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error(message), { statusCode: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a form body once, so the CSRF field can be checked before the page sees it: a
 * URL-encoded form, or the multipart form of an upload page, whose route has already read the
 * body whole within its own limit (server/upload-pages.ts). A multipart post to any other page
 * has no readable token and is refused.
 */
async function readFormBody(request: FastifyRequest): Promise<URLSearchParams | FormData | null> {
  const type = request.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    if (!Buffer.isBuffer(request.body)) return null;
    const body = new Uint8Array(request.body) as Uint8Array<ArrayBuffer>;
    return new Response(body, { headers: { 'content-type': type } }).formData().catch(() => null);
  }
  if (!type.startsWith('application/x-www-form-urlencoded')) return null;
  if (request.body instanceof URLSearchParams) return request.body;
  const body = await readBody(request, 1024 * 1024, 'The form is too large.');
  if (!body) return null;
  const form = new URLSearchParams(body.toString('utf8'));
  request.body = form;
  return form;
}

/**
 * What no cache may keep: every answer to a logged-in user (it may hold internal records), every
 * answer that sets a cookie, and every API answer that does not say itself how it may be cached
 * (the API also hands out CSRF tokens). Public pages for anonymous readers stay cacheable.
 */
function mayNotBeStored(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.actor?.kind === 'user' || reply.hasHeader('set-cookie')) return true;
  return request.url.startsWith('/api/') && !reply.hasHeader('cache-control');
}

/**
 * Resolves who is asking from the session cookie, and guards every state-changing request
 * against cross-site request forgery: a request from another site is refused outright, and
 * the request must carry a token bound to the session (or, before login, to a random cookie).
 */
async function auth(app: FastifyInstance, options: { db: Database }) {
  await app.register(fastifyCookie);
  const secret = await appSecret(options.db, 'csrf');
  const sign = (binding: string) => createHmac('sha256', secret).update(binding).digest('base64url');

  app.decorateRequest('actor', null as never);
  app.decorateRequest('session', null);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = PUBLIC;
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await findSession(options.db, token, request.clock.now()) : null;
    if (token && !session) {
      request.sessionExpired = true;
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
    }
    if (session) {
      request.session = session;
      request.actor = {
        kind: 'user',
        userId: session.userId,
        label: session.email,
        role: session.role,
        organisationId: session.organisationId,
      };
      request.csrfToken = sign(`session:${session.sessionId}`);
      return;
    }
    let anon = request.cookies[ANON_COOKIE];
    if (!anon || !/^[A-Za-z0-9_-]{43}$/.test(anon)) {
      anon = randomBytes(32).toString('base64url');
      reply.setCookie(ANON_COOKIE, anon, cookieOptions);
    }
    request.csrfToken = sign(`anon:${anon}`);
  });

  // After the cookie plugin's own onSend, so that a cookie set by this request is seen.
  app.addHook('onSend', async (request, reply) => {
    if (mayNotBeStored(request, reply)) reply.header('Cache-Control', 'private, no-store');
  });

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers['sec-fetch-site'] === 'cross-site') {
      return sendProblem(reply, request, 403, 'Requests from other sites may not change anything.', [
        { field: 'csrf', message: 'cross-site request' },
      ]);
    }
    const header = request.headers['x-csrf-token'];
    const form = await readFormBody(request);
    const field = form?.get('csrf');
    const sent = typeof header === 'string' ? header : typeof field === 'string' ? field : '';
    if (!sent || !sameToken(sent, request.csrfToken)) {
      return sendProblem(
        reply,
        request,
        403,
        'The form has expired or did not come from this site. Please reload the page and try again.',
        [{ field: 'csrf', message: 'missing or invalid CSRF token' }],
      );
    }
  });
}

export const authPlugin = fp(auth, { name: 'auth' });
