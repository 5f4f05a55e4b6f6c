/** URL rules of the public contract: same path after a locale prefix, trailing slash. */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { routes } from './routes.ts';

/** `/policies/x/` in a locale: `/policies/x/`, `/zh/policies/x/`, `/en/policies/x/`. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** The locale-independent part of a site path (inverse of localePath). */
export function stripLocale(pathname: string): { locale: Locale; path: string } {
  for (const l of LOCALES) {
    if (l !== DEFAULT_LOCALE && (pathname === `/${l}` || pathname.startsWith(`/${l}/`))) {
      return { locale: l, path: pathname.slice(l.length + 1) || '/' };
    }
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

export function entryPath(section: string, id: string): string {
  return routes.entry(section, id);
}

export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(path, site).href;
}
