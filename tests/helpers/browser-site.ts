/**
 * The built site served on loopback and one Chromium (shared by the run, see
 * tests/global-setup-browser.ts) for a browser test file: call at the top of the file; the
 * server, browser and a context with `contextOptions` are ready in its tests and closed after.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';

export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors, page errors and HTTP errors seen so far. */
  errors: string[];
  /** Requests to another origin seen so far. */
  foreign: string[];
}

export interface BrowserSite {
  readonly origin: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** A new page of the context that records errors and foreign requests (scripts/lib/browser.ts). */
  watch(): Promise<Omit<OpenedPage, 'response'>>;
  /** The same, opened at a site path. */
  open(path: string): Promise<OpenedPage>;
}

/** The built site on loopback and the run's Chromium, for a file that makes its own contexts. */
export interface ServedBrowser {
  readonly origin: string;
  readonly browser: Browser;
}

export function servedBrowser(root?: string): ServedBrowser {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDist(root);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return ready(server, 'the site server').origin;
    },
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}

function ready<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`${what} is used before beforeAll ran`);
  return x;
}

export function browserSite(contextOptions: BrowserContextOptions = {}, root?: string): BrowserSite {
  const served = servedBrowser(root);
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await served.browser.newContext(contextOptions);
  });
  const site: BrowserSite = {
    get origin() {
      return served.origin;
    },
    get browser() {
      return served.browser;
    },
    get context() {
      return ready(context, 'the browser context');
    },
    watch: () => watchedPage(site.context, site.origin),
    async open(path) {
      const watched = await site.watch();
      const response = await watched.page.goto(site.origin + path);
      return { ...watched, response };
    },
  };
  return site;
}
