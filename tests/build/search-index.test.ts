/**
 * Real queries, in Node, against the Pagefind index of the built site, fetched over
 * loopback HTTP as a browser would. Expectations are derived from the built pages
 * themselves (a page whose text says "đầu tư" must come back for "dau tu"), so the
 * tests keep working as content grows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { nodeSearch, type Hit, type NodeSearch } from '../../scripts/lib/pagefind-node.ts';
import { extractIndexedText, prepareForIndex } from '../../src/lib/search-index.ts';
import { sitePages } from '../helpers/pages.ts';
import { buildSearchIndex } from '../../src/integrations/pagefind.ts';
import { fold } from '../../src/lib/fold.ts';
import { LIST_SECTIONS } from '../../src/lib/sections.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';

const LANGS = { vi: 'vi', zh: 'zh-Hans', en: 'en' } as const;
type L = keyof typeof LANGS;
const prefix = (l: L) => (l === 'vi' ? '/' : `/${l}/`);

/** Every built page the index should hold, with the text Pagefind reads from it. */
const indexed = new Map<string, { locale: L; text: string }>();
let server: StaticServer;
const clients = {} as Record<L, NodeSearch>;

beforeAll(async () => {
  for (const page of sitePages()) {
    const html = prepareForIndex(page, readDist(page.file));
    if (html === null) continue;
    indexed.set(page.url, { locale: page.locale, text: extractIndexedText(html) });
  }
  server = await serveDist();
  for (const l of Object.keys(LANGS) as L[]) clients[l] = await nodeSearch(server.origin, LANGS[l]);
});
afterAll(async () => {
  await server?.close();
});

const urls = (hits: Hit[]) => hits.map((h) => h.url);
/** Indexed pages of a locale whose text passes a test. */
const pagesWhere = (l: L, test: (text: string) => boolean) =>
  [...indexed].filter(([, p]) => p.locale === l && test(p.text)).map(([u]) => u);

describe('the index', () => {
  it('has exactly one index per language: vi, zh-hans, en', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi', 'zh-hans']);
  });

  it.each(Object.keys(LANGS) as L[])('%s: holds every entry page of the language and nothing else', async (l) => {
    const all = urls(await clients[l].search(null)).sort();
    const expected = pagesWhere(l, () => true).sort();
    expect(all).toEqual(expected);
    // Independently of the indexing rules: every entry page in dist/ is there...
    const entries = sitePages()
      .filter((p) => p.entry && p.locale === l)
      .map((p) => p.url);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(all, `${e} is missing from search`).toContain(e);
    // ...and no document verification page (/v/<CODE>/: the help at /v/ is), editors', search, 404 or facet list page is.
    const facet = new RegExp(`^${prefix(l)}(${LIST_SECTIONS.map((s) => s.key).join('|')})/[^/]+/[^/]+/$`);
    for (const u of all) {
      expect(u).not.toMatch(/\/v\/[^/]+\/|\/(editors|search)\/|404/);
      expect(u).not.toMatch(facet);
    }
  });

  it.each(Object.keys(LANGS) as L[])('%s: every result carries a type; entries also a date and its year', async (l) => {
    const entryUrls = new Set(sitePages().filter((p) => p.entry).map((p) => p.url));
    const types = new Set([...LIST_SECTIONS.map((s) => s.searchType), 'ddci', 'page']);
    for (const h of await clients[l].search(null)) {
      expect(types, h.url).toContain(h.filters.type?.[0]);
      // Dates are as precise as their source: a document may be dated to the month (2026-03).
      if (entryUrls.has(h.url)) expect(h.meta.date, h.url).toMatch(/^\d{4}-\d{2}(-\d{2}\??)?$/);
      // DDCI overview pages have no single date; a dated page is filed under its year.
      expect(h.filters.year ?? [], h.url).toEqual(h.meta.date ? [h.meta.date.slice(0, 4)] : []);
    }
  });

  it('indexes main content only, not the header, navigation or footer', async () => {
    for (const l of ['vi', 'en'] as const) {
      for (const key of ['a11y.skip', 'site.tagline', 'footer.hotlineNote']) {
        const phrase = MESSAGES[l][key]!.replace(/[:"]/g, '');
        // The footer's hotline note is found only where a page's own content says it (contact, feedback).
        const own = pagesWhere(l, (t) => t.replace(/[:"]/g, '').includes(phrase)).sort();
        expect(urls(await clients[l].search(`"${phrase}"`)).sort(), `${l} ${key}`).toEqual(own);
      }
    }
  });

  it.each(Object.keys(LANGS) as L[])('%s: the pages people look for are in the index, as type "page"', async (l) => {
    const all = await clients[l].search(null);
    for (const path of ['/contact/', '/feedback/', '/services/', '/open-data/', '/v/', '/glossary/']) {
      const hit = all.find((h) => h.url === `${prefix(l)}${path.slice(1)}`);
      expect(hit, path).toBeDefined();
      expect(hit!.filters.type, path).toEqual(['page']);
    }
    expect(all.some((h) => h.url === `${prefix(l)}ddci/`)).toBe(true);
  });
});

describe('where Pagefind is loaded', () => {
  /** Every script a page runs: inline code and bundled files, following their static imports. */
  function scriptsOf(html: string): string {
    const out: string[] = [];
    const seen = new Set<string>();
    const follow = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const code = readFileSync(join(DIST, path), 'utf8');
      out.push(code);
      for (const m of code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) follow(new URL(m[1]!, `http://x${path}`).pathname);
    };
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /\ssrc="([^"]+)"/.exec(m[1]!)?.[1];
      if (src?.startsWith('/')) follow(src);
      else out.push(m[2]!);
    }
    return out.join('\n');
  }

  it('only the search pages carry code that loads it', () => {
    const loaders = distFiles('.html').filter((f) => scriptsOf(readDist(f)).includes('/pagefind/'));
    expect(loaders.sort()).toEqual(['/en/search/index.html', '/search/index.html', '/zh/search/index.html']);
  });
});

describe('Vietnamese typed without diacritics', () => {
  it.each([
    ['dau tu', 'đầu tư'],
    ['cua khau', 'cửa khẩu'],
    ['hiep dinh', 'hiệp định'],
    ['dong dang', 'đồng đăng'],
  ])('"%s" finds every page that says "%s", led by one with it in the title', async (query, phrase) => {
    const hits = await clients.vi.search(query);
    const expected = pagesWhere('vi', (t) => t.toLowerCase().includes(phrase));
    expect(expected.length).toBeGreaterThan(0);
    for (const u of expected) expect(urls(hits)).toContain(u);
    expect(fold(hits[0]!.title + hits[0]!.content)).toContain(fold(phrase));
    // The same pages the properly accented query finds.
    for (const u of urls(await clients.vi.search(phrase))) expect(urls(hits)).toContain(u);
  });

  it('puts pages with the whole phrase first, for accented and bare queries alike', async () => {
    const exact = new Set(pagesWhere('vi', (t) => t.toLowerCase().includes('đầu tư')));
    for (const q of ['đầu tư', 'dau tu']) {
      const top = urls((await clients.vi.search(q)).slice(0, 3));
      for (const u of top) expect(exact, `${q}: ${u}`).toContain(u);
    }
  });
});

describe('Chinese queries are segmented', () => {
  it.each(['投资', '口岸', '贸易协定', '电子通关', '原产地证书'])('"%s" finds the pages that contain it', async (query) => {
    const hits = await clients.zh.search(query);
    const expected = pagesWhere('zh', (t) => t.includes(query));
    expect(expected.length).toBeGreaterThan(0);
    for (const u of expected) expect(urls(hits)).toContain(u);
    expect(hits[0]!.content).toContain(query);
    for (const u of urls(hits)) expect(u.startsWith('/zh/')).toBe(true);
  });
});

describe('English', () => {
  it('finds other word forms ("investments" → "investment", "investors")', async () => {
    const forms = await clients.en.search('investments');
    const expected = pagesWhere('en', (t) => /\binvestment\b/i.test(t));
    expect(expected.length).toBeGreaterThan(0);
    for (const u of expected) expect(urls(forms)).toContain(u);
    expect(urls(forms).sort()).toEqual(urls(await clients.en.search('investment')).sort());
  });

  it('"certificate of origin" leads with a trade agreement guide', async () => {
    const hits = await clients.en.search('certificate of origin');
    expect(hits[0]!.url).toMatch(/^\/en\/(trade-agreements|policies)\//);
  });
});

describe('filters and sort', () => {
  it('a type filter keeps exactly the matching results of that type', async () => {
    const all = await clients.vi.search('cua khau');
    const policies = await clients.vi.search('cua khau', { filters: { type: 'policy' } });
    expect(policies.length).toBeGreaterThan(0);
    expect(policies.length).toBeLessThan(all.length);
    expect(urls(policies).sort()).toEqual(all.filter((h) => h.filters.type?.includes('policy')).map((h) => h.url).sort());
  });

  it('filters combine: any of several values within a group, all groups together', async () => {
    const hits = await clients.en.search(null, { filters: { type: { any: ['policy', 'faq'] }, topic: 'investment' } });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(['policy', 'faq']).toContain(h.filters.type![0]);
      expect(h.filters.topic).toContain('investment');
    }
  });

  it('sorts by date, newest first', async () => {
    const hits = await clients.zh.search('口岸', { sort: { date: 'desc' } });
    const dates = hits.map((h) => h.meta.date!);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('folding in the index, on pages that differ in one word', () => {
  const filler = 'Thông tin về thủ tục cho doanh nghiệp tại tỉnh. Nội dung chung về hồ sơ và thời hạn.';
  const pages = { exact: 'dau tu', pagefind: 'dầu tư', stroke: 'đầu tư' };
  const html = (w: string) =>
    `<!doctype html><html lang="vi"><body><main><article data-pagefind-body><h1>Trang</h1><p>${filler} Gõ ${w} ở đây.</p></article></main></body></html>`;
  const logger = { info() {}, warn() {}, error() {}, debug() {}, fork() { return logger; }, label: 'test', options: {} } as any;
  let ours: StaticServer;
  let raw: StaticServer;
  const roots: string[] = [];

  beforeAll(async () => {
    const make = () => {
      const root = mkdtempSync(join(tmpdir(), 'sngv-fold-'));
      roots.push(root);
      for (const [name, w] of Object.entries(pages)) {
        mkdirSync(join(root, name));
        writeFileSync(join(root, name, 'index.html'), html(w));
      }
      return root;
    };
    const a = make();
    // Without glossary synonyms: this compares Pagefind with and without the folded block only.
    const files = Object.keys(pages).map((name) => ({ file: `/${name}/index.html`, url: `/${name}/`, path: `/${name}/`, search: 'marked' as const }));
    await buildSearchIndex(a, files, logger, null);
    ours = await serveDist(a);
    // The same pages indexed by Pagefind alone, without our folded block.
    const b = make();
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: b });
    await index!.writeFiles({ outputPath: join(b, 'pagefind') });
    await pagefind.close();
    raw = await serveDist(b);
  });
  afterAll(async () => {
    await ours?.close();
    await raw?.close();
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('Pagefind alone misses "đầu tư" for "dau tu"; with the folded block it is found', async () => {
    const plain = urls(await (await nodeSearch(raw.origin, 'vi', roots[1])).search('dau tu'));
    expect(plain.sort()).toEqual(['/exact/', '/pagefind/']);
    const folded = urls(await (await nodeSearch(ours.origin, 'vi', roots[0])).search('dau tu'));
    expect(folded.sort()).toEqual(['/exact/', '/pagefind/', '/stroke/']);
  });

  it('exact-diacritic matches rank above folded ones, both ways', async () => {
    const s = await nodeSearch(ours.origin, 'vi', roots[0]);
    const bare = await s.search('dau tu');
    expect(bare[0]!.url).toBe('/exact/');
    expect(bare[0]!.score).toBeGreaterThan(bare[1]!.score * 1.2);
    const accented = await s.search('đầu tư');
    expect(accented[0]!.url).toBe('/stroke/');
    for (const h of accented.slice(1)) expect(h.score).toBeLessThan(accented[0]!.score);
  });
});
