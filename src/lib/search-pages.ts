/**
 * Pages people look for that are not entries of a collection: they are indexed for search
 * as type "page" (src/lib/search-index.ts) and can be the target of a best bet
 * (content/best-bets/). Keys are what an editor writes in a best bet's `target`.
 */
export const SITE_PAGES = {
  contact: '/contact/',
  feedback: '/feedback/',
  services: '/services/',
  'open-data': '/open-data/',
  verify: '/v/',
  ddci: '/ddci/',
  glossary: '/glossary/',
} as const;
export type SitePage = keyof typeof SITE_PAGES;
export const SITE_PAGE_NAMES = Object.keys(SITE_PAGES) as SitePage[];
export const SITE_PAGE_PATHS = Object.values(SITE_PAGES);

/** Where a best bet's target lives, locale-free: a site page or an entry "collection/id". */
export function betPath(target: string): string {
  return target in SITE_PAGES ? SITE_PAGES[target as SitePage] : `/${target}/`;
}
