/**
 * Pages people look for that are not entries of a collection: they are indexed for search
 * as type "page" (src/lib/search-index.ts) and can be the target of a best bet
 * (content/best-bets/). The route table (src/lib/route-kinds.ts) names them (`bet`); keys
 * are what an editor writes in a best bet's `target`.
 */
import { BET_PAGES, ROUTE_KINDS, type RouteKind } from './route-kinds.ts';
import { routes } from './routes.ts';

type BetOf<K extends RouteKind> = (typeof ROUTE_KINDS)[K] extends { bet: infer B extends string } ? B : never;
export type SitePage = { [K in RouteKind]: BetOf<K> }[RouteKind];

export const SITE_PAGES = Object.fromEntries(BET_PAGES.map((p) => [p.name, p.path])) as Record<SitePage, string>;
export const SITE_PAGE_NAMES = BET_PAGES.map((p) => p.name) as SitePage[];

/** Where a best bet's target lives, locale-free: a site page or an entry "collection/id". */
export function betPath(target: string): string {
  if (target in SITE_PAGES) return SITE_PAGES[target as SitePage];
  const [section = '', id = ''] = target.split('/');
  return routes.entry(section, id);
}
