/** Picking the reader's language out of a `{ vi, zh?, en? }` text, with honest fallback. */
import type { Locale } from './locales.ts';

export interface LocalizedText {
  vi: string;
  zh?: string | undefined;
  en?: string | undefined;
}

export interface Picked {
  text: string;
  /** True when the reader's language was missing and Vietnamese is shown instead. */
  fallback: boolean;
}

export function pick(value: LocalizedText, locale: Locale): Picked {
  const t = value[locale];
  return t ? { text: t, fallback: false } : { text: value.vi, fallback: locale !== 'vi' };
}

export function text(value: LocalizedText, locale: Locale): string {
  return pick(value, locale).text;
}

/** True when every text in the list exists in the locale. */
export function allTranslated(values: readonly (LocalizedText | undefined)[], locale: Locale): boolean {
  return values.every((v) => !v || Boolean(v[locale]));
}

/** Open-data records use null for a missing translation; pages use undefined. */
export type MaybeLocalized = { vi: string; zh?: string | null; en?: string | null };

/**
 * A picker bound to the reader's locale that also gives the `lang` attribute the shown
 * text needs: "vi" when it fell back to Vietnamese (so screen readers switch voice).
 */
export function localizedFor(locale: Locale): (value: MaybeLocalized) => { text: string; lang: 'vi' | undefined } {
  return (value) => {
    const p = pick({ vi: value.vi, zh: value.zh ?? undefined, en: value.en ?? undefined }, locale);
    return { text: p.text, lang: p.fallback ? 'vi' : undefined };
  };
}
