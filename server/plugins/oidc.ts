import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import * as client from 'openid-client';
import { safeReturnPath, START_PATH } from '../../core/access/landing.ts';
import { mapOidcClaims, type OidcRefusal } from '../../core/accounts/oidc-claims.ts';
import type { Database } from '../../db/client.ts';
import { appSecret } from '../../db/accounts/account.store.ts';
import { logInWithOidc, type OidcLoginResult } from '../../db/accounts/oidc-account.store.ts';
import { t, type Language } from '../../text/i18n.ts';
import { loadConfig, type OidcConfig } from '../config.ts';
import { cookieOptions, SESSION_COOKIE } from './auth.ts';

/**
 * Logging in with OpenID Connect (Keycloak, for instance) as a backend for the pages:
 * authorization code with PKCE (S256), state and nonce; the provider's tokens stay in the
 * sessions table, the browser only gets the usual session cookie. Roles and ministry come
 * from the claims (core/accounts/oidc-claims.ts). Every failure ends on the login page with
 * a message (/anmelden?fehler=oidc-…), never in an error page.
 */

export const OIDC_START_PATH = '/anmelden/oidc';
export const OIDC_CALLBACK_PATH = '/anmelden/oidc/rueckkehr';
/** Holds state, nonce and PKCE verifier between the two legs of a login, encrypted. */
const FLOW_COOKIE = '__Host-bb_oidc';
const FLOW_TTL_MS = 10 * 60 * 1000;
const oidcRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

/** The reasons a login can fail, as they appear in ?fehler= (the login page has a message for each). */
export const OIDC_ERRORS = [
  'oidc-abgelehnt',
  'oidc-ungueltig',
  'oidc-keine-rolle',
  'oidc-kein-ministerium',
  'oidc-konto',
  'oidc-gesperrt',
  'oidc-nicht-erreichbar',
] as const;
export type OidcError = (typeof OIDC_ERRORS)[number];

const REFUSALS: Record<OidcRefusal | Exclude<OidcLoginResult, { ok: true }>['refusal'], OidcError> = {
  no_role: 'oidc-keine-rolle',
  no_organisation: 'oidc-kein-ministerium',
  unknown_organisation: 'oidc-kein-ministerium',
  no_email: 'oidc-konto',
  email_taken: 'oidc-konto',
  no_subject: 'oidc-ungueltig',
  disabled: 'oidc-gesperrt',
};

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  lang: Language;
  expires: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by logging out of an OpenID Connect session: the ID token to end the provider's session with. */
    oidcLogoutIdToken: string | null;
  }
}

/** The page that asked for the login, when it is on this site (no open redirect); else where the role starts. */
const safeReturn = (value: unknown, lang: Language): string =>
  safeReturnPath(value) ?? (lang === 'en' ? `${START_PATH}?lang=en` : START_PATH);

async function oidc(app: FastifyInstance, options: { db: Database; settings?: OidcConfig }) {
  const settings = options.settings ?? loadConfig().oidc;
  if (!settings) throw new Error('OpenID Connect is not configured (OIDC_ISSUER)');
  const { db } = options;
  const key = createHash('sha256')
    .update(await appSecret(db, 'oidc'))
    .digest();

  const seal = (flow: Flow) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  };
  const open = (sealed: string | undefined, now: Date): Flow | null => {
    if (!sealed) return null;
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const flow = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
      return flow.expires > now.getTime() ? (flow as Flow) : null;
    } catch {
      return null;
    }
  };

  // Discovered on first use (and again after a failure), so the app starts while the provider is down.
  let discovered: Promise<client.Configuration> | null = null;
  const provider = () =>
    (discovered ??= client
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        execute: settings.issuer.startsWith('http://') ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      }));

  const fail = (reply: FastifyReply, error: OidcError, returnTo = '/', lang: Language = 'de') => {
    const query = new URLSearchParams({ fehler: error, zurueck: returnTo, ...(lang === 'en' ? { lang } : {}) });
    return reply.redirect(`/anmelden?${query}`, 303);
  };

  app.get(
    OIDC_START_PATH,
    { schema: { hide: true }, config: { policy: 'public', ...oidcRateLimit } },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const lang: Language = query.lang === 'en' ? 'en' : 'de';
      const returnTo = safeReturn(query.zurueck, lang);
      let config: client.Configuration;
      try {
        config = await provider();
      } catch (error) {
        request.log.warn({ err: error }, 'OpenID Connect provider not reachable');
        return fail(reply, 'oidc-nicht-erreichbar', returnTo, lang);
      }
      const flow: Flow = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
        returnTo,
        lang,
        expires: request.clock.now().getTime() + FLOW_TTL_MS,
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
        ui_locales: lang,
      });
      reply.setCookie(FLOW_COOKIE, seal(flow), { ...cookieOptions, maxAge: FLOW_TTL_MS / 1000 });
      return reply.redirect(url.href, 303);
    },
  );

  app.get(
    OIDC_CALLBACK_PATH,
    { schema: { hide: true }, config: { policy: 'public', ...oidcRateLimit } },
    async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const flow = open(request.cookies[FLOW_COOKIE], request.clock.now());
      reply.clearCookie(FLOW_COOKIE, cookieOptions);
      if (!flow) {
        request.log.warn('OpenID Connect callback without a (valid) login in progress');
        return fail(reply, 'oidc-ungueltig');
      }
      const back = (error: OidcError) => fail(reply, error, flow.returnTo, flow.lang);
      if (typeof query.error === 'string') {
        request.log.info({ error: query.error }, 'OpenID Connect provider refused the login');
        return back(query.error === 'access_denied' ? 'oidc-abgelehnt' : 'oidc-ungueltig');
      }
      if (query.state !== flow.state) {
        request.log.warn('OpenID Connect callback with a state that does not match');
        return back('oidc-ungueltig');
      }
      let config: client.Configuration;
      let claims: Record<string, unknown>;
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        config = await provider();
        const current = new URL(settings.redirectUri);
        current.search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: flow.verifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        claims = { ...idClaims };
        // Providers may keep claims out of the ID token; user info fills in what is missing.
        if (config.serverMetadata().userinfo_endpoint) {
          const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
          claims = { ...info, ...idClaims };
        }
      } catch (error) {
        request.log.warn({ err: error }, 'OpenID Connect code exchange or token validation failed');
        return back(
          error instanceof client.AuthorizationResponseError && error.error === 'access_denied'
            ? 'oidc-abgelehnt'
            : 'oidc-ungueltig',
        );
      }
      const mapping = mapOidcClaims(claims, settings.claims);
      if (!mapping.ok) {
        request.log.info({ refusal: mapping.refusal, reason: mapping.message }, 'OpenID Connect login refused');
        return back(REFUSALS[mapping.refusal]);
      }
      const result = await logInWithOidc(db, {
        oidcSubject: `${String(claims.iss)} ${mapping.profile.subject}`,
        profile: mapping.profile,
        replacedSessionId: request.session?.sessionId ?? null,
        tokens: { idToken: tokens.id_token, refreshToken: tokens.refresh_token },
        now: request.clock.now(),
      });
      if (!result.ok) {
        request.log.info({ refusal: result.refusal }, 'OpenID Connect login refused');
        return back(REFUSALS[result.refusal]);
      }
      reply.header(
        'set-cookie',
        app.serializeCookie(SESSION_COOKIE, result.token, { ...cookieOptions, expires: result.expiresAt }),
      );
      return reply.redirect(flow.returnTo, 303);
    },
  );

  // Logging out of an OpenID Connect session (server/auth-actions.ts) also ends the session at the
  // provider. The form's redirect may not leave the site (CSP form-action 'self'), so the answer is
  // a short page that moves on to the provider's end-session endpoint (with a link, without script).
  app.decorateRequest('oidcLogoutIdToken', null);
  app.addHook('onSend', async (request, reply, payload) => {
    const idToken = request.oidcLogoutIdToken;
    if (!idToken || reply.statusCode < 300 || reply.statusCode >= 400) return payload;
    let config: client.Configuration;
    try {
      config = await provider();
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect provider not reachable for logout');
      return payload;
    }
    if (!config.serverMetadata().end_session_endpoint) return payload;
    const lang: Language = (request.query as Record<string, unknown> | undefined)?.lang === 'en' ? 'en' : 'de';
    const home = new URL(lang === 'en' ? '/?lang=en' : '/', settings.redirectUri).href;
    const url = client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: home }).href;
    reply.code(200).type('text/html; charset=utf-8').removeHeader('location').removeHeader('content-length');
    return logoutPage(url, lang);
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function logoutPage(url: string, lang: Language) {
  const href = escapeHtml(url);
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${href}">
<title>${escapeHtml(t(lang, 'oidcLogoutTitle'))} – Brückenbauer</title></head>
<body><main><h1>${escapeHtml(t(lang, 'oidcLogoutTitle'))}</h1>
<p><a href="${href}">${escapeHtml(t(lang, 'oidcLogoutContinue'))}</a></p></main></body>
</html>
`;
}

export const oidcPlugin = fp(oidc, { name: 'oidc', dependencies: ['auth'] });
