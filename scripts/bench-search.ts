/**
 * `npm run bench:search` — what search costs a reader, measured in Chromium: bytes
 * transferred and time for opening the search page, a first query and a second query,
 * in each language, on the real content and on a generated corpus (default 10,000 extra
 * entries per language, made by scripts/bench/synthetic-content.ts and built with
 * CONTENT_DIR pointing at it). Prints figures; asserts nothing. Every response counts
 * (page, styles, scripts, Pagefind's script, WebAssembly, page list, index and filter
 * chunks, result fragments, the glossary), until no request has been in flight for half a
 * second after the results appear; a table then shows where a first search's bytes go,
 * against the 120 KB budget of a first search on the real site.
 *
 *   npm run bench:search                      # real content + 10,000 generated entries
 *   npm run bench:search -- --n 0             # real content only
 *   npm run bench:search -- --reuse           # keep earlier builds in --out
 *   options: --n 10000  --out /tmp/sngv-bench-search  --reuse  --runs 3
 *
 * Times are wall-clock on this machine and loopback (no network latency): compare them
 * with each other, not with a phone on 3G. Bytes are what a phone would download; the
 * test server sends no HTTP compression, so "gzip" estimates what nginx's gzip would
 * send (Pagefind's own index files are already compressed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { generateContent } from './bench/synthetic-content.ts';
import { launch } from './lib/browser.ts';
import { serveDist } from './lib/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

const { values: opts } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    out: { type: 'string', default: '/tmp/sngv-bench-search' },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const OUT = resolve(opts.out!);
const RUNS = Math.max(1, Number(opts.runs));

/** Two queries per language: the second reuses what the first loaded and adds its own chunks. */
const QUERIES = [
  { locale: 'vi', path: '/search/', first: 'dau tu', second: 'thu tuc cua khau' },
  { locale: 'zh', path: '/zh/search/', first: '投资', second: '原产地证书' },
  { locale: 'en', path: '/en/search/', first: 'investment', second: 'certificate of origin' },
] as const;

const log = (s = '') => console.log(s);
/** The issue's budget for a first search on the real site (README, Weight of a first search). */
const FIRST_SEARCH_BUDGET = 120 * 1024;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function build(content: string | undefined, dist: string): { seconds: number; indexLine: string } {
  if (opts.reuse && existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) return { seconds: NaN, indexLine: '(reused build)' };
  rmSync(dist, { recursive: true, force: true });
  const started = performance.now();
  const output = execFileSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-old-space-size=16384',
      CONTENT_DIR: content ?? '',
      DIST_DIR: dist,
      ASTRO_CACHE_DIR: `${dist}-cache`,
    },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const indexLine = output.split('\n').find((l) => l.includes('[sngv:pagefind]'))?.replace(/^.*\[sngv:pagefind\]\s*/, '') ?? '';
  return { seconds: (performance.now() - started) / 1000, indexLine };
}

function dirBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

interface Tally {
  requests: number;
  bytes: number;
  gzip: number;
  pagefind: number;
  /** Gzip bytes per kind of file (see `kind`), to show where a first search's weight goes. */
  byKind: Record<string, { requests: number; gzip: number }>;
}

/** What a response is, for the breakdown of a first search. */
function kind(path: string): string {
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith('.pagefind')) return 'WebAssembly';
  if (path.endsWith('.pf_meta')) return 'page list (pf_meta)';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_filter')) return 'filter index';
  if (path.endsWith('.pf_fragment')) return 'result fragments';
  if (path.endsWith('/pagefind-entry.json')) return 'index entry (pagefind-entry.json)';
  if (path.startsWith('/pagefind/')) return 'glossary (search vocabulary)';
  if (path.endsWith('.js')) return 'site script';
  if (path.endsWith('.css')) return 'stylesheet';
  if (path.endsWith('/') || path.endsWith('.html')) return 'page HTML';
  return 'other';
}

/** Pagefind's own files are gzip-compressed already; everything else is counted as nginx's gzip (level 6) sends it. */
const PRECOMPRESSED = /\.pf_(meta|index|fragment|filter)$|\.pagefind$/;

/**
 * Counts every response the page receives while a tally is running. `stop` first waits
 * until no request has been in flight for `QUIET_MS`, so that nothing a first search
 * still fetches after the results appear (a late fragment, an icon) is left out.
 */
const QUIET_MS = 500;
function watch(page: Page): { start: () => void; stop: () => Promise<Tally> } {
  let pending: Promise<void>[] = [];
  let t: Tally | undefined;
  let inFlight = 0;
  let lastActivity = performance.now();
  const busy = () => {
    inFlight++;
    lastActivity = performance.now();
  };
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = performance.now();
  };
  page.on('request', busy);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  const onResponse = (r: Response) => {
    const current = t;
    if (!current) return;
    pending.push(
      r.body().then(
        (body) => {
          const path = new URL(r.url()).pathname;
          const gzip = PRECOMPRESSED.test(path) ? body.length : gzipSync(body, { level: 6 }).length;
          current.requests++;
          current.bytes += body.length;
          current.gzip += gzip;
          if (path.startsWith('/pagefind/')) current.pagefind += body.length;
          const k = (current.byKind[kind(path)] ??= { requests: 0, gzip: 0 });
          k.requests++;
          k.gzip += gzip;
        },
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  return {
    start: () => {
      t = { requests: 0, bytes: 0, gzip: 0, pagefind: 0, byKind: {} };
      pending = [];
    },
    stop: async () => {
      while (inFlight > 0 || performance.now() - lastActivity < QUIET_MS) await new Promise((r) => setTimeout(r, 50));
      await Promise.all(pending);
      const out = t!;
      t = undefined;
      return out;
    },
  };
}

async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return new URL(location.href).searchParams.get('q') === q && s.length > 0 && !document.getElementById('search-list')!.hasAttribute('aria-busy');
    },
    query,
    { polling: 'raf', timeout: 60_000 },
  );
}

interface Row {
  locale: string;
  phase: string;
  ms: number;
  tally: Tally;
  results: string;
}

async function measure(dist: string): Promise<Row[]> {
  const server = await serveDist(dist);
  const browser = await launch();
  const rows: Row[] = [];
  try {
    for (const q of QUERIES) {
      const samples: Record<string, { ms: number[]; tally?: Tally; results?: string }> = {};
      const add = (phase: string, ms: number, tally: Tally, results: string) => {
        const s = (samples[phase] ??= { ms: [] });
        s.ms.push(ms);
        s.tally ??= tally; // bytes do not vary between runs; keep the first
        s.results ??= results;
      };
      for (let run = 0; run < RUNS; run++) {
        // A fresh context each run: nothing cached, as for a first-time visitor.
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        const w = watch(page);

        w.start();
        let t0 = performance.now();
        await page.goto(server.origin + q.path, { waitUntil: 'load' });
        await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '').length > 0, null, { polling: 'raf' });
        add('open search page', performance.now() - t0, await w.stop(), '');

        for (const [phase, query] of [
          ['first query', q.first],
          ['second query', q.second],
        ] as const) {
          await page.locator('#search-q').fill(query);
          w.start();
          t0 = performance.now();
          await page.locator('#search-q').press('Enter');
          await waitForResults(page, query);
          add(`${phase}: ${query}`, performance.now() - t0, await w.stop(), (await page.locator('#search-status').textContent()) ?? '');
        }
        await ctx.close();

        // The header's search box: a new visitor lands on /search/?q= and waits for results.
        const ctx2 = await browser.newContext();
        const page2 = await ctx2.newPage();
        const w2 = watch(page2);
        w2.start();
        t0 = performance.now();
        await page2.goto(`${server.origin}${q.path}?q=${encodeURIComponent(q.first)}`, { waitUntil: 'commit' });
        await waitForResults(page2, q.first);
        add(`from header form, ?q=${q.first}`, performance.now() - t0, await w2.stop(), '');
        await ctx2.close();
      }
      for (const [phase, s] of Object.entries(samples)) rows.push({ locale: q.locale, phase, ms: median(s.ms), tally: s.tally!, results: s.results ?? '' });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function report(name: string, dist: string, built: { seconds: number; indexLine: string }, rows: Row[]): void {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const index = dirBytes(join(dist, 'pagefind'));
  const site = dirBytes(dist);
  log(`\n## ${name}`);
  log(`build ${Number.isNaN(built.seconds) ? '(reused)' : `${built.seconds.toFixed(1)} s`}; search index: ${built.indexLine}`);
  log(`pages indexed: ${Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`).join(', ')}; dist ${site.files} files`);
  log(`index on disk: ${index.files} files, ${kb(index.bytes)} (${((index.bytes / site.bytes) * 100).toFixed(1)} % of dist)`);
  log('');
  log(`| lang | step | time (median of ${RUNS}) | requests | bytes | with gzip | of which /pagefind/ | result |`);
  log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows)
    log(`| ${r.locale} | ${r.phase} | ${Math.round(r.ms)} ms | ${r.tally.requests} | ${kb(r.tally.bytes)} | ${kb(r.tally.gzip)} | ${kb(r.tally.pagefind)} | ${r.results} |`);
  // A first search as a new visitor makes it (the header form lands on /search/?q=): where its bytes go.
  const firsts = rows.filter((r) => r.phase.startsWith('from header form'));
  const kinds = [...new Set(firsts.flatMap((r) => Object.keys(r.tally.byKind)))].sort();
  log('');
  log(`First search from the header form, gzip by kind of file (requests), budget ${kb(FIRST_SEARCH_BUDGET)}:`);
  log('');
  log(`| kind | ${firsts.map((r) => r.locale).join(' | ')} |`);
  log(`|---|${firsts.map(() => '---:').join('|')}|`);
  for (const k of kinds) log(`| ${k} | ${firsts.map((r) => (r.tally.byKind[k] ? `${kb(r.tally.byKind[k].gzip)} (${r.tally.byKind[k].requests})` : '–')).join(' | ')} |`);
  log(`| **total** | ${firsts.map((r) => `**${kb(r.tally.gzip)}** (${r.tally.requests})${r.tally.gzip > FIRST_SEARCH_BUDGET ? ' over budget' : ''}`).join(' | ')} |`);
}

const n = Number(opts.n);
log(`# Search benchmark (${new Date().toISOString().slice(0, 10)}, ${RUNS} run(s) per figure)`);

const realDist = join(OUT, 'real', 'dist');
const realBuild = build(undefined, realDist);
report('Real content', realDist, realBuild, await measure(realDist));

if (n > 0) {
  const content = join(OUT, `gen-${n}`, 'content');
  const genDist = join(OUT, `gen-${n}`, 'dist');
  if (!(opts.reuse && existsSync(join(genDist, 'pagefind')))) {
    const gen = generateContent(join(ROOT, 'content'), content, n);
    log(`\ngenerated ${gen.added} entries per language in ${content}: ${Object.entries(gen.perCollection).map(([c, k]) => `${c} ${k}`).join(', ')}`);
  }
  const genBuild = build(content, genDist);
  report(`Real content + ${n.toLocaleString('en')} generated entries per language`, genDist, genBuild, await measure(genDist));
}
