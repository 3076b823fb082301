import { describe, expect, it } from 'vitest';
import type { Role } from '../shared/vocabulary.ts';
import { PUBLIC, operator, type Actor } from './actor.ts';
import { landingFor, safeReturnPath, type LandingFacts } from './landing.ts';

const user = (role: Role): Actor => ({ kind: 'user', userId: 7, label: role, role, organisationId: 3 });
const none: LandingFacts = { rounds: [] };
const rounds: LandingFacts = {
  rounds: [
    { key: 'lc-neu', status: 'draft', assessing: true },
    { key: 'lc-fremd', status: 'scoring', assessing: false },
    { key: 'lc-2026', status: 'scoring', assessing: true },
    { key: 'lc-alt', status: 'scoring', assessing: true },
  ],
};

describe('where a role lands after logging in', () => {
  it('sends coordinators, readers and the operator to the overview', () => {
    expect(landingFor(user('coordinator'), rounds)).toBe('/uebersicht');
    expect(landingFor(user('reader'), rounds)).toBe('/uebersicht');
    expect(landingFor(operator('x'), none)).toBe('/uebersicht');
  });

  it("sends ministry editors to the overview, which is their ministry's page", () => {
    expect(landingFor(user('ministry_editor'), rounds)).toBe('/uebersicht');
  });

  it('sends assessors to the newest open round they score in, else to the rounds', () => {
    expect(landingFor(user('assessor'), rounds)).toBe('/evaluierung/lc-2026');
    expect(
      landingFor(user('assessor'), { rounds: rounds.rounds.filter((r) => r.key !== 'lc-2026' && r.key !== 'lc-alt') }),
    ).toBe('/evaluierung');
    expect(landingFor(user('assessor'), none)).toBe('/evaluierung');
  });

  it('sends stakeholders to their proposals and the public home', () => {
    expect(landingFor(user('stakeholder'), rounds)).toBe('/vorschlaege');
    expect(landingFor(PUBLIC, none)).toBe('/');
  });
});

describe('the page a login returns to', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/konto')).toBe('/konto');
    expect(safeReturnPath('/aktivitaeten?jahr=2026#liste')).toBe('/aktivitaeten?jahr=2026#liste');
  });

  it('refuses anything that leaves the site or is no path', () => {
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'konto', '', null, 42])
      expect(safeReturnPath(bad)).toBeNull();
  });
});
