/**
 * Search as the search page runs it, in Node: the query is planned against the language's
 * vocabulary (src/lib/search-query.ts: glossary tokens, words found nowhere, corrections)
 * and then handed to the real Pagefind index over loopback HTTP (pagefind-node.ts).
 * Used by the relevance benchmark and the tests, so both measure what readers get.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import { nodeSearch, type Hit, type NodeSearch, type SearchOptions } from './pagefind-node.ts';
import { QueryPlanner, chineseSegmenter, pinFirst, relaxedSearch, type QueryPlan, type SearchVocabulary } from '../../src/lib/search-query.ts';
import { HANT_FILE, VOCABULARY_FILE } from '../../src/integrations/pagefind.ts';
import { simplifier } from '../../src/lib/chinese-script.ts';

export type SiteLocale = 'vi' | 'zh' | 'en';
export const PAGEFIND_LANG: Record<SiteLocale, string> = { vi: 'vi', zh: 'zh-Hans', en: 'en' };

export interface SiteSearch {
  planner: QueryPlanner;
  index: NodeSearch;
  /** Results as the page shows them, and the plan it made. */
  search(query: string, options?: SearchOptions): Promise<{ hits: Hit[]; plan: QueryPlan }>;
}

/** The glossary the build published; none in a build from before it existed (a baseline measurement). */
export function readVocabulary(dist = DIST): SearchVocabulary {
  const file = join(dist, 'pagefind', VOCABULARY_FILE);
  if (!existsSync(file)) return { terms: [], bets: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as SearchVocabulary;
}

export async function siteSearch(origin: string, locale: SiteLocale, dist = DIST): Promise<SiteSearch> {
  const hant = join(dist, 'pagefind', HANT_FILE);
  const simplify = simplifier(locale === 'zh' && existsSync(hant) ? readFileSync(hant, 'utf8') : '');
  const planner = new QueryPlanner(readVocabulary(dist), locale === 'zh' ? chineseSegmenter() : undefined, simplify);
  const index = await nodeSearch(origin, PAGEFIND_LANG[locale], dist);
  return {
    planner,
    index,
    async search(query, options = {}) {
      const plan = await planner.plan(query, index);
      if (!plan.search) return { hits: [], plan };
      const strict = await index.search(plan.search, options);
      const hits = options.sort ? strict : await relaxedSearch(plan, strict, (q) => index.search(q, options), (h) => h.url);
      const pinned = plan.pin && !options.sort ? await index.search(plan.search, { ...options, filters: { ...options.filters, bet: plan.pin } }) : [];
      return { hits: pinFirst(hits, pinned, (h) => h.url), plan };
    },
  };
}
