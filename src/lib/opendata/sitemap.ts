/**
 * Options for @astrojs/sitemap: every HTML page with `hreflang` alternates linking its
 * Vietnamese, Chinese and English versions (Vietnamese at the root, /zh/, /en/).
 * Feeds, calendars and API files are not pages and stay out; /catalog.jsonld and the
 * feeds are announced on the open-data page instead.
 */
import { HTML_LANG } from '../locales.ts';

/**
 * `unlistedCodes`: codes of restricted documents, whose verification pages exist for whoever
 * holds the paper but are announced nowhere (astro.config.mjs reads them from the register).
 */
export function sitemapOptions(unlistedCodes: readonly string[] = []) {
  const unlisted = new Set(unlistedCodes);
  return {
    i18n: { defaultLocale: 'vi', locales: { ...HTML_LANG } },
    // Only pages (directory URLs); the 404 page is dropped by the integration itself.
    filter: (url: string) => {
      const code = /\/v\/([0-9A-Z]{8})\//.exec(url)?.[1];
      return url.endsWith('/') && !/\/404\/$/.test(url) && !(code && unlisted.has(code));
    },
  };
}
