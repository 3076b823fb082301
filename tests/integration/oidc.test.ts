import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
// @ts-expect-error -- oidc-provider ships no type declarations (and @types/oidc-provider is not installed)
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/client.ts';
import * as t from '../../db/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { buildUser } from '../support/users.ts';
import { testClock } from '../support/clock.ts';

/**
 * Logging in with OpenID Connect against a real provider (oidc-provider) on a free localhost
 * port, with a confidential client that must use PKCE, and the real app with its pages on
 * another: every step is a plain HTTP request, the way a browser without JavaScript makes it.
 */

const CLIENT = { id: 'brueckenbauer', secret: 'ein-langes-geheimnis-nur-fuer-den-test-0123456789' };

/** The provider's accounts and their claims (changed by the tests between logins). */
const accounts: Record<string, Record<string, unknown>> = {
  eva: {
    email: 'eva.editor@smwk.sachsen.de',
    name: 'Eva Editor',
    realm_access: { roles: ['offline_access', 'bb-editor'] },
    ministry: 'SMWK',
  },
  otto: { email: 'otto@sachsen.de', name: 'Otto Ohnerolle', realm_access: { roles: ['offline_access'] } },
  anna: { email: 'anna@sachsen.de', name: 'Anna Assessor', realm_access: { roles: ['bb-assessor'] } },
  kira: {
    email: 'kira.koordination@sk.sachsen.de',
    name: 'Kira Koordination',
    realm_access: { roles: ['bb-reader', 'bb-coordinator'] },
  },
};

let handle: DatabaseHandle;
let app: FastifyInstance;
let providerServer: Server;
let appUrl: string;
let issuer: string;
const savedEnv = { ...process.env };

/** Everything the app sent back, to check that no token ever reaches the browser. */
const appResponses: string[] = [];

async function freePort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A browser's cookies, by origin. */
class Browser {
  cookies = new Map<string, Map<string, string>>();

  cookieHeader(url: URL) {
    return [...(this.cookies.get(url.origin) ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  cookie(url: string, name: string) {
    return this.cookies.get(new URL(url).origin)?.get(name);
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const target = new URL(url);
    const response = await fetch(target, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      redirect: 'manual',
      headers: {
        cookie: this.cookieHeader(target),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    const jar = this.cookies.get(target.origin) ?? new Map<string, string>();
    this.cookies.set(target.origin, jar);
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const name = pair!.slice(0, pair!.indexOf('='));
      const value = pair!.slice(pair!.indexOf('=') + 1);
      const gone = attributes.some((a) => /^\s*max-age=0$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    const body = await response.text();
    if (url.startsWith(appUrl))
      appResponses.push(JSON.stringify([...response.headers]) + body + (response.headers.get('location') ?? ''));
    return { url, status: response.status, location: response.headers.get('location'), body };
  }

  /** Follows redirects the way a browser does, and answers the provider's login and consent forms. */
  async browse(url: string, account?: string): Promise<{ url: string; status: number; body: string }> {
    let current = await this.request(url);
    for (let steps = 0; steps < 20; steps++) {
      if (current.location) {
        current = await this.request(new URL(current.location, current.url).href);
        continue;
      }
      const prompt = /name="prompt" value="(login|consent)"/.exec(current.body)?.[1];
      if (!prompt || !current.url.startsWith(issuer)) return current;
      const action = new URL(/<form[^>]*action="([^"]+)"/.exec(current.body)![1]!.replace(/&amp;/g, '&'), current.url);
      const form: Record<string, string> =
        prompt === 'login' ? { prompt, login: account!, password: 'beliebig' } : { prompt };
      current = await this.request(action.href, { form });
    }
    throw new Error(`too many steps, at ${current.url}`);
  }

  /** Logs in at the app through the provider; the provider's side starts afresh unless told otherwise. */
  async logIn(account: string, returnTo = '/konto') {
    this.cookies.delete(new URL(issuer).origin);
    return this.browse(`${appUrl}/anmelden/oidc?zurueck=${encodeURIComponent(returnTo)}`, account);
  }

  async me() {
    return JSON.parse((await this.request(`${appUrl}/api/v1/me`)).body) as {
      user: { email: string; displayName: string; role: string } | null;
      csrfToken: string;
    };
  }
}

const userRow = async (email: string) => {
  const [row] = await handle.db.select().from(t.users).where(eq(t.users.email, email));
  return row;
};
const organisationId = async (abbreviation: string) => {
  const [row] = await handle.db
    .select({ id: t.organisations.id })
    .from(t.organisations)
    .where(eq(t.organisations.abbreviation, abbreviation));
  return row!.id;
};

beforeAll(async () => {
  const appPort = await freePort();
  appUrl = `http://127.0.0.1:${appPort}`;

  const providerPort = await freePort();
  issuer = `http://127.0.0.1:${providerPort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
        token_endpoint_auth_method: 'client_secret_post',
        redirect_uris: [`${appUrl}/anmelden/oidc/rueckkehr`],
        post_logout_redirect_uris: [`${appUrl}/`, `${appUrl}/?lang=en`],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'realm_access', 'ministry'],
    },
    cookies: { keys: ['nur-fuer-den-test'] },
    async findAccount(_ctx: unknown, id: string) {
      if (!accounts[id]) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) };
    },
  });
  providerServer = createHttpServer(provider.callback());
  await new Promise<void>((resolve) => providerServer.listen(providerPort, '127.0.0.1', resolve));

  Object.assign(process.env, {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT.id,
    OIDC_CLIENT_SECRET: CLIENT.secret,
    OIDC_REDIRECT_URI: `${appUrl}/anmelden/oidc/rueckkehr`,
    OIDC_ROLE_CLAIM: 'realm_access.roles',
    OIDC_ROLE_MAP: 'bb-coordinator=coordinator,bb-editor=ministry_editor,bb-assessor=assessor,bb-reader=reader',
    OIDC_ORGANISATION_CLAIM: 'ministry',
  });
  handle = await createTestDatabase('pglite');
  app = await buildApp({ services: { db: handle.db, clock: testClock } });
  await app.listen({ port: appPort, host: '127.0.0.1' });
});

afterAll(async () => {
  process.env = savedEnv;
  await app?.close();
  await handle?.close();
  providerServer?.closeAllConnections();
  await new Promise((resolve) => providerServer?.close(resolve));
});

describe('logging in with OpenID Connect', () => {
  const browser = new Browser();

  it('offers the state login on the login page, without script', async () => {
    const page = await browser.request(`${appUrl}/anmelden?zurueck=%2Fkonto`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Mit dem Landes-Login anmelden');
    expect(page.body).toContain('href="/anmelden/oidc?zurueck=%2Fkonto"');
    const english = await browser.request(`${appUrl}/anmelden?lang=en`);
    expect(english.body).toContain('Log in with the state login');
    expect(english.body).toContain('href="/anmelden/oidc?lang=en"');
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce, remembering them only encrypted', async () => {
    const start = await browser.request(`${appUrl}/anmelden/oidc?zurueck=/konto`);
    expect(start.status).toBe(303);
    const to = new URL(start.location!);
    expect(to.origin).toBe(issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: CLIENT.id,
      response_type: 'code',
      redirect_uri: `${appUrl}/anmelden/oidc/rueckkehr`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    const flow = browser.cookie(appUrl, '__Host-bb_oidc')!;
    expect(flow).toBeDefined();
    expect(flow).not.toContain(to.searchParams.get('state'));
    expect(Buffer.from(flow, 'base64url').toString('latin1')).not.toContain(to.searchParams.get('nonce'));
  });

  it('creates the account on first login, with the role and ministry from the claims', async () => {
    const end = await browser.logIn('eva');
    expect(end.url).toBe(`${appUrl}/konto`);
    expect(end.status).toBe(200);
    expect(end.body).toContain('Eva Editor');
    const me = await browser.me();
    expect(me.user).toEqual({
      email: 'eva.editor@smwk.sachsen.de',
      displayName: 'Eva Editor',
      role: 'ministry_editor',
    });

    const user = await userRow('eva.editor@smwk.sachsen.de');
    expect(user).toMatchObject({
      oidcSubject: `${issuer} eva`,
      role: 'ministry_editor',
      organisationId: await organisationId('SMWK'),
      passwordHash: null,
    });
    const audit = await handle.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.entityType, 'user'), eq(t.auditLog.entityId, String(user!.id))))
      .orderBy(t.auditLog.id);
    expect(audit.map((a) => [a.action, a.actorLabel])).toEqual([
      ['user.create', 'oidc'],
      ['session.login', `user:${user!.id}`],
    ]);
    expect(audit[1]!.after).toEqual({ method: 'oidc' });
  });

  it('keeps the tokens in the sessions table and never sends them to the browser', async () => {
    const user = await userRow('eva.editor@smwk.sachsen.de');
    const [session] = await handle.db.select().from(t.sessions).where(eq(t.sessions.userId, user!.id));
    expect(session!.oidcIdToken).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(session!.oidcRefreshToken).toEqual(expect.any(String));
    const idTokenClaims = JSON.parse(Buffer.from(session!.oidcIdToken!.split('.')[1]!, 'base64url').toString());
    expect(idTokenClaims).toMatchObject({ iss: issuer, sub: 'eva', aud: CLIENT.id });
    const everything = appResponses.join('\n');
    expect(everything).not.toContain(session!.oidcIdToken!);
    expect(everything).not.toContain(session!.oidcIdToken!.split('.')[1]!);
    expect(everything).not.toContain(session!.oidcRefreshToken!);
  });

  it('brings role, ministry and name in line with changed claims on the next login, in a new session', async () => {
    const oldSession = browser.cookie(appUrl, '__Host-bb_session')!;
    accounts.eva = { ...accounts.eva, name: 'Eva Prüferin', realm_access: { roles: ['bb-assessor'] }, ministry: 'SMI' };
    const end = await browser.logIn('eva', '/');
    expect(end.url).toBe(`${appUrl}/`);
    expect(browser.cookie(appUrl, '__Host-bb_session')).not.toBe(oldSession);
    expect((await browser.me()).user).toMatchObject({ role: 'assessor', displayName: 'Eva Prüferin' });
    const user = await userRow('eva.editor@smwk.sachsen.de');
    expect(user).toMatchObject({ role: 'assessor', organisationId: await organisationId('SMI') });
    expect(await handle.db.$count(t.sessions, eq(t.sessions.userId, user!.id))).toBe(1);
    const [update] = await handle.db
      .select()
      .from(t.auditLog)
      .where(and(eq(t.auditLog.entityId, String(user!.id)), eq(t.auditLog.action, 'user.update')));
    expect(update).toMatchObject({
      actorLabel: 'oidc',
      before: { role: 'ministry_editor', displayName: 'Eva Editor', organisationId: await organisationId('SMWK') },
      after: { role: 'assessor', displayName: 'Eva Prüferin', organisationId: await organisationId('SMI') },
    });
    expect(await handle.db.$count(t.users, eq(t.users.oidcSubject, `${issuer} eva`))).toBe(1);
  });

  it('gives a coordinator the strongest of their roles and returns only to paths on this site, else to the overview', async () => {
    const kira = new Browser();
    const end = await kira.logIn('kira', 'https://elsewhere.example/');
    expect(end.url).toBe(`${appUrl}/uebersicht`);
    expect((await kira.me()).user).toMatchObject({ role: 'coordinator' });
    const start = await kira.request(`${appUrl}/anmelden/oidc?zurueck=${encodeURIComponent('//elsewhere.example/x')}`);
    expect(start.status).toBe(303);
    const end2 = await kira.browse(start.location!, 'kira');
    expect(end2.url).toBe(`${appUrl}/uebersicht`);
  });

  it('ends the session at the provider too when logging out', async () => {
    const { csrfToken } = await browser.me();
    const user = await userRow('eva.editor@smwk.sachsen.de');
    const [session] = await handle.db.select().from(t.sessions).where(eq(t.sessions.userId, user!.id));
    const out = await browser.request(`${appUrl}/abmelden`, { form: { csrf: csrfToken } });
    // A form may not redirect to another site (CSP form-action 'self'): a page moves on instead.
    expect(out.status).toBe(200);
    const href = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(out.body)![1]!.replace(/&amp;/g, '&');
    const endSession = new URL(href);
    expect(endSession.origin).toBe(issuer);
    expect(Object.fromEntries(endSession.searchParams)).toMatchObject({
      client_id: CLIENT.id,
      id_token_hint: session!.oidcIdToken,
      post_logout_redirect_uri: `${appUrl}/`,
    });
    expect(out.body).toContain('Weiter zur Abmeldung beim Landes-Login');
    expect(browser.cookie(appUrl, '__Host-bb_session')).toBeUndefined();
    expect((await browser.me()).user).toBeNull();
    expect(await handle.db.$count(t.sessions, eq(t.sessions.userId, user!.id))).toBe(0);
    const atProvider = await browser.request(endSession.href);
    expect(atProvider.status).toBe(200);
    // The tokens went to the provider on logout (id_token_hint), not before.
    appResponses.length = 0;
  });

  it('logs a password user out as before', async () => {
    const user = await buildUser(handle.db, 'reader', null);
    const plain = new Browser();
    plain.cookies.set(new URL(appUrl).origin, new Map([['__Host-bb_session', user.cookie.split('=')[1]!]]));
    const { csrfToken } = await plain.me();
    const out = await plain.request(`${appUrl}/abmelden`, { form: { csrf: csrfToken } });
    expect(out.status).toBe(302);
    expect(out.location).toBe('/');
  });
});

describe('refusing an OpenID Connect login', () => {
  const messageOf = async (browser: Browser, url: string) => {
    const page = await browser.request(url);
    expect(page.status).toBe(200);
    return /<div class="kern-alert kern-alert--danger" role="alert">.*?<p class="kern-body">([^<]+)<\/p>/s.exec(
      page.body,
    )?.[1];
  };

  it('refuses a user none of whose roles is mapped, with a message on the login page', async () => {
    const browser = new Browser();
    const end = await browser.logIn('otto');
    expect(end.url).toBe(`${appUrl}/anmelden?fehler=oidc-keine-rolle&zurueck=%2Fkonto`);
    expect(await messageOf(browser, end.url)).toBe(
      'Ihrem Landes-Login ist keine Rolle in Brückenbauer zugeordnet. Bitte wenden Sie sich an die Koordinierung in der Staatskanzlei.',
    );
    expect(browser.cookie(appUrl, '__Host-bb_session')).toBeUndefined();
    expect(await userRow('otto@sachsen.de')).toBeUndefined();
  });

  it('refuses a ministry role without a ministry', async () => {
    const browser = new Browser();
    const end = await browser.logIn('anna');
    expect(end.url).toMatch(/\/anmelden\?fehler=oidc-kein-ministerium&/);
    expect(await messageOf(browser, end.url)).toMatch(/erfordert ein Ministerium/);
    expect(await userRow('anna@sachsen.de')).toBeUndefined();
  });

  it('refuses a tampered state, and a return without a login in progress', async () => {
    const browser = new Browser();
    const start = await browser.request(`${appUrl}/anmelden/oidc?zurueck=/konto`);
    let step = await browser.request(start.location!);
    // Up to the provider's redirect back to the app, then change the state on the way.
    for (let i = 0; i < 20 && !step.location?.startsWith(appUrl); i++) {
      if (step.location) step = await browser.request(new URL(step.location, step.url).href);
      else {
        const prompt = /name="prompt" value="(login|consent)"/.exec(step.body)![1]!;
        const action = new URL(/<form[^>]*action="([^"]+)"/.exec(step.body)![1]!, step.url).href;
        step = await browser.request(action, {
          form: prompt === 'login' ? { prompt, login: 'kira', password: 'x' } : { prompt },
        });
      }
    }
    const callback = new URL(step.location!);
    expect(callback.pathname).toBe('/anmelden/oidc/rueckkehr');
    expect(callback.searchParams.get('code')).toBeTruthy();
    callback.searchParams.set('state', 'gefaelscht');
    const refused = await browser.request(callback.href);
    expect(refused.status).toBe(303);
    expect(refused.location).toBe('/anmelden?fehler=oidc-ungueltig&zurueck=%2Fkonto');
    expect(await messageOf(browser, `${appUrl}${refused.location}`)).toMatch(/konnte nicht bestätigt werden/);
    expect(browser.cookie(appUrl, '__Host-bb_session')).toBeUndefined();
    // The login in progress is used up: the real state does not work afterwards either.
    callback.searchParams.set('state', new URL(start.location!).searchParams.get('state')!);
    expect((await browser.request(callback.href)).location).toMatch(/fehler=oidc-ungueltig/);
    expect((await new Browser().request(callback.href)).location).toMatch(/fehler=oidc-ungueltig/);
  });

  it('says so when the user declines at the provider', async () => {
    const browser = new Browser();
    const start = await browser.request(`${appUrl}/anmelden/oidc?zurueck=/konto&lang=en`);
    let step = await browser.request(start.location!);
    while (step.location) step = await browser.request(new URL(step.location, step.url).href);
    const abort = new URL(/href="([^"]*\/abort)"/.exec(step.body)![1]!, step.url).href;
    const end = await browser.browse(abort);
    expect(end.url).toBe(`${appUrl}/anmelden?fehler=oidc-abgelehnt&zurueck=%2Fkonto&lang=en`);
    expect(await messageOf(browser, end.url)).toBe('The login at the state login was cancelled or refused.');
  });

  it('answers every caller of its routes with a redirect, never 401, 403 or an error', async () => {
    const reader = await buildUser(handle.db, 'reader', 'SMI', 'reader.oidc@test.sachsen.de');
    for (const cookie of [undefined, reader.cookie]) {
      for (const path of [
        '/anmelden/oidc',
        '/anmelden/oidc?zurueck=/konto',
        '/anmelden/oidc/rueckkehr?code=x&state=y',
      ]) {
        const res = await app.inject({ method: 'GET', url: path, headers: cookie ? { cookie } : {} });
        expect(res.statusCode, path).toBe(303);
      }
    }
    const [last] = await handle.db.select().from(t.auditLog).orderBy(desc(t.auditLog.id)).limit(1);
    expect(last!.action).not.toBe('user.create');
  });
});
