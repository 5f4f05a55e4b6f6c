/** Dates are calendar days (YYYY-MM-DD) without a time zone; format them as such. */
import { INTL_LOCALE, type Locale } from './locales.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, locale: Locale): string {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, f);
  }
  return f.format(new Date(`${iso}T00:00:00Z`));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Newest first; ties broken by a stable key so builds are deterministic. */
export function byDateDesc<T>(date: (t: T) => string, key: (t: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || key(a).localeCompare(key(b));
}

export function formatNumber(n: number, locale: Locale, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], opts).format(n);
}

/** A date in a sentence: dd/mm/yyyy in Vietnamese (as written on official letters), else the long form. */
export function formatDateShort(iso: string, locale: Locale): string {
  if (locale !== 'vi') return formatDate(iso, locale);
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
