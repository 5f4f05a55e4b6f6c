/**
 * Search answers what people mean, measured on the built site the way the search page
 * searches (scripts/lib/site-search.ts): the core queries of the relevance set
 * (scripts/bench/relevance-queries.yaml, `core: true`) find an expected page in the top
 * three, queries whose words appear nowhere find nothing, and the glossary's synonyms
 * and best bets reach every language's index. `npm run bench:relevance` prints the
 * figures for the whole set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { siteSearch, readVocabulary, type SiteLocale, type SiteSearch } from '../../scripts/lib/site-search.ts';
import { readDist } from '../../scripts/lib/dist.ts';
import { sitePages } from '../helpers/pages.ts';
import { extractIndexedText, prepareForIndex } from '../../src/lib/search-index.ts';
import { compileForms, countTerms } from '../../src/lib/search-synonyms.ts';
import { judge, localized, readQuerySet } from '../../scripts/bench/relevance.ts';

const LOCALES: SiteLocale[] = ['vi', 'zh', 'en'];
const set = readQuerySet();
let server: StaticServer;
const search = {} as Record<SiteLocale, SiteSearch>;

beforeAll(async () => {
  server = await serveDist();
  for (const l of LOCALES) search[l] = await siteSearch(server.origin, l);
});
afterAll(async () => {
  await server?.close();
});

describe.each(LOCALES)('%s', (locale) => {
  const core = set[locale].filter((q) => q.core);

  it('the query set has at least 25 queries, and a core subset with queries found nowhere', () => {
    expect(set[locale].length).toBeGreaterThanOrEqual(25);
    expect(core.some((q) => q.expect.length > 0)).toBe(true);
    expect(core.some((q) => q.expect.length === 0)).toBe(true);
  });

  it.each(core.map((q) => [q.q, q] as const))('core query "%s"', async (_, q) => {
    const { hits, plan } = await search[locale].search(q.q);
    const o = judge(locale, q, hits);
    if (q.expect.length === 0) {
      expect(hits, `searched "${plan.search}"`).toEqual([]);
      expect(plan.unknown.length).toBeGreaterThan(0);
    } else {
      expect(o.rank, `top: ${o.top.join(' ')}`).toBeGreaterThanOrEqual(1);
      expect(o.rank).toBeLessThanOrEqual(3);
    }
  });

  it('"hotline" leads to the contact page, and so does the glossary term in this language', async () => {
    const term = readVocabulary().terms.find((t) => t.id === 'hotline')!;
    for (const q of ['hotline', term.label[locale]]) expect((await search[locale].search(q)).hits[0]?.url, q).toBe(localized(locale, '/contact/'));
  });

  it('every form of a glossary term finds the same pages, whichever language the page is written in', async () => {
    const term = readVocabulary().terms.find((t) => t.id === 'visa')!;
    const results = await Promise.all(term.forms.map(async (f) => (await search[locale].search(f)).hits.map((h) => h.url).sort()));
    expect(results[0]!.length).toBeGreaterThan(0);
    for (const [i, r] of results.entries()) expect(r, term.forms[i]).toEqual(results[0]);
    // Those pages are exactly the indexed pages of the language that use some form of the term.
    const compiled = compileForms(readVocabulary().terms);
    const using = sitePages()
      .filter((p) => p.locale === locale && p.kind !== 'glossary')
      .filter((p) => {
        const html = prepareForIndex(p, readDist(p.file));
        if (!html) return false;
        // Found the way the index finds terms: longest form first, so a longer term's form wins.
        return countTerms(extractIndexedText(html).split('\u2042')[0]!, compiled).has('visa');
      })
      .map((p) => p.url)
      .sort();
    expect(results[0]).toEqual(using);
  });
});
