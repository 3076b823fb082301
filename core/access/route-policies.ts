import type { Actor } from './actor.ts';
import { canReviewCandidates } from './review.policy.ts';
import { isCoordinator, isInternal } from './roles.ts';

/**
 * What a route (API endpoint, page loader or form action) requires of the caller before it
 * runs. Record-level rules (own ministry, visibility) are in the `*.policy.ts` files beside this.
 */
export const routePolicies = {
  /** Anyone, logged in or not (what they see still depends on who they are). */
  public: () => true,
  /** Any logged-in user. */
  authenticated: (actor: Actor) => actor.kind !== 'public',
  /** Staff of the government: every role except stakeholders. */
  internal: isInternal,
  /** Coordinators of the State Chancellery. */
  coordinator: isCoordinator,
  /** Those who review candidate facts: coordinators, and ministry editors (for their own ministry's activities). */
  reviewer: canReviewCandidates,
  /** The pages' catch-all: React Router routes check their own policies (handle.policy). */
  pages: () => true,
} as const;

/** The name of a route policy, as routes and pages declare it. */
export type RoutePolicy = keyof typeof routePolicies;
