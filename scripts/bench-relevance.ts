/**
 * `npm run bench:relevance` — how well search answers what people type, on the query set
 * in scripts/bench/relevance-queries.yaml, against the built site in dist/ (run
 * `npm run build` first, or pass --build). Prints per language success@1, success@3 and
 * mean reciprocal rank, whether queries whose words appear nowhere return nothing, and
 * the bytes a first search transfers in Chromium. Asserts nothing.
 *
 * Two ways of searching are compared on the same index:
 * - "search page": what /search/ does (src/lib/search-query.ts): glossary forms in the
 *   query become term tokens, words found nowhere stop the search, misspellings are
 *   corrected, then Pagefind ranks;
 * - "index only": the raw query straight to Pagefind, which then relies on the glossary
 *   forms added to each page's index copy (and on its own prefix fallback).
 *
 *   npm run bench:relevance                 # uses dist/
 *   npm run bench:relevance -- --build      # builds first
 *   npm run bench:relevance -- --dist /tmp/sngv-bench-search/real/dist --verbose
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveDist } from './lib/server.ts';
import { launch } from './lib/browser.ts';
import { siteSearch, type SiteLocale } from './lib/site-search.ts';
import { judge, readQuerySet, summarize, type Outcome } from './bench/relevance.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'dist') },
    build: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
  },
});
const DIST = resolve(opts.dist!);
const LOCALES: SiteLocale[] = ['vi', 'zh', 'en'];
const log = (s = '') => console.log(s);
const pct = (x: number) => x.toFixed(2);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

if (opts.build) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, DIST_DIR: DIST } });
if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) {
  console.error(`No search index in ${DIST}: run npm run build first (or pass --build).`);
  process.exit(1);
}

const set = readQuerySet();
const server = await serveDist(DIST);
log(`# Search relevance (${new Date().toISOString().slice(0, 10)}), ${DIST}`);
log('');
log('| language | way | queries with an answer | success@1 | success@3 | MRR | queries found nowhere: with results |');
log('|---|---|---:|---:|---:|---:|---:|');
const misses: string[] = [];
for (const locale of LOCALES) {
  const search = await siteSearch(server.origin, locale, DIST);
  const page: Outcome[] = [];
  const raw: Outcome[] = [];
  for (const q of set[locale]) {
    const { hits, plan } = await search.search(q.q);
    const o = judge(locale, q, hits);
    page.push(o);
    raw.push(judge(locale, q, await search.index.search(q.q)));
    if (!o.ok || o.rank > 3 || opts.verbose)
      misses.push(`${locale} "${q.q}" → rank ${o.rank || '-'} of ${o.count} (searched "${plan.search}"${plan.unknown.length ? `, unknown ${plan.unknown.join(' ')}` : ''}): ${o.top.join(' ')}`);
  }
  for (const [way, outcomes] of [['search page', page], ['index only', raw]] as const) {
    const s = summarize(outcomes);
    log(`| ${locale} | ${way} | ${s.answerable} | ${pct(s.success1)} | ${pct(s.success3)} | ${pct(s.mrr)} | ${s.nowhereWithResults} of ${s.nowhere} |`);
  }
}
if (misses.length > 0) {
  log('');
  log(opts.verbose ? 'Every query (search page):' : 'Queries not answered in the top 3, or found-nowhere queries with results (search page):');
  for (const m of misses) log(`- ${m}`);
}

/** Bytes of opening the search page and running a first query there, as a new visitor. */
async function firstSearchBytes(): Promise<void> {
  const browser = await launch();
  log('');
  log('First search in Chromium (new visitor: search page, Pagefind script and WebAssembly, vocabulary, index chunks, first results):');
  log('');
  log('| language | query | requests | bytes | with gzip | of which /pagefind/ (gzip) |');
  log('|---|---|---:|---:|---:|---:|');
  try {
    for (const locale of LOCALES) {
      const query = set[locale].find((q) => q.expect.length > 0)!.q;
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const bodies: Promise<void>[] = [];
      let requests = 0;
      let bytes = 0;
      let gzip = 0;
      let pagefind = 0;
      page.on('response', (r) => {
        bodies.push(
          r.body().then(
            (body) => {
              const path = new URL(r.url()).pathname;
              // Pagefind's index files are compressed already; everything else as nginx's gzip would send it.
              const g = /\.pf_(meta|index|fragment|filter)$|\.pagefind$/.test(path) ? body.length : gzipSync(body).length;
              requests++;
              bytes += body.length;
              gzip += g;
              if (path.startsWith('/pagefind/')) pagefind += g;
            },
            () => undefined,
          ),
        );
      });
      const path = locale === 'vi' ? '/search/' : `/${locale}/search/`;
      await page.goto(`${server.origin}${path}?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
      await page.waitForFunction(
        (q) => new URL(location.href).searchParams.get('q') === q && (document.getElementById('search-status')?.textContent ?? '').length > 0 && !document.getElementById('search-list')!.hasAttribute('aria-busy'),
        query,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      await Promise.all(bodies);
      log(`| ${locale} | ${query} | ${requests} | ${kb(bytes)} | ${kb(gzip)} | ${kb(pagefind)} |`);
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
}
if (!opts['no-browser']) await firstSearchBytes();
await server.close();
