/**
 * Relevance of site search on a query set (scripts/bench/relevance-queries.yaml): for each
 * language, success@1, success@3 and mean reciprocal rank over the queries that have an
 * answer, and whether the queries whose words appear nowhere return nothing. Shared by
 * `npm run bench:relevance` and the tests, which assert the core subset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Hit } from '../lib/pagefind-node.ts';
import type { SiteLocale } from '../lib/site-search.ts';

export interface RelevanceQuery {
  q: string;
  /** Locale-free paths of the pages that answer it; empty: it must find nothing. */
  expect: string[];
  core?: boolean;
}

export type QuerySet = Record<SiteLocale, RelevanceQuery[]>;

export const QUERY_FILE = join(import.meta.dirname, 'relevance-queries.yaml');

export function readQuerySet(file = QUERY_FILE): QuerySet {
  return parse(readFileSync(file, 'utf8')) as QuerySet;
}

export const localized = (locale: SiteLocale, path: string) => (locale === 'vi' ? path : `/${locale}${path}`);

export interface Outcome {
  query: RelevanceQuery;
  /** 1-based rank of the first expected page, or 0 when none is in the results. */
  rank: number;
  count: number;
  top: string[];
  /** For a query that must find nothing: whether it did. */
  ok: boolean;
}

export function judge(locale: SiteLocale, query: RelevanceQuery, hits: Hit[]): Outcome {
  const urls = hits.map((h) => h.url);
  const expected = new Set(query.expect.map((p) => localized(locale, p)));
  const at = urls.findIndex((u) => expected.has(u));
  const rank = at + 1;
  return { query, rank, count: hits.length, top: urls.slice(0, 3), ok: query.expect.length === 0 ? hits.length === 0 : rank > 0 };
}

export interface Summary {
  answerable: number;
  success1: number;
  success3: number;
  mrr: number;
  nowhere: number;
  /** Queries whose words appear nowhere that still returned something. */
  nowhereWithResults: number;
}

export function summarize(outcomes: Outcome[]): Summary {
  const answerable = outcomes.filter((o) => o.query.expect.length > 0);
  const nowhere = outcomes.filter((o) => o.query.expect.length === 0);
  const n = Math.max(1, answerable.length);
  return {
    answerable: answerable.length,
    success1: answerable.filter((o) => o.rank === 1).length / n,
    success3: answerable.filter((o) => o.rank >= 1 && o.rank <= 3).length / n,
    mrr: answerable.reduce((s, o) => s + (o.rank > 0 ? 1 / o.rank : 0), 0) / n,
    nowhere: nowhere.length,
    nowhereWithResults: nowhere.filter((o) => !o.ok).length,
  };
}
