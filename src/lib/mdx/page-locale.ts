/**
 * The reader's language for a component rendered inside MDX: components are used by
 * editors without props for the language, so it comes from the page's own URL.
 */
import { stripLocale } from '../urls.ts';
import type { Locale } from '../locales.ts';

export function pageLocale(url: URL): Locale {
  return stripLocale(url.pathname).locale;
}
