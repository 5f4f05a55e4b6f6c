/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download
 * cannot work on these machines). Flags keep it from calling home on a closed network.
 */
import { chromium, type Browser, type BrowserServer, type Page, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const OPTIONS = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/**
 * When set, the address of a Chromium already running for this process tree
 * (tests/global-setup-browser.ts starts one for the whole browser test run): `launch()`
 * connects to it instead of starting another, which saves a Chromium start per test file.
 */
export const BROWSER_ENDPOINT_ENV = 'SNGV_BROWSER_WS';

/**
 * A Chromium to drive: the shared one when BROWSER_ENDPOINT_ENV names it, else a new one.
 * `close()` on a connected browser closes the contexts this caller made and disconnects.
 */
export async function launch(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch(OPTIONS);
}

/** A Chromium that several processes can connect to (by its wsEndpoint()). */
export async function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

/** A page that records console errors, page errors and failed or third-party requests. */
export async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('mailto:')) foreign.push(u);
  });
  page.on('response', (r) => r.status() >= 400 && errors.push(`http ${r.status()}: ${r.url()}`));
  return { page, errors, foreign };
}
