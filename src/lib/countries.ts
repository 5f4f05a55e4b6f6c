/**
 * Country (and EU) names in the reader's language, from ISO 3166-1 alpha-2 codes. Intl's
 * names are used except where they differ from the form official texts use in that
 * language (Intl writes "Liên Minh Châu Âu", "Myanmar (Miến Điện)", "Úc", "Myanmar (Burma)").
 */
import { INTL_LOCALE, type Locale } from './locales.ts';

const OFFICIAL: Record<Locale, Record<string, string>> = {
  vi: { AU: 'Australia', EU: 'Liên minh châu Âu', MM: 'Myanmar', KR: 'Hàn Quốc', US: 'Hoa Kỳ' },
  zh: { EU: '欧盟', KR: '韩国' },
  en: { MM: 'Myanmar', KR: 'Republic of Korea', VN: 'Viet Nam' },
};

const names = new Map<Locale, Intl.DisplayNames>();

export function countryName(code: string, locale: Locale): string {
  const c = code.toUpperCase();
  const own = OFFICIAL[locale][c];
  if (own) return own;
  let dn = names.get(locale);
  if (!dn) names.set(locale, (dn = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'none' })));
  const name = dn.of(c);
  if (!name) throw new Error(`no ${locale} name for the country code "${code}"`);
  return name;
}

/** A list of countries sorted as the reader's language sorts their names. */
export function countryList(codes: readonly string[], locale: Locale): string[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return codes.map((c) => countryName(c, locale)).sort(collator.compare);
}
