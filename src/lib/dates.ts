/**
 * Dates are calendar days without a time zone, or less: a month when the source gives no
 * day, or a day marked uncertain (EDTF level 1: `2026-03`, `2025-04-17?`; see
 * `partialDate` in src/schemas/common.ts). Every date the site shows is formatted here.
 */
import { INTL_LOCALE, type Locale } from './locales.ts';

export interface CalendarDate {
  year: number;
  month: number;
  /** Undefined when only the month is known. */
  day?: number;
  /** The day is read but not certain. */
  uncertain: boolean;
}

export function parseDate(s: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2})(\?)?)?$/.exec(s);
  if (!m) throw new Error(`not a date (YYYY-MM-DD, YYYY-MM or YYYY-MM-DD?): "${s}"`);
  return { year: Number(m[1]), month: Number(m[2]), ...(m[3] ? { day: Number(m[3]) } : {}), uncertain: Boolean(m[4]) };
}

/**
 * A full calendar day for machines that need one (feeds, sort keys, `lastModified`): a
 * month alone stands for its first day there, and is still shown as a month to readers.
 */
export function calendarDay(s: string): string {
  const d = parseDate(s);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day ?? 1).padStart(2, '0')}`;
}

/** The value of a `<time datetime>` attribute: HTML accepts "2026-03" as a month. */
export function datetimeAttr(s: string): string {
  return s.replace(/\?$/, '');
}

const pad = (n: number) => String(n).padStart(2, '0');
const UNCERTAIN: Record<Locale, string> = { vi: ' (ngày chưa chắc chắn)', zh: '（日期待核实）', en: ' (day uncertain)' };
const formatters = new Map<string, Intl.DateTimeFormat>();
function intl(locale: Locale, month: boolean): Intl.DateTimeFormat {
  const key = `${locale}${month ? '-m' : ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...(month ? {} : { day: 'numeric' }), month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Vietnamese as official texts write it (dd/mm/yyyy; a month alone "tháng mm/yyyy"), Chinese
 * "2026年3月1日" / "2026年3月", English "1 March 2026" / "March 2026". Intl's Vietnamese long
 * form ("15 tháng 11, 2020") is not used: no Vietnamese official text writes dates that way.
 */
export function formatDate(s: string, locale: Locale): string {
  const d = parseDate(s);
  let out: string;
  if (locale === 'vi') out = d.day === undefined ? `tháng ${pad(d.month)}/${d.year}` : `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  else out = intl(locale, d.day === undefined).format(new Date(Date.UTC(d.year, d.month - 1, d.day ?? 1)));
  return d.uncertain ? out + UNCERTAIN[locale] : out;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Newest first; ties broken by a stable key so builds are deterministic. */
export function byDateDesc<T>(date: (t: T) => string, key: (t: T) => string) {
  return (a: T, b: T) => date(b).localeCompare(date(a)) || key(a).localeCompare(key(b));
}

/**
 * Numbers in the reader's language: Vietnamese writes a decimal comma and a dot between
 * thousands (79,80; 400.000), Chinese and English the other way round.
 */
export function formatNumber(n: number, locale: Locale, opts?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], opts).format(n);
}

const VND: Record<Locale, (n: string) => string> = { vi: (n) => `${n} đồng`, zh: (n) => `${n}越南盾`, en: (n) => `VND ${n}` };

/**
 * A price in Vietnamese dong as each language writes it in running text: "400.000 đồng",
 * "400,000越南盾", "VND 400,000" (not Intl's "₫400,000", which readers of official texts do not use).
 */
export function formatVnd(n: number, locale: Locale): string {
  return VND[locale](formatNumber(n, locale, { maximumFractionDigits: 0 }));
}

/**
 * A date in a sentence. Vietnamese is dd/mm/yyyy everywhere now (formatDate), so this is the
 * same formatter, kept for the callers that name the sentence use.
 */
export function formatDateShort(iso: string, locale: Locale): string {
  return formatDate(iso, locale);
}
