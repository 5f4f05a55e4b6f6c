/** The search page as the browser tests read it: when a search has finished, and what it shows. */
import type { Page } from 'playwright-core';

/**
 * Waits until the search for `query` has run (it is in the address bar) and its results are
 * shown; returns the announced status text.
 */
export async function settled(page: Page, query: string): Promise<string> {
  await page.waitForFunction((q) => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return new URL(location.href).searchParams.get('q') === q && s.length > 0 && !document.getElementById('search-list')!.hasAttribute('aria-busy');
  }, query);
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Opens `<origin><base>search/?q=<query>` and waits for its results. */
export async function openSearch(page: Page, origin: string, base: string, query: string): Promise<string> {
  await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
  return settled(page, query);
}

/** Site paths of the results shown, in order. */
export function shownUrls(page: Page): Promise<string[]> {
  return page.locator('#search-list > li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
