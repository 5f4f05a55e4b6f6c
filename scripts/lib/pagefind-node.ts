/**
 * Runs real queries in Node against the Pagefind index a build wrote, fetched over HTTP
 * from the loopback server exactly as a browser would fetch it. pagefind.js picks its
 * index from `<html lang>`; here a stub `document` tells it which language to load.
 * Each language gets its own copy of the module (the WebAssembly state is per module).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './dist.ts';

export interface Hit {
  url: string;
  title: string;
  score: number;
  excerpt: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface NodeSearch {
  search(query: string | null, options?: SearchOptions): Promise<Hit[]>;
  /** Ids of the matching pages only: no result fragment is loaded. */
  ids(query: string): Promise<string[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let copies = 0;

/** A search client for one language ("vi", "zh-Hans", "en") of the index served at origin. */
export async function nodeSearch(origin: string, lang: string, dist = DIST): Promise<NodeSearch> {
  const url = `${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?copy=${++copies}`;
  const mod = await import(url);
  const g = globalThis as { document?: unknown };
  g.document = { querySelector: () => ({ getAttribute: () => lang }) };
  const instance = mod.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/' });
  delete g.document;
  await instance.init();
  return {
    async search(query, options = {}) {
      const res = await instance.search(query, options);
      return Promise.all(
        res.results.map(async (r: { score: number; data: () => Promise<any> }) => {
          const d = await r.data();
          return { url: d.url, title: d.meta.title, score: r.score, excerpt: d.excerpt, content: d.content, filters: d.filters, meta: d.meta };
        }),
      );
    },
    async ids(query) {
      return (await instance.search(query)).results.map((r: { id: string }) => r.id);
    },
    filters: () => instance.filters(),
  };
}
