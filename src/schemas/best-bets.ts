/**
 * Best bets: editor-chosen top results for queries people type often ("hotline" → the
 * contact page). One YAML file per target page (content/best-bets/<id>.yaml). The queries
 * are added to the target page's copy in the search index at a high weight, in every
 * language's index, so the page ranks first for them without any code in the browser.
 */
import { z } from 'astro/zod';
import { entryRef } from './common.ts';
import { SITE_PAGE_NAMES } from '../lib/search-pages.ts';

const SITE_PAGES = SITE_PAGE_NAMES as [string, ...string[]];

const query = z.string().trim().min(2, 'a query of at least two characters').regex(/^[^\n\r]+$/, 'one line of text');

export const bestBetSchema = z.strictObject({
  /** The page to put first: a site page (contact, feedback, services, open-data, verify, ddci, glossary) or an entry "collection/id". */
  target: z.union([z.enum(SITE_PAGES), entryRef], { error: `one of ${SITE_PAGES.join(', ')} or an entry written "collection/id"` }),
  /** Queries, per language, as people type them; each is matched in every language's index. */
  queries: z.strictObject({
    /** Vietnamese queries (with or without diacritics: both are matched); at least one. */
    vi: z.array(query).min(1, 'at least one Vietnamese query'),
    /** Chinese queries. */
    zh: z.array(query).default([]),
    /** English queries. */
    en: z.array(query).default([]),
  }),
  /** Why these queries lead to this page (for the next editor). */
  note: z.string().trim().min(1).optional(),
});
export type BestBetData = z.infer<typeof bestBetSchema>;
