import { describe, expect, it } from 'vitest';
import {
  IDENTITY_ROLE_MAP,
  changedFields,
  claimAt,
  mapOidcClaims,
  parseRoleMap,
  type OidcClaimRules,
} from './oidc-claims.ts';

const keycloak: OidcClaimRules = {
  roleClaim: 'realm_access.roles',
  roleMap: parseRoleMap('bb-coordinator=coordinator, bb-editor=ministry_editor,bb-assessor=assessor,bb-reader=reader'),
  organisationClaim: 'ministry',
};

const claims = (extra: Record<string, unknown>) => ({
  sub: '4711',
  email: 'Eva.Editor@SMWK.sachsen.de',
  name: 'Eva Editor',
  ...extra,
});

describe('the role map', () => {
  it('reads claim-value=role pairs', () => {
    expect([...parseRoleMap('a=coordinator, b = reader,')]).toEqual([
      ['a', 'coordinator'],
      ['b', 'reader'],
    ]);
  });

  it('names the entry that is wrong and why', () => {
    expect(() => parseRoleMap('bb-admin=admin')).toThrow(/"bb-admin=admin" names no known role/);
    expect(() => parseRoleMap('coordinator')).toThrow(/not of the form claim-value=role/);
    expect(() => parseRoleMap('=reader')).toThrow(/not of the form/);
    expect(() => parseRoleMap('a=reader,a=coordinator')).toThrow(/mapped twice/);
    expect(() => parseRoleMap(' , ')).toThrow(/maps no claim value/);
  });
});

describe('mapping the claims', () => {
  it('follows a dotted path as Keycloak sends it, and a claim whose name has dots', () => {
    expect(claimAt({ realm_access: { roles: ['x'] } }, 'realm_access.roles')).toEqual(['x']);
    expect(claimAt({ 'https://sachsen.de/roles': 'y' }, 'https://sachsen.de/roles')).toBe('y');
    expect(claimAt({ realm_access: ['x'] }, 'realm_access.roles')).toBeUndefined();
  });

  it('gives the strongest mapped role and the ministry', () => {
    const result = mapOidcClaims(
      claims({ realm_access: { roles: ['offline_access', 'bb-reader', 'bb-editor'] }, ministry: 'SMWK' }),
      keycloak,
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        subject: '4711',
        email: 'eva.editor@smwk.sachsen.de',
        displayName: 'Eva Editor',
        role: 'ministry_editor',
        organisation: 'SMWK',
      },
    });
  });

  it('takes coordinator over every other role, whatever the order of the values', () => {
    const result = mapOidcClaims(claims({ realm_access: { roles: ['bb-editor', 'bb-coordinator'] } }), keycloak);
    expect(result).toMatchObject({ ok: true, profile: { role: 'coordinator', organisation: null } });
  });

  it('accepts a single value and maps role names to themselves when no map is configured', () => {
    const rules = { roleClaim: 'roles', roleMap: IDENTITY_ROLE_MAP, organisationClaim: 'ministry' };
    expect(mapOidcClaims(claims({ roles: 'reader' }), rules)).toMatchObject({ ok: true, profile: { role: 'reader' } });
  });

  it('refuses a user none of whose values maps to a role', () => {
    expect(mapOidcClaims(claims({ realm_access: { roles: ['offline_access'] } }), keycloak)).toEqual({
      ok: false,
      refusal: 'no_role',
      message: 'no value of the claim "realm_access.roles" maps to a role',
    });
    expect(mapOidcClaims(claims({}), keycloak)).toMatchObject({ ok: false, refusal: 'no_role' });
  });

  it('refuses a ministry role without a ministry, or with two', () => {
    expect(mapOidcClaims(claims({ realm_access: { roles: ['bb-assessor'] } }), keycloak)).toMatchObject({
      ok: false,
      refusal: 'no_organisation',
      message: expect.stringMatching(/assessor belongs to a ministry/),
    });
    expect(
      mapOidcClaims(claims({ realm_access: { roles: ['bb-editor'] }, ministry: ['SMWK', 'SMI'] }), keycloak),
    ).toMatchObject({ ok: false, refusal: 'no_organisation' });
  });

  it('refuses claims without an e-mail address or subject', () => {
    const roles = { realm_access: { roles: ['bb-coordinator'] } };
    expect(mapOidcClaims(claims({ ...roles, email: undefined }), keycloak)).toMatchObject({ refusal: 'no_email' });
    expect(mapOidcClaims(claims({ ...roles, sub: '' }), keycloak)).toMatchObject({ refusal: 'no_subject' });
  });

  it('names the user by name, given and family name, user name or address', () => {
    const base = { realm_access: { roles: ['bb-coordinator'] }, name: undefined };
    const name = (extra: Record<string, unknown>) => {
      const result = mapOidcClaims(claims({ ...base, ...extra }), keycloak);
      return result.ok ? result.profile.displayName : null;
    };
    expect(name({ given_name: 'Eva', family_name: 'Editor' })).toBe('Eva Editor');
    expect(name({ preferred_username: 'eeditor' })).toBe('eeditor');
    expect(name({})).toBe('eva.editor@smwk.sachsen.de');
  });
});

describe('changed fields', () => {
  it('lists only what differs', () => {
    expect(
      changedFields(
        { role: 'reader', organisationId: 3, email: 'a@b.de' },
        { role: 'assessor', organisationId: 3, email: 'a@b.de' },
      ),
    ).toEqual({ role: 'assessor' });
  });
});
