import { roles, type Role } from '../shared/vocabulary.ts';

/**
 * What an OpenID Connect login may make of the provider's claims: the role comes from a
 * configured claim (a dotted path such as Keycloak's "realm_access.roles") through a configured
 * map from claim values to roles; the ministry or organisation from another claim. The claims
 * are the provider's word; nothing here is guessed.
 */
export interface OidcClaimRules {
  /** Dotted path of the claim that lists the user's groups or roles at the provider. */
  roleClaim: string;
  /** Claim value → role. */
  roleMap: ReadonlyMap<string, Role>;
  /** Dotted path of the claim that names the ministry or organisation (key or abbreviation). */
  organisationClaim: string;
}

/** The strongest role first: when several claim values map to roles, the first of these wins. */
export const ROLE_PRECEDENCE: readonly Role[] = ['coordinator', 'ministry_editor', 'assessor', 'reader', 'stakeholder'];

/** Roles that belong to a ministry or organisation (as for accounts created by hand). */
const NEEDS_ORGANISATION: readonly Role[] = ['ministry_editor', 'assessor', 'stakeholder'];

export type OidcRefusal = 'no_role' | 'no_organisation' | 'no_email' | 'no_subject';

export interface OidcProfile {
  subject: string;
  email: string;
  displayName: string;
  role: Role;
  /** Key or abbreviation of the ministry or organisation, as the claim names it. */
  organisation: string | null;
}

export type OidcMapping = { ok: true; profile: OidcProfile } | { ok: false; refusal: OidcRefusal; message: string };

/** Each role mapped from itself: used when no map is configured. */
export const IDENTITY_ROLE_MAP: ReadonlyMap<string, Role> = new Map(roles.map((r) => [r, r]));

/**
 * Reads "claim-value=role,claim-value=role" (e.g. "bb-coordinator=coordinator,bb-editor=ministry_editor").
 * Throws with the reason for an entry that is not of that shape or names no known role.
 */
export function parseRoleMap(text: string): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const entry of text.split(',').map((e) => e.trim())) {
    if (!entry) continue;
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at < 1 || !value) throw new Error(`entry "${entry}" is not of the form claim-value=role`);
    if (!(roles as readonly string[]).includes(role))
      throw new Error(`entry "${entry}" names no known role (one of ${roles.join(', ')})`);
    if (map.has(value)) throw new Error(`claim value "${value}" is mapped twice`);
    map.set(value, role as Role);
  }
  if (map.size === 0) throw new Error('maps no claim value to a role');
  return map;
}

/** The value at a dotted path ("realm_access.roles"); a claim whose name contains dots is found too. */
export function claimAt(claims: Readonly<Record<string, unknown>>, path: string): unknown {
  if (path in claims) return claims[path];
  let current: unknown = claims;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** A claim as text: trimmed, without control characters. */
const text = (value: unknown): string => (typeof value === 'string' ? value.replace(/\p{Cc}/gu, '').trim() : '');

/**
 * Maps the claims of a verified ID token (and user info) to the account they stand for, or
 * refuses with the reason: no claim value maps to a role; a ministry role without a ministry;
 * no e-mail address.
 */
export function mapOidcClaims(claims: Readonly<Record<string, unknown>>, rules: OidcClaimRules): OidcMapping {
  const subject = text(claims.sub);
  if (!subject) return { ok: false, refusal: 'no_subject', message: 'the ID token names no subject (sub)' };
  const granted = new Set(strings(claimAt(claims, rules.roleClaim)).flatMap((v) => rules.roleMap.get(v) ?? []));
  const role = ROLE_PRECEDENCE.find((r) => granted.has(r));
  if (!role)
    return {
      ok: false,
      refusal: 'no_role',
      message: `no value of the claim "${rules.roleClaim}" maps to a role`,
    };
  const organisations = [...new Set(strings(claimAt(claims, rules.organisationClaim)).map((o) => o.trim()))].filter(
    Boolean,
  );
  if (organisations.length > 1)
    return {
      ok: false,
      refusal: 'no_organisation',
      message: `the claim "${rules.organisationClaim}" names more than one organisation`,
    };
  const organisation = organisations[0] ?? null;
  if (!organisation && NEEDS_ORGANISATION.includes(role))
    return {
      ok: false,
      refusal: 'no_organisation',
      message: `a ${role} belongs to a ministry or organisation, but the claim "${rules.organisationClaim}" is missing`,
    };
  const email = text(claims.email).toLowerCase();
  if (email.length > 254 || !/^[^@\s]+@[^@\s]+$/.test(email))
    return { ok: false, refusal: 'no_email', message: 'the claims carry no e-mail address (email)' };
  const fullName = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const displayName =
    [text(claims.name), fullName, text(claims.preferred_username)].find((n) => n.length >= 2) ?? email;
  return { ok: true, profile: { subject, email, displayName, role, organisation } };
}

/** The account fields a login changes: those whose value at the provider differs from the stored one. */
export function changedFields<T extends Record<string, unknown>>(stored: T, fromClaims: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(fromClaims) as (keyof T)[])
    if (stored[key] !== fromClaims[key]) changes[key] = fromClaims[key];
  return changes;
}
