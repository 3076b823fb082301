import { resolve } from 'node:path';
import { z } from 'zod';
import { IDENTITY_ROLE_MAP, parseRoleMap, type OidcClaimRules } from '../core/accounts/oidc-claims.ts';

/** An unset or empty variable is absent. */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

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
