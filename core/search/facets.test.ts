import { describe, expect, it } from 'vitest';
import { countFacets, parseFacets, typesFor } from './facets.ts';

describe('facets', () => {
  it('reads the chosen values from the URL and reports those that are not allowed', () => {
    const { selection, issues } = parseFacets(
      new URLSearchParams('type=activity&status=gibts-nicht&year=24&country=pl&organiser=smwk'),
    );
    expect(selection).toEqual({ type: 'activity', country: 'PL', organiser: 'smwk' });
    expect(issues).toEqual([
      { field: 'status', value: 'gibts-nicht' },
      { field: 'year', value: '24' },
    ]);
  });

  it('leaves only the types that carry every chosen facet and have the chosen status', () => {
    expect(typesFor({})).toEqual(['partnership', 'agreement', 'activity', 'measure', 'organisation', 'source']);
    expect(typesFor({ status: 'dormant' })).toEqual(['partnership']);
    expect(typesFor({ status: 'planned' })).toEqual(['activity', 'measure']);
    expect(typesFor({ year: '2024' })).toEqual(['partnership', 'agreement', 'activity', 'source']);
    expect(typesFor({ country: 'PL' })).toEqual(['partnership', 'agreement', 'activity', 'organisation']);
    expect(typesFor({ type: 'measure', year: '2024' })).toEqual([]);
  });

  it('counts each match once per value, a match in two countries in each; years newest first', () => {
    const facets = countFacets([
      { type: 'activity', status: 'done', year: '2023', countries: ['PL', 'CZ'], organiser: 'sk' },
      { type: 'activity', status: 'done', year: '2024', countries: ['PL', 'PL'], organiser: 'smwk' },
      { type: 'partnership', status: 'active', year: '1992', countries: ['CZ'], organiser: 'sk' },
      { type: 'measure', status: null, year: null, countries: [], organiser: null },
    ]);
    expect(facets.type).toEqual([
      { value: 'partnership', count: 1 },
      { value: 'activity', count: 2 },
      { value: 'measure', count: 1 },
    ]);
    expect(facets.year.map((y) => y.value)).toEqual(['2024', '2023', '1992']);
    expect(facets.country).toEqual([
      { value: 'CZ', count: 2 },
      { value: 'PL', count: 2 },
    ]);
    expect(facets.status).toEqual([
      { value: 'done', count: 2 },
      { value: 'active', count: 1 },
    ]);
    expect(facets.organiser).toEqual([
      { value: 'sk', count: 2 },
      { value: 'smwk', count: 1 },
    ]);
  });
});
