/** Names of proofs of origin (ORIGIN_FORMS in src/schemas/articles.ts) in the reader's language. */
import type { ORIGIN_FORMS } from '../schemas/articles.ts';
import { getT, label } from './i18n.ts';
import type { Locale } from './locales.ts';

export function originFormName(id: (typeof ORIGIN_FORMS)[number] | string, locale: Locale): string {
  const t = getT(locale);
  return label(t, 'originForm', id);
}
