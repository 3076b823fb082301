import { describe, expect, it } from 'vitest';
import { pageLinks, shownPages } from './pagination.tsx';

describe('the pages a pager links to', () => {
  it('names the first, the last and two either side of the current page', () => {
    expect(shownPages(1, 1)).toEqual([1]);
    expect(shownPages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(shownPages(10, 20_000)).toEqual([1, 8, 9, 10, 11, 12, 20_000]);
    expect(shownPages(20_000, 20_000)).toEqual([1, 19_998, 19_999, 20_000]);
  });

  it('builds links only for those pages, so a long list does not send one per page', () => {
    const links = pageLinks(3, 20_000, (n) => `/aktivitaeten?seite=${n}`);
    expect(Object.keys(links).map(Number)).toEqual([1, 2, 3, 4, 5, 20_000]);
    expect(links[4]).toBe('/aktivitaeten?seite=4');
  });
});
