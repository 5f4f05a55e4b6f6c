/**
 * The search page in Chromium, as a reader uses it: type a query, read the announced
 * count, narrow by a filter, sort, find the result. What the page shows is compared
 * with what the index returns for the same query in Node, so the test follows content.
 * Also: the search pages load Pagefind in their own language, and without JavaScript
 * the search page offers every section instead.
 */
import { describe, expect, it } from 'vitest';
import { watchedPage } from '../../scripts/lib/browser.ts';
import { siteSearch, type SiteLocale } from '../../scripts/lib/site-search.ts';
import { axeViolations } from '../helpers/axe.ts';
import { settled, shownUrls } from '../helpers/search-page.ts';
import { LIST_SECTIONS, NAV_SECTIONS } from '../../src/lib/sections.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';
import { FIRST_PAGE } from '../../src/components/search/search-client.ts';
import { servedBrowser } from '../helpers/browser-site.ts';


const live = servedBrowser();

const CASES = [
  { locale: 'vi', lang: 'vi', path: '/search/', query: 'dau tu', type: 'faq', mark: /đầu|Đầu/ },
  { locale: 'zh', lang: 'zh-Hans', path: '/zh/search/', query: '原产地证书', type: 'agreement', mark: /原产地/ },
  { locale: 'en', lang: 'en', path: '/en/search/', query: 'certificate of origin', type: 'policy', mark: /certificate|origin/i },
] as const;

describe.each(CASES)('search page, $locale', ({ locale, path, query, type, mark }) => {
  it('finds, filters and sorts like the index does, and announces the count', async () => {
    const ctx = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, errors, foreign } = await watchedPage(ctx, live.origin);
    await page.goto(live.origin + path);
    const input = page.getByRole('searchbox', { name: MESSAGES[locale]['search.queryLabel'] });
    await input.click();
    await page.keyboard.type(query, { delay: 20 });
    const status = await settled(page, query);
    // The index, searched as the page searches it (glossary tokens, best bets).
    const site = await siteSearch(live.origin, locale as SiteLocale);
    const index = { search: async (q: string, o?: object) => (await site.search(q, o)).hits };

    const expected = (await index.search(query)).map((h) => h.url);
    expect(expected.length).toBeGreaterThan(1);
    expect(status).toContain(String(expected.length));
    expect(status).toContain(query);
    expect(await shownUrls(page)).toEqual(expected.slice(0, FIRST_PAGE));
    // The excerpt quotes the page and marks the words found.
    const marks = await page.locator('#search-list > li').first().locator('.excerpt mark').allTextContents();
    expect(marks.some((m) => mark.test(m)), marks.join(' | ')).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);

    // Narrow by type: open the filters (collapsed on a phone) and tick one.
    await page.locator('#search-filters summary').click();
    const label = MESSAGES[locale][`section.${LIST_SECTIONS.find((s) => s.searchType === type)!.key}`]!;
    await page.locator(`#f-type-${type}`).check();
    await settled(page, query);
    const filtered = (await index.search(query, { filters: { type: { any: [type] } } })).map((h) => h.url);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(expected.length);
    expect(await shownUrls(page)).toEqual(filtered.slice(0, FIRST_PAGE));
    for (const badge of await page.locator('#search-list .badge.type').allTextContents()) expect(badge).toBe(label);
    expect(await page.locator('#search-status').textContent()).toContain(String(filtered.length));
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual([type]);

    // Newest first.
    await page.locator('#search-sort').selectOption('date');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'date');
    await settled(page, query);
    const dates = await page.locator('#search-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('opens with the query from the address (the header form), and helps when nothing matches', async () => {
    const ctx = await live.browser.newContext();
    const { page, errors } = await watchedPage(ctx, live.origin);
    await page.goto(`${live.origin}${path}?q=${encodeURIComponent(query)}`);
    await settled(page, query);
    expect(await page.locator('#search-q').inputValue()).toBe(query);
    expect(await page.locator('#search-list > li').count()).toBeGreaterThan(0);

    await page.locator('#search-q').fill('zqxjkwv');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => !document.getElementById('search-none')!.hidden);
    expect(await page.locator('#search-status').textContent()).toContain('zqxjkwv');
    const help = page.locator('#search-none');
    expect(await help.locator('.section-links a').count()).toBe(NAV_SECTIONS.length);
    expect(await help.locator(`a[href$="glossary/"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it('passes axe with results, open filters and a filter set, and with the no-results help, on a phone', async () => {
    const ctx = await live.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await ctx.newPage();
    await page.goto(`${live.origin}${path}?q=${encodeURIComponent(query)}&type=${type}`);
    await settled(page, query);
    await page.locator('#search-filters summary').click();
    expect(await page.locator(`#f-type-${type}`).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#search-q').fill('zqxjkwv');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => !document.getElementById('search-none')!.hidden);
    expect(await axeViolations(page)).toEqual([]);
    // The help offers to clear the filter, by keyboard too.
    const clear = page.locator('#search-none [data-search-clear]');
    await clear.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('type').length === 0);
    expect(await page.locator('#search-q').evaluate((el) => el === document.activeElement)).toBe(true);
    await ctx.close();
  });

  it('without JavaScript, explains that search needs it and links to every section', async () => {
    const ctx = await live.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${live.origin}${path}?q=${encodeURIComponent(query)}`);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    expect(await page.locator('#search-nojs').textContent()).toContain(MESSAGES[locale]['search.needsJs']);
    const links = await page.locator('#search-nojs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const base = locale === 'vi' ? '' : `/${locale}`;
    expect(links).toEqual(NAV_SECTIONS.map((s) => `${base}/${s}/`));
    await ctx.close();
  });
});

describe('Pagefind loads on the search pages only', () => {
  // That no other page requests anything from /pagefind/ is checked on one page of every
  // template and language in tests/e2e/template-pages-*.test.ts.
  it('the search page does load it, with the index of its own language', async () => {
    const ctx = await live.browser.newContext();
    for (const { path, lang } of CASES) {
      const page = await ctx.newPage();
      const requested: string[] = [];
      page.on('request', (r) => requested.push(new URL(r.url()).pathname));
      await page.goto(`${live.origin}${path}?q=1`, { waitUntil: 'networkidle' });
      expect(requested).toContain('/pagefind/pagefind.js');
      const meta = requested.filter((u) => u.endsWith('.pf_meta'));
      expect(meta.length).toBe(1);
      expect(meta[0]).toContain(`pagefind.${lang.toLowerCase()}_`);
      await page.close();
    }
    await ctx.close();
  });
});
