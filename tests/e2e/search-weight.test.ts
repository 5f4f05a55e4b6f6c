/**
 * What a first search downloads, read byte by byte in Chromium: a new visitor lands on the
 * search page with a query (the header's search box) and waits for the results. Every
 * response counts, gzip as nginx sends it (Pagefind's own files are compressed already),
 * until the network is quiet. The budget is the one README states; `npm run bench:search`
 * prints the same figures with their breakdown. Also: nothing is fetched twice, only the
 * first results' fragments are, and the filter index loads when the filter panel opens.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_PAGE } from '../../src/components/search/search-client.ts';
import { servedBrowser } from '../helpers/browser-site.ts';

/** README, Weight of a first search: at most 120 KB gzip on the real site. */
const BUDGET = 120 * 1024;

const live = servedBrowser();

interface Transfer {
  path: string;
  gzip: number;
}

/** Records every response of a page, and waits until none has been in flight for half a second. */
function record(page: Page): { transfers: Transfer[]; quiet: () => Promise<void> } {
  const transfers: Transfer[] = [];
  const bodies: Promise<void>[] = [];
  let inFlight = 0;
  let last = performance.now();
  page.on('request', () => (inFlight++, (last = performance.now())));
  const done = () => ((inFlight = Math.max(0, inFlight - 1)), (last = performance.now()));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (r) => {
    bodies.push(
      r.body().then(
        (body) => {
          const path = new URL(r.url()).pathname;
          transfers.push({ path, gzip: /\.pf_(meta|index|fragment|filter)$|\.pagefind$/.test(path) ? body.length : gzipSync(body, { level: 6 }).length });
        },
        () => undefined,
      ),
    );
  });
  return {
    transfers,
    quiet: async () => {
      while (inFlight > 0 || performance.now() - last < 500) await new Promise((ok) => setTimeout(ok, 50));
      await Promise.all(bodies);
    },
  };
}

async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => new URL(location.href).searchParams.get('q') === q && (document.getElementById('search-status')?.textContent ?? '').length > 0 && !document.getElementById('search-list')!.hasAttribute('aria-busy'),
    query,
  );
}

const CASES = [
  { locale: 'vi', path: '/search/', query: 'dau tu' },
  { locale: 'zh', path: '/zh/search/', query: '投资' },
  { locale: 'en', path: '/en/search/', query: 'investment' },
] as const;

describe.each(CASES)('first search, $locale', ({ path, query }) => {
  it.each([
    { name: 'phone', viewport: { width: 375, height: 740 } },
    { name: 'desktop', viewport: { width: 1280, height: 900 } },
  ])('stays within the budget on a $name, fetching nothing twice and no filter index', async ({ viewport }) => {
    const ctx = await live.browser.newContext({ viewport });
    const page = await ctx.newPage();
    const rec = record(page);
    await page.goto(`${live.origin}${path}?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await settled(page, query);
    await rec.quiet();
    const total = rec.transfers.reduce((s, t) => s + t.gzip, 0);
    const list = rec.transfers.map((t) => `${t.path} ${t.gzip}`).join(' | ');
    expect(total, list).toBeLessThanOrEqual(BUDGET);
    // The search's own files (the browser may ask for the favicon again as the title changes).
    const own = rec.transfers.filter((t) => /^\/(pagefind|_astro)\//.test(t.path)).map((t) => t.path);
    expect(own.length, list).toBe(new Set(own).size);
    expect(rec.transfers.filter((t) => t.path.endsWith('.pf_filter')), list).toEqual([]);
    expect(rec.transfers.filter((t) => t.path.endsWith('.pf_fragment')).length, list).toBe(FIRST_PAGE);
    expect(rec.transfers.filter((t) => t.path.endsWith('.pf_index')).length, list).toBeGreaterThan(0);

    // Opening the filter panel loads the filter index, and the values show their counts.
    expect(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('#search-filters summary').click();
    await page.locator('#search-filter-groups input[name="type"]').first().waitFor();
    await rec.quiet();
    expect(rec.transfers.filter((t) => t.path.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    const counts = await page.locator('#search-filter-groups input[name="type"] + label .count').allTextContents();
    expect(counts.some((c) => /[1-9]/.test(c)), counts.join(' ')).toBe(true);
    await ctx.close();
  });
});
