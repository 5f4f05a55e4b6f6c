/** /ddci/indicators/ in one locale: every framework's indicators, their scores per year and links between frameworks. */
import type { Locale } from '../../locales.ts';
import { label } from '../../i18n.ts';
import { formatScore } from '../format.ts';
import { resultOf, type Ddci } from '../model.ts';
import { viewContext, type Shown } from './common.ts';

export interface IndicatorListRow {
  id: string;
  number: number;
  name: Shown;
  /** One cell per assessed year (same order as the framework's `years`): score, "unknown", or "—" when not assessed. */
  scores: { text: string; unknown: boolean }[];
  comparedWith: { id: string; name: Shown } | undefined;
  successors: { id: string; name: Shown }[];
}

export interface FrameworkTable {
  framework: number;
  heading: string;
  /** Years assessed on this framework, newest first. */
  years: number[];
  rows: IndicatorListRow[];
}

/** Frameworks newest first. */
export function indicatorsView(d: Ddci, locale: Locale): FrameworkTable[] {
  const { t, name } = viewContext(d, locale);
  return [...d.byFramework.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([fw, list]) => {
      const years = d.years.filter((y) => y.data.framework === fw).map((y) => y.data.year).reverse();
      return {
        framework: fw,
        heading: label(t, 'ddci.framework', String(fw)),
        years,
        rows: list.map((i) => ({
          id: i.id,
          number: i.data.number,
          name: name(i.id),
          scores: years.map((y) => {
            const r = resultOf(d, y, i.id);
            return { text: r ? (r.score === null ? t('ddci.unknown') : formatScore(r.score, locale)) : '—', unknown: r?.score == null };
          }),
          comparedWith: i.data.comparedWith ? { id: i.data.comparedWith, name: name(i.data.comparedWith) } : undefined,
          successors: (d.successors.get(i.id) ?? []).map((s) => ({ id: s, name: name(s) })),
        })),
      };
    });
}
