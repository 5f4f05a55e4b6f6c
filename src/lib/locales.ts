/** The three languages of the site and how each appears in URLs, HTML and Intl. */
export const LOCALES = ['vi', 'zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';

/**
 * `<html lang>` per locale. Pagefind keys its indexes on this exact value and segments
 * Chinese only for `zh…`; one stray `zh-CN` would split the Chinese index in two.
 */
export const HTML_LANG: Record<Locale, string> = { vi: 'vi', zh: 'zh-Hans', en: 'en' };

/** BCP 47 tags for Intl date and number formatting. */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', zh: 'zh-Hans-CN', en: 'en-GB' };

export function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

/** Astro rest parameter for the locale prefix: undefined for Vietnamese at the root. */
export function langParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (!isLocale(param) || param === DEFAULT_LOCALE) throw new Error(`unknown locale prefix "${param}"`);
  return param;
}

