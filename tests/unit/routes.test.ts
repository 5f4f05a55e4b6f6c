/** The route table: builders give the contract's addresses, and routeOf reads them back. */
import { describe, expect, it } from 'vitest';
import { routeOf, routes } from '../../src/lib/routes.ts';

const SECTIONS = new Set(['policies', 'faq']);

describe('routes', () => {
  it('build the public addresses', () => {
    expect(routes.entry('policies', 'x')).toBe('/policies/x/');
    expect(routes.list('policies')).toBe('/policies/');
    expect(routes.list('policies', 2)).toBe('/policies/page/2/');
    expect(routes.facet('policies', 'topic', 'trade')).toBe('/policies/topic/trade/');
    expect(routes.facet('policies', 'topic', 'trade', 3)).toBe('/policies/topic/trade/page/3/');
    expect(routes.verify('K7P2D5X9')).toBe('/v/K7P2D5X9/');
    expect(routes.stamp('K7P2D5X9')).toBe('/v/K7P2D5X9/stamp/');
    expect(routes.qr('K7P2D5X9', 'png')).toBe('/qr/K7P2D5X9.png');
    expect(routes.feed()).toBe('/feed.xml');
    expect(routes.feed('faq')).toBe('/faq/feed.xml');
    expect(routes.calendar('hoi-cho')).toBe('/events/hoi-cho.ics');
    expect(routes.ddci('plans', 2026)).toBe('/ddci/plans/2026/');
  });

  it('routeOf reads every section page the builders make back to its kind and template', () => {
    const cases = [
      [routes.list('faq'), 'list', '/faq/'],
      [routes.list('faq', 2), 'list-page', '/faq/page/:n/'],
      [routes.entry('faq', 'page'), 'entry', '/faq/:id/'],
      [routes.facet('policies', 'topic', 'trade'), 'facet', '/policies/:facet/:value/'],
      [routes.facet('policies', 'year', '2025', 2), 'facet-page', '/policies/:facet/:value/page/:n/'],
    ] as const;
    for (const [path, kind, template] of cases) expect(routeOf(path, SECTIONS), path).toEqual({ kind, template, section: path.split('/')[1] });
  });

  it('gives hand-made pages one template per first segment and depth', () => {
    expect(routeOf('/', SECTIONS).template).toBe('/');
    expect(routeOf(routes.verify('K7P2D5X9'), SECTIONS)).toEqual({ kind: 'page', template: '/v/:1/' });
    expect(routeOf(routes.stamp('K7P2D5X9'), SECTIONS).template).toBe('/v/:1/:2/');
    expect(routeOf('/notices/x/', SECTIONS).kind).toBe('page');
  });
});
