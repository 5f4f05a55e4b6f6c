/**
 * Search as the search page runs it, in Node: the query is planned against the language's
 * vocabulary (src/lib/search-query.ts: glossary tokens, words found nowhere, corrections)
 * and then handed to the real Pagefind index over loopback HTTP (pagefind-node.ts).
 * Used by the relevance benchmark and the tests, so both measure what readers get.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import { nodeSearch, type Hit, type NodeSearch, type SearchOptions } from './pagefind-node.ts';
import { QueryPlanner, chineseSegmenter, pinFirst, type QueryPlan, type SearchVocabulary } from '../../src/lib/search-query.ts';
import { VOCABULARY_FILE } from '../../src/integrations/pagefind.ts';

export type SiteLocale = 'vi' | 'zh' | 'en';
export const PAGEFIND_LANG: Record<SiteLocale, string> = { vi: 'vi', zh: 'zh-Hans', en: 'en' };

export interface SiteSearch {
  planner: QueryPlanner;
  index: NodeSearch;
  /** Results as the page shows them, and the plan it made. */
  search(query: string, options?: SearchOptions): Promise<{ hits: Hit[]; plan: QueryPlan }>;
}

export function readVocabulary(dist = DIST): SearchVocabulary {
  return JSON.parse(readFileSync(join(dist, 'pagefind', VOCABULARY_FILE), 'utf8')) as SearchVocabulary;
}

export async function siteSearch(origin: string, locale: SiteLocale, dist = DIST): Promise<SiteSearch> {
  const planner = new QueryPlanner(readVocabulary(dist), locale === 'zh' ? chineseSegmenter() : undefined);
  const index = await nodeSearch(origin, PAGEFIND_LANG[locale], dist);
  return {
    planner,
    index,
    async search(query, options = {}) {
      const plan = await planner.plan(query, index);
      if (!plan.search) return { hits: [], plan };
      const hits = await index.search(plan.search, options);
      const pinned = plan.pin && !options.sort ? await index.search(plan.search, { ...options, filters: { ...options.filters, bet: plan.pin } }) : [];
      return { hits: pinFirst(hits, pinned, (h) => h.url), plan };
    },
  };
}
