import { describe, expect, it } from 'vitest';
import { extraPages, pageCount, pageLinks, pageSlice } from '../../src/lib/paginate.ts';
import { routes } from '../../src/lib/routes.ts';

describe('pagination', () => {
  it('counts pages, at least one even for an empty list', () => {
    expect([0, 1, 25, 26, 50, 51].map((n) => pageCount(n, 25))).toEqual([1, 1, 1, 2, 2, 3]);
    expect(extraPages(51, 25)).toEqual([2, 3]);
    expect(extraPages(10, 25)).toEqual([]);
  });
  it('slices the right entries and loses none', () => {
    const items = Array.from({ length: 53 }, (_, i) => i);
    const pages = [1, 2, 3].map((p) => pageSlice(items, p, 25));
    expect(pages.map((p) => p.length)).toEqual([25, 25, 3]);
    expect(pages.flat()).toEqual(items);
  });
  it('keeps page 1 at the list address', () => {
    expect(routes.list('policies', 1)).toBe('/policies/');
    expect(routes.facet('policies', 'topic', 'investment', 1)).toBe('/policies/topic/investment/');
    expect(routes.facet('policies', 'topic', 'investment', 3)).toBe('/policies/topic/investment/page/3/');
  });
  it('offers first, last and neighbours, with gaps marked', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageLinks(3, 10)).toEqual([1, 2, 3, 4, null, 10]);
    expect(pageLinks(10, 10)).toEqual([1, null, 9, 10]);
  });
});
