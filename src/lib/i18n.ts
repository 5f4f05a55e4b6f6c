/**
 * UI strings through i18next, one instance per locale created once at build time.
 * Strings are flat dotted keys ("section.policies"), so the key separator is off.
 *
 * The Vietnamese file is the reference: `MessageKey` is derived from its keys, so a typo
 * or a removed key is a type error, and a string missing in Chinese or English falls
 * back to Vietnamese (`fallbackLng`). Counts use i18next plurals: `key_one`, `key_other`
 * (the categories of `Intl.PluralRules` for the language; Vietnamese and Chinese have
 * only `other`), chosen by the `count` option: `t('list.count', { count: n })`.
 */
import i18next, { type TOptions } from 'i18next';
import vi from '../i18n/vi.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import { INTL_LOCALE, type Locale } from './locales.ts';

type PluralSuffix = `_${Intl.LDMLPluralRule}`;
type WithoutPlural<K> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
/** Every key a page may ask for (plural keys without their suffix). */
export type MessageKey = WithoutPlural<keyof typeof vi>;
export type Translate = (key: MessageKey, options?: TOptions) => string;

export const MESSAGES: Record<Locale, Record<string, string>> = { vi, zh, en };
export const FALLBACK_LOCALE = 'vi' satisfies Locale;

const instances = new Map<Locale, Translate>();

export function getT(locale: Locale): Translate {
  const cached = instances.get(locale);
  if (cached) return cached;
  const t = createT(locale, MESSAGES);
  instances.set(locale, t);
  return t;
}

/** A translate function over the given strings (getT uses the files; tests pass their own). */
export function createT(locale: Locale, messages: Record<Locale, Record<string, string>>): Translate {
  const inst = i18next.createInstance();
  void inst.init({
    lng: locale,
    fallbackLng: FALLBACK_LOCALE,
    initAsync: false,
    resources: { [locale]: { translation: messages[locale] }, [FALLBACK_LOCALE]: { translation: messages[FALLBACK_LOCALE] } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // Astro escapes on output
    returnNull: false,
  });
  inst.services.formatter?.add('number', (value, _lng, opts) => new Intl.NumberFormat(INTL_LOCALE[locale], opts).format(value));
  const fixed = inst.getFixedT(locale);
  return (key, options) => fixed(key, options ?? {}) as string;
}

/**
 * The label of a value only known when the build runs (a facet value, an enum field read
 * generically): `label(t, 'status', 'in-force')` is `t('status.in-force')`. The key must
 * exist, or the build stops naming it; tests/unit/i18n-enums.test.ts checks every schema
 * enum against the files beforehand.
 */
export function label(t: Translate, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  if (!(key in MESSAGES[FALLBACK_LOCALE])) throw new Error(`src/i18n/${FALLBACK_LOCALE}.json has no label "${key}"`);
  return t(key as MessageKey);
}
