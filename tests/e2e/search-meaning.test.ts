/**
 * Search that answers what people mean, in Chromium, in the three languages: a glossary
 * synonym finds pages written with another form of the term, "hotline" leads to the
 * contact page, a result shows its type, date and (for a document that no longer
 * applies) its status before the title in words, and a query that matches nothing says
 * which word is found nowhere and offers glossary terms instead of unrelated pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { watchedPage } from '../../scripts/lib/browser.ts';
import { siteSearch, type SiteLocale } from '../../scripts/lib/site-search.ts';
import { openSearch, shownUrls } from '../helpers/search-page.ts';
import { fold } from '../../src/lib/fold.ts';
import { MESSAGES } from '../../src/lib/i18n.ts';
import { servedBrowser } from '../helpers/browser-site.ts';

const live = servedBrowser();

const LOCALES: { locale: SiteLocale; base: string; synonym: string; written: RegExp }[] = [
  // The query in one form, and the form the pages are written in (not the query's).
  { locale: 'vi', base: '/', synonym: 'visa', written: /thị thực/i },
  { locale: 'zh', base: '/zh/', synonym: 'visa', written: /签证/ },
  { locale: 'en', base: '/en/', synonym: 'thi thuc', written: /visa/i },
];

const searchFor = (page: Page, base: string, query: string) => openSearch(page, live.origin, base, query);
const shown = shownUrls;

describe.each(LOCALES)('search page, $locale', ({ locale, base, synonym, written }) => {
  it('a glossary synonym finds the pages written with another form of the term, as the index says', async () => {
    const ctx = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, errors, foreign } = await watchedPage(ctx, live.origin);
    await searchFor(page, base, synonym);
    const expected = (await (await siteSearch(live.origin, locale)).search(synonym)).hits.map((h) => h.url);
    expect(expected.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(expected.slice(0, 10));
    const first = page.locator('#search-list > li').first();
    expect(await first.locator('h3').textContent()).toMatch(written);
    // The query's own form is nowhere in that title: the page was found through the glossary.
    expect(fold((await first.locator('h3').textContent()) ?? '')).not.toContain(fold(synonym));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await ctx.close();
  });

  it('"hotline" leads to the contact page, which shows its type', async () => {
    const ctx = await live.browser.newContext();
    const page = await ctx.newPage();
    await searchFor(page, base, 'hotline');
    expect((await shown(page))[0]).toBe(`${base}contact/`);
    expect(await page.locator('#search-list > li').first().locator('.badge.type').textContent()).toBe(MESSAGES[locale]['search.type.page']);
    await ctx.close();
  });

  it('a document that no longer applies shows its status in words before its title, with its type and date', async () => {
    const ctx = await live.browser.newContext();
    const page = await ctx.newPage();
    const site = await siteSearch(live.origin, locale);
    // Every document in the index with a status that changes what a reader can rely on.
    const docs = (await site.index.search(null, { filters: { type: 'document', status: { any: ['revoked', 'superseded', 'expired'] } } }));
    expect(docs.length).toBeGreaterThan(0);
    const doc = docs[0]!;
    await searchFor(page, base, doc.title);
    const item = page.locator('#search-list > li', { has: page.locator(`h3 a[href="${doc.url}"]`) });
    // The status in words and the locale's colon ("Revoked:", "已撤销：" full-width).
    const status = `${MESSAGES[locale][`status.${doc.filters.status![0]}`]!}${MESSAGES[locale]['punct.colon']!.trimEnd()}`;
    // The status, in words, comes first in the heading, before the title's link.
    expect(await item.locator('h3 > :first-child').getAttribute('class')).toBe('result-status');
    expect(await item.locator('h3 .result-status').textContent()).toContain(status);
    expect((await item.locator('h3').textContent())!.indexOf(status)).toBeLessThan((await item.locator('h3').textContent())!.indexOf(doc.title));
    expect(await item.locator('.badge.type').textContent()).toBe(MESSAGES[locale]['section.documents']);
    expect(await item.locator('time').getAttribute('datetime')).toBe(doc.meta.date);
    // A valid document's result carries no status.
    const valid = (await site.index.search(null, { filters: { type: 'document', status: 'valid' } }))[0]!;
    await searchFor(page, base, valid.title);
    expect(await page.locator('#search-list > li', { has: page.locator(`h3 a[href="${valid.url}"]`) }).locator('.result-status').count()).toBe(0);
    await ctx.close();
  });

  it('a word found nowhere gives no results, names the word and suggests glossary terms', async () => {
    const ctx = await live.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, errors } = await watchedPage(ctx, live.origin);
    await searchFor(page, base, 'visum');
    expect(await page.locator('#search-list > li').count()).toBe(0);
    expect(await page.locator('#search-none').isVisible()).toBe(true);
    expect(await page.locator('#search-unknown').textContent()).toContain('visum');
    const suggestions = await page.locator('#search-suggest-list a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(suggestions).toContain(`${base}glossary/#visa`);
    // The suggestion leads to the term on the glossary page.
    await page.locator(`#search-suggest-list a[href="${base}glossary/#visa"]`).click();
    await page.waitForURL(/glossary\/#visa$/);
    expect(await page.locator('#visa dfn').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
