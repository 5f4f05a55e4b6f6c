/**
 * UI strings through i18next, one instance per locale created once at build time.
 * Strings are flat dotted keys ("section.policies"), so the key separator is off.
 */
import i18next, { type TFunction } from 'i18next';
import vi from '../i18n/vi.json' with { type: 'json' };
import zh from '../i18n/zh.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };
import { INTL_LOCALE, type Locale } from './locales.ts';

export const MESSAGES: Record<Locale, Record<string, string>> = { vi, zh, en };

const instances = new Map<Locale, TFunction>();

export function getT(locale: Locale): TFunction {
  const cached = instances.get(locale);
  if (cached) return cached;
  const inst = i18next.createInstance();
  void inst.init({
    lng: locale,
    initAsync: false,
    resources: { [locale]: { translation: MESSAGES[locale] } },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false }, // Astro escapes on output
    returnNull: false,
  });
  inst.services.formatter?.add('number', (value, _lng, opts) => new Intl.NumberFormat(INTL_LOCALE[locale], opts).format(value));
  const t = inst.getFixedT(locale);
  instances.set(locale, t);
  return t;
}
