/**
 * A reader's walk through the site in real Chromium: home, one list and one detail page
 * of every section in each language, switching language with the picker, on a phone-sized
 * viewport. No console error, no failed request, no script on content pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserSite } from '../helpers/browser-site.ts';
import { distFiles } from '../../scripts/lib/dist.ts';
import { HTML_LANG, LOCALES } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';

const SECTIONS = ['policies', 'mous', 'trade-agreements', 'documents', 'events', 'procedures', 'services', 'faq'];
const SHOTS = process.env.SCREENSHOT_DIR;

const site = browserSite({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 });
beforeAll(() => {
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

/** First detail page of a section, taken from the built files. */
function firstDetail(section: string): string {
  const page = distFiles('index.html').find((p) => new RegExp(`^/${section}/[^/]+/index\\.html$`).test(p));
  if (!page) throw new Error(`no detail page for ${section}`);
  return page.replace('index.html', '');
}

describe.each(LOCALES)('reading the site in %s', (locale) => {
  const htmlLang = HTML_LANG[locale];
  const urls = ['/', ...SECTIONS.flatMap((s) => [`/${s}/`, firstDetail(s)])].map((p) => localePath(locale, p));

  it('opens home, lists and details without errors or scripts', async () => {
    const { page, errors, foreign } = await site.watch();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    for (const url of urls) {
      const res = await page.goto(site.origin + url);
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
    const detail = firstDetail('policies');
    const { page, errors } = await site.open(localePath(locale, detail));
    for (const target of LOCALES) {
      if (target === locale) continue;
      await page.goto(site.origin + localePath(locale, detail));
      await page.locator(`.langs a[hreflang="${HTML_LANG[target]}"]`).click();
      await page.waitForURL(site.origin + localePath(target, detail));
      expect(await page.getAttribute('html', 'lang')).toBe(HTML_LANG[target]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('does not overflow a 375-px screen horizontally', async () => {
    const { page } = await site.watch();
    const wide: string[] = [];
    for (const url of urls) {
      await page.goto(site.origin + url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) wide.push(`${url} overflows by ${overflow}px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });
});

// Untranslated entries and their fallback notice: tests/e2e/fallback.test.ts (on a fixture).
