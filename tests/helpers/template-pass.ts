/**
 * One page of every template found in dist/ (src/lib/page-templates.ts), in all three
 * languages, visited once per screen with every per-page check run on that visit:
 * - accessibility: axe-core with the WCAG 2.0/2.1 A and AA rules; on the phone nothing may
 *   force sideways scrolling (WCAG 1.4.10 Reflow);
 * - privacy and CSP: no request to any origin but the site's (workers included), no CSP
 *   violation reported by the page, no CSP error in the console;
 * - search weight: no page but the search pages requests anything from /pagefind/.
 * Checks that drive a page (keyboard walks, the file check, a search) stay in the a11y,
 * security and search tests. Visiting the ~150 representative pages once for all these
 * checks, instead of once per concern, is what keeps the browser tests short; the phone and
 * desktop passes are two test files so that they can run side by side.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readDist } from '../../scripts/lib/dist.ts';
import { sitePages, templatePages, type SitePage } from './pages.ts';
import { axe, describeViolations } from './axe.ts';
import { cspViolations, recordCspViolations } from './csp.ts';
import { LOCALES, type Locale } from '../../src/lib/locales.ts';
import { servedBrowser } from './browser-site.ts';

export const VIEWPORTS = { phone: { width: 375, height: 740 }, desktop: { width: 1280, height: 900 } } as const;
export type Viewport = keyof typeof VIEWPORTS;
const SEARCH_TEMPLATE = '/search/';

interface Findings {
  visited: SitePage[];
  /** Pages that did not answer 200. */
  status: string[];
  axe: string[];
  /** Pages wider than the screen (phone only). */
  reflow: string[];
  /** Requests to another origin, from the page or its workers. */
  foreign: string[];
  /** Violations the page reported, and CSP errors in the console. */
  csp: string[];
  /** Requests for Pagefind from a page that is not a search page. */
  pagefind: string[];
}

/** Visits the locale's template pages on one screen and records what every check needs. */
async function visit(browser: Browser, origin: string, viewport: Viewport, locale: Locale): Promise<Findings> {
  const f: Findings = { visited: [], status: [], axe: [], reflow: [], foreign: [], csp: [], pagefind: [] };
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORTS[viewport], deviceScaleFactor: 1 });
  await recordCspViolations(context);
  let current: SitePage | undefined;
  // Context-wide, so requests from workers (Pagefind) are seen too.
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin + '/')) {
      if (!/^(data|blob|about):/.test(u)) f.foreign.push(`${current?.url} → ${u}`);
    } else if (new URL(u).pathname.startsWith('/pagefind/') && current?.template !== SEARCH_TEMPLATE) {
      f.pagefind.push(`${current?.url} → ${u}`);
    }
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) f.csp.push(`${page.url()}: ${m.text()}`);
  });
  for (const p of templatePages().filter((t) => t.locale === locale)) {
    current = p;
    f.visited.push(p);
    // Pages with a script get time to run it (and to fetch what it fetches); content pages have nothing after load.
    const hasScript = /<script\b(?![^>]*application\/ld\+json)/i.test(readDist(p.file));
    const res = await page.goto(origin + p.url, { waitUntil: hasScript ? 'networkidle' : 'load' });
    if (res?.status() !== 200) f.status.push(`${p.url}: HTTP ${res?.status()}`);
    for (const v of await cspViolations(page)) f.csp.push(`${p.url}: ${v}`);
    if (p.template !== SEARCH_TEMPLATE) {
      // Anything a page script would fetch has started by now; the resource list shows it.
      const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      for (const r of resources) if (r.startsWith('/pagefind/')) f.pagefind.push(`${p.url} → ${r}`);
    }
    f.axe.push(...describeViolations(p.url, viewport, await axe(page)));
    if (viewport === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) f.reflow.push(`${p.url} [phone] is ${overflow} px wider than the 375-px screen`);
    }
  }
  await context.close();
  return f;
}

/** The checks of one screen, in all three languages (call at the top of a test file). */
export function templatePagesSuite(viewport: Viewport): void {
  const live = servedBrowser();

  const targets = templatePages();

  if (viewport === 'phone') {
    it('covers every template in every language it exists in', () => {
      const pairs = new Set(sitePages().map((p) => `${p.template} in ${p.locale}`));
      const covered = new Set(targets.map((p) => `${p.template} in ${p.locale}`));
      expect([...pairs].filter((x) => !covered.has(x))).toEqual([]);
      // Content templates exist in all three languages (the 404 page is one page for all).
      const home = targets.filter((p) => p.template === '/').map((p) => p.locale);
      expect(home.sort()).toEqual([...LOCALES].sort());
      // Enough pages without search for the Pagefind check to mean something.
      expect(new Set(targets.filter((p) => p.template !== SEARCH_TEMPLATE).map((p) => `${p.template} ${p.locale}`)).size).toBeGreaterThan(20);
    });
  }

  describe.each(LOCALES)(`${viewport}, %s`, (locale) => {
    let f: Findings;
    beforeAll(async () => {
      f = await visit(live.browser, live.origin, viewport, locale);
    }, 600_000);

    it('every template page answers 200', () => {
      expect(f.visited.length).toBe(targets.filter((p) => p.locale === locale).length);
      expect(f.visited.length).toBeGreaterThan(0);
      expect(f.status).toEqual([]);
    });

    it('axe finds no WCAG 2.1 A/AA violation', () => {
      expect(f.axe).toEqual([]);
    });

    if (viewport === 'phone') {
      it('no page is wider than the 375-px screen', () => {
        expect(f.reflow).toEqual([]);
      });
    }

    it('no request to another origin, no CSP violation', () => {
      expect(f.foreign).toEqual([]);
      expect(f.csp).toEqual([]);
    });

    it('no page but the search page requests anything from /pagefind/', () => {
      expect(f.pagefind).toEqual([]);
    });
  });
}
