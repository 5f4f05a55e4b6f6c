/**
 * Search as the search page runs it, in Node: the query is planned against the language's
 * vocabulary (src/lib/search-query.ts: glossary tokens, words found nowhere, corrections)
 * and then handed to the real Pagefind index over loopback HTTP (pagefind-node.ts).
 * Used by the relevance benchmark and the tests, so both measure what readers get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import { nodeSearch, type Hit, type NodeSearch } from './pagefind-node.ts';
import { QueryPlanner, type QueryPlan, type SearchVocabulary } from '../../src/lib/search-query.ts';

export type SiteLocale = 'vi' | 'zh' | 'en';
export const PAGEFIND_LANG: Record<SiteLocale, string> = { vi: 'vi', zh: 'zh-Hans', en: 'en' };

export interface SiteSearch {
  planner: QueryPlanner;
  index: NodeSearch;
  /** Results as the page shows them, and the plan it made. */
  search(query: string): Promise<{ hits: Hit[]; plan: QueryPlan }>;
}

export function readVocabulary(locale: SiteLocale, dist = DIST): SearchVocabulary {
  return JSON.parse(readFileSync(join(dist, 'pagefind', `sngv-${locale}.json`), 'utf8')) as SearchVocabulary;
}

export async function siteSearch(origin: string, locale: SiteLocale, dist = DIST): Promise<SiteSearch> {
  const planner = new QueryPlanner(readVocabulary(locale, dist));
  const index = await nodeSearch(origin, PAGEFIND_LANG[locale], dist);
  return {
    planner,
    index,
    async search(query) {
      const plan = planner.plan(query);
      return { hits: plan.search ? await index.search(plan.search) : [], plan };
    },
  };
}
