import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { z } from 'zod';
import { IDENTITY_ROLE_MAP, parseRoleMap, type OidcClaimRules } from '../core/accounts/oidc-claims.ts';

/** An unset or empty variable is absent. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

/** An address or a network in CIDR notation: 10.0.0.1, 10.0.0.0/8, ::1, fd00::/8. */
function isAddressOrNetwork(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which reverse proxies to believe about the client's address and protocol (X-Forwarded-For,
 * X-Forwarded-Proto): none by default; a number of hops (1: the one proxy in front), or a
 * comma-separated list of the proxies' addresses or networks. "Trust everyone" is not offered:
 * any client could then claim any address and escape the rate limits.
 */
const trustProxySetting = optionalText.transform((text, ctx): TrustProxy => {
  if (text === undefined || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops <= 32) return hops;
  } else {
    const entries = text.split(',').map((e) => e.trim());
    const wrong = entries.find((e) => !isAddressOrNetwork(e));
    if (wrong === undefined) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `"${wrong}" is not an IP address or network (e.g. 10.0.0.1 or 10.0.0.0/8)`,
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    message: 'must be a number of proxies (1 to 32) or a comma-separated list of their addresses or networks',
  });
  return z.NEVER;
});

/** Settings, read once from the environment at start-up. */
const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  TRUST_PROXY: trustProxySetting,
  METRICS_TOKEN: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  // OpenID Connect: on when OIDC_ISSUER is set.
  OIDC_ISSUER: optionalText.pipe(
    z
      .url('must be the issuer URL')
      .refine(
        (url) => url.startsWith('https://') || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(url),
        'must be an https:// URL (plain http only on localhost)',
      )
      .optional(),
  ),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_REDIRECT_URI: optionalText.pipe(z.url('must be the absolute URL of /anmelden/oidc/rueckkehr').optional()),
  OIDC_SCOPES: z
    .string()
    .trim()
    .default('openid email profile')
    .refine((s) => s.split(/\s+/).includes('openid'), 'must include "openid"'),
  OIDC_ROLE_CLAIM: z.string().trim().min(1, 'must name a claim').default('roles'),
  OIDC_ROLE_MAP: optionalText.transform((text, ctx) => {
    if (text === undefined) return IDENTITY_ROLE_MAP;
    try {
      return parseRoleMap(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  }),
  OIDC_ORGANISATION_CLAIM: z.string().trim().min(1, 'must name a claim').default('ministry'),
});

/** Settings for logging in with an OpenID Connect provider (Keycloak, for instance). */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Absent for a public client (PKCE only). */
  clientSecret: string | undefined;
  redirectUri: string;
  scopes: string;
  claims: OidcClaimRules;
}

/** The proxies to trust: none, a number of hops, or their addresses and networks. */
export type TrustProxy = false | number | string[];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL: how long to wait for a connection, in ms; 0 waits as long as the system does. */
  connectTimeoutMs: number;
  /** PostgreSQL: the longest one statement may run, in ms; 0 sets no limit. */
  statementTimeoutMs: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustProxy: TrustProxy;
  /** The bearer token Prometheus sends for /metrics; without it, /metrics answers only on this machine. */
  metricsToken: string | undefined;
  production: boolean;
  /** Present when OIDC_ISSUER is set. */
  oidc: OidcConfig | undefined;
}

/** Parses the environment; a bad value stops start-up with the variable's name and the reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Configuration: ${issue.path.join('.')} ${issue.message}`);
  }
  const c = result.data;
  if (c.OIDC_ISSUER && !c.OIDC_CLIENT_ID)
    throw new Error(
      'Configuration: OIDC_CLIENT_ID must be set when OIDC_ISSUER is (the client registered at the provider)',
    );
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR.startsWith('memory://') ? c.DATA_DIR : resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    connectTimeoutMs: c.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: c.DATABASE_STATEMENT_TIMEOUT_MS,
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    metricsToken: c.METRICS_TOKEN,
    production: c.NODE_ENV === 'production',
    oidc: c.OIDC_ISSUER
      ? {
          issuer: c.OIDC_ISSUER,
          clientId: c.OIDC_CLIENT_ID!,
          clientSecret: c.OIDC_CLIENT_SECRET,
          redirectUri: c.OIDC_REDIRECT_URI ?? `http://localhost:${c.PORT}/anmelden/oidc/rueckkehr`,
          scopes: c.OIDC_SCOPES,
          claims: {
            roleClaim: c.OIDC_ROLE_CLAIM,
            roleMap: c.OIDC_ROLE_MAP,
            organisationClaim: c.OIDC_ORGANISATION_CLAIM,
          },
        }
      : undefined,
  };
}

/** Whether logging in with OpenID Connect is configured (OIDC_ISSUER is set). */
export const oidcEnabled = (env: NodeJS.ProcessEnv = process.env): boolean => Boolean(env.OIDC_ISSUER?.trim());
