import type { RoundStatus } from '../shared/vocabulary.ts';
import { roleOf, type Actor } from './actor.ts';

/** What the register knows about the actor that decides where they land: the rounds and whether they score in each. */
export interface LandingFacts {
  /** The evaluation rounds, newest first. */
  rounds: readonly { key: string; status: RoundStatus; assessing: boolean }[];
}

/** The path of the page a user starts on after logging in, where no page asked for the login. */
export const START_PATH = '/start';

/**
 * Where each role starts its work after logging in: coordinators (and readers) on the overview;
 * ministry editors on the overview too, which shows their own ministry first (the ministry's page);
 * assessors in the newest round they score in that is open for scoring, else the list of rounds;
 * stakeholders among their proposals; the public on the home page.
 */
export function landingFor(actor: Actor, facts: LandingFacts): string {
  switch (roleOf(actor)) {
    case 'coordinator':
    case 'ministry_editor':
    case 'reader':
      return '/uebersicht';
    case 'assessor': {
      const open = facts.rounds.find((r) => r.assessing && r.status === 'scoring');
      return open ? `/evaluierung/${open.key}` : '/evaluierung';
    }
    case 'stakeholder':
      return '/vorschlaege';
    case 'public':
      return '/';
  }
}

/**
 * The page a login was asked to return to, when it is a path on this site (no open redirect:
 * "//host" and "/\host" are refused); null when there is none or it is not safe.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\/(?![/\\])/.test(value)) return null;
  const url = new URL(value, 'http://same.invalid');
  return url.origin === 'http://same.invalid' ? url.pathname + url.search + url.hash : null;
}
