/**
 * A reader's walk through the site in real Chromium: home, one list and one detail page
 * of every section in each language, switching language with the picker, on a phone-sized
 * viewport. No console error, no failed request, no script on content pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, watchedPage } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { distFiles } from '../../scripts/lib/dist.ts';

const SECTIONS = ['policies', 'mous', 'trade-agreements', 'documents', 'events', 'procedures', 'services', 'faq'];
const PREFIX = { vi: '', zh: '/zh', en: '/en' } as const;
const SHOTS = process.env.SCREENSHOT_DIR;

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** First detail page of a section, taken from the built files. */
function firstDetail(section: string): string {
  const page = distFiles('index.html').find((p) => new RegExp(`^/${section}/[^/]+/index\\.html$`).test(p));
  if (!page) throw new Error(`no detail page for ${section}`);
  return page.replace('index.html', '');
}

describe.each(['vi', 'zh', 'en'] as const)('reading the site in %s', (locale) => {
  const htmlLang = { vi: 'vi', zh: 'zh-Hans', en: 'en' }[locale];
  const urls = ['/', ...SECTIONS.flatMap((s) => [`/${s}/`, firstDetail(s)])].map((p) => `${PREFIX[locale]}${p}`);

  it('opens home, lists and details without errors or scripts', async () => {
    const { page, errors, foreign } = await watchedPage(context, server.origin);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    for (const url of urls) {
      const res = await page.goto(server.origin + url);
      expect(res?.status(), url).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(htmlLang);
      expect(await page.locator('h1').count(), `${url} has one h1`).toBe(1);
      expect(await page.locator('main#main').count()).toBe(1);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${locale}${url.replaceAll('/', '_') || '_'}.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('switches language on a detail page and lands on the same entry', async () => {
    const { page, errors } = await watchedPage(context, server.origin);
    const detail = firstDetail('policies');
    await page.goto(`${server.origin}${PREFIX[locale]}${detail}`);
    for (const target of ['vi', 'zh', 'en'] as const) {
      if (target === locale) continue;
      await page.goto(`${server.origin}${PREFIX[locale]}${detail}`);
      await page.locator(`.langs a[hreflang="${{ vi: 'vi', zh: 'zh-Hans', en: 'en' }[target]}"]`).click();
      await page.waitForURL(`${server.origin}${PREFIX[target]}${detail}`);
      expect(await page.getAttribute('html', 'lang')).toBe({ vi: 'vi', zh: 'zh-Hans', en: 'en' }[target]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not overflow a 375-px screen horizontally', async () => {
    const { page } = await watchedPage(context, server.origin);
    const wide: string[] = [];
    for (const url of urls) {
      await page.goto(server.origin + url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${url} overflows by ${overflow}px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});

// Untranslated entries and their fallback notice: tests/e2e/fallback.test.ts (on a fixture).
