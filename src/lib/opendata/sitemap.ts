/**
 * Options for @astrojs/sitemap: every HTML page with `hreflang` alternates linking its
 * Vietnamese, Chinese and English versions (Vietnamese at the root, /zh/, /en/).
 * Feeds, calendars and API files are not pages and stay out; /catalog.jsonld and the
 * feeds are announced on the open-data page instead.
 */
import { HTML_LANG } from '../locales.ts';

export function sitemapOptions() {
  return {
    i18n: { defaultLocale: 'vi', locales: { ...HTML_LANG } },
    // Only pages (directory URLs); the 404 page is dropped by the integration itself.
    filter: (url: string) => url.endsWith('/') && !/\/404\/$/.test(url),
  };
}
