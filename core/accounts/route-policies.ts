import { roleOf, type Actor } from './actor.ts';

/**
 * What a route (API endpoint, page loader or form action) requires of the caller before it
 * runs. Record-level rules (own ministry, visibility) are applied by use-cases and presenters.
 */
export const routePolicies = {
  /** Anyone, logged in or not (what they see still depends on who they are). */
  public: () => true,
  /** Any logged-in user. */
  authenticated: (actor: Actor) => actor.kind !== 'public',
  /** Staff of the government: every role except stakeholders. */
  internal: (actor: Actor) => !['public', 'stakeholder'].includes(roleOf(actor)),
  /** Coordinators of the State Chancellery. */
  coordinator: (actor: Actor) => roleOf(actor) === 'coordinator',
  /** The pages' catch-all: React Router routes check their own policies (handle.policy). */
  pages: () => true,
} as const;

export type RoutePolicy = keyof typeof routePolicies;
