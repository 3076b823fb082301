import { describe, expect, it } from 'vitest';
import { type Actor, operator, PUBLIC } from '../access/actor.ts';
import {
  highlightSegments,
  pageOfMatches,
  rankMatches,
  recordPath,
  summariseMatches,
  type SearchMatch,
} from './search-results.ts';
import { matchVisibleTo } from '../access/search.policy.ts';
import { audienceOf } from '../access/visibility.ts';

const match = (over: Partial<SearchMatch>): SearchMatch => ({
  type: 'activity',
  id: 1,
  status: 'done',
  year: '2024',
  countries: [],
  organiser: 'sk',
  date: '2024-03-27',
  rank: 0.1,
  inTitle: false,
  visibility: 'public',
  ownerOrganisationId: null,
  ...over,
});

describe('ranking and paging', () => {
  it('puts the best match first, then the more recent, then the order of the types', () => {
    const ranked = rankMatches([
      match({ id: 1, rank: 0.05, date: '2026' }),
      match({ id: 2, rank: 0.2, date: '2020' }),
      match({ id: 3, rank: 0.05, date: '2025-01' }),
      match({ id: 4, type: 'partnership', rank: 0.05, date: '2026' }),
      match({ id: 5, rank: 0.05, date: null }),
    ]);
    expect(ranked.map((m) => m.id)).toEqual([2, 4, 1, 3, 5]);
  });

  it('puts the partnership the query names above an activity that bears or mentions its name', () => {
    const ranked = rankMatches([
      match({ id: 1, rank: 0.6, inTitle: false }),
      match({ id: 2, rank: 0.3, inTitle: true }),
      match({ id: 3, type: 'partnership', status: 'active', rank: 0.1, inTitle: true }),
      match({ id: 4, type: 'agreement', status: null, rank: 0.2, inTitle: true }),
      match({ id: 5, type: 'source', status: null, rank: 0.9, inTitle: false }),
    ]);
    expect(ranked.map((m) => `${m.type}:${m.id}`)).toEqual([
      'partnership:3',
      'agreement:4',
      'activity:2',
      'source:5',
      'activity:1',
    ]);
  });

  it('puts cancelled activities, ended partnerships and discontinued measures below live records', () => {
    const ranked = rankMatches([
      match({ id: 1, status: 'cancelled', rank: 0.9, inTitle: true }),
      match({ id: 2, status: 'planned', rank: 0.1, inTitle: false }),
      match({ id: 3, type: 'partnership', status: 'ended', rank: 0.9, inTitle: true }),
      match({ id: 4, type: 'measure', status: 'discontinued', rank: 0.9, inTitle: true }),
      match({ id: 5, type: 'measure', status: 'ongoing', rank: 0.05, inTitle: true }),
    ]);
    expect(ranked.map((m) => `${m.type}:${m.id}`)).toEqual([
      'measure:5',
      'activity:2',
      'partnership:3',
      'measure:4',
      'activity:1',
    ]);
  });

  it('cuts pages of twenty and keeps the page inside the range', () => {
    const rows = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOfMatches(rows, 3)).toEqual({ rows: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(pageOfMatches(rows, 99).page).toBe(3);
    expect(pageOfMatches([], 1)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe('totals and facets', () => {
  it('counts exactly while no type reached the cap', () => {
    const { total, facets } = summariseMatches(
      [match({}), match({ id: 2, type: 'measure', status: null, year: null })],
      [],
    );
    expect(total).toEqual({ count: 2, capped: false });
    expect(facets.type).toEqual([
      { value: 'activity', count: 1 },
      { value: 'measure', count: 1 },
    ]);
    expect(facets.year).toEqual([{ value: '2024', count: 1 }]);
  });

  it('says "more" for a capped type and drops the counts it cannot know', () => {
    const { total, facets } = summariseMatches([match({}), match({ id: 2, type: 'measure' })], ['activity']);
    expect(total).toEqual({ count: 2, capped: true });
    expect(facets.type).toEqual([
      { value: 'activity', count: 1, more: true },
      { value: 'measure', count: 1 },
    ]);
    expect(facets.year).toEqual([{ value: '2024', count: null }]);
  });
});

describe('highlighted text', () => {
  it('splits at the marks and keeps markup as text', () => {
    expect(highlightSegments('Die \u0001Hochschulen\u0002 <script>x</script> und \u0001Universität\u0002')).toEqual([
      { text: 'Die ', match: false },
      { text: 'Hochschulen', match: true },
      { text: ' <script>x</script> und ', match: false },
      { text: 'Universität', match: true },
    ]);
    expect(highlightSegments('')).toEqual([]);
  });
});

describe('who finds what', () => {
  const user = (role: 'reader' | 'coordinator' | 'stakeholder', organisationId: number | null): Actor => ({
    kind: 'user',
    userId: 1,
    label: 'u',
    role,
    organisationId,
  });

  it('states the audience the query filters by, matching the record-level rule', () => {
    expect(audienceOf(PUBLIC)).toEqual({ kind: 'public' });
    expect(audienceOf(user('stakeholder', 7))).toEqual({ kind: 'public' });
    expect(audienceOf(user('reader', 7))).toEqual({ kind: 'internal', ownOrganisationId: 7 });
    expect(audienceOf(operator('x'))).toEqual({ kind: 'everything' });
    const restrictedToSeven = { visibility: 'restricted' as const, ownerOrganisationId: 7 };
    expect(matchVisibleTo(user('reader', 7))(restrictedToSeven)).toBe(true);
    expect(matchVisibleTo(user('reader', 8))(restrictedToSeven)).toBe(false);
    expect(matchVisibleTo(PUBLIC)({ visibility: 'internal', ownerOrganisationId: null })).toBe(false);
  });

  it('links each type to its page', () => {
    expect(recordPath('agreement', 'lazio-2016')).toBe('/vereinbarungen/lazio-2016');
    expect(recordPath('measure', 'III-09')).toBe('/massnahmen/III-09');
    expect(recordPath('organisation', 'smwk')).toBeNull();
  });
});
