/** What every DDCI view model needs: scores as a reader sees them, and indicator names. */
import { getT, type Translate } from '../../i18n.ts';
import { localizedFor } from '../../localized.ts';
import type { Locale } from '../../locales.ts';
import { formatScore } from '../format.ts';
import type { Ddci } from '../model.ts';
import type { DDCI_GROUPS } from '../../../schemas/ddci.ts';

/** Ranking group of a result (null when the source gives none). */
export type DdciGroup = (typeof DDCI_GROUPS)[number];

/** A text shown to the reader, with `lang="vi"` when it fell back to Vietnamese. */
export interface Shown {
  text: string;
  lang: 'vi' | undefined;
}

export interface ViewContext {
  locale: Locale;
  t: Translate;
  /** A score with its decimals, or "unknown" when the source gives none. */
  score: (n: number | null) => string;
  /** An indicator's name by id (the id itself when there is no such indicator). */
  name: (id: string) => Shown;
}

export function viewContext(d: Ddci, locale: Locale): ViewContext {
  const t = getT(locale);
  const L = localizedFor(locale);
  return {
    locale,
    t,
    score: (n) => (n === null ? t('ddci.unknown') : formatScore(n, locale)),
    name: (id) => L(d.indicators.get(id)?.data.name ?? { vi: id }),
  };
}
