/**
 * /ddci/indicators/<id>/ in one locale: the indicator, its figures over the years along its
 * line of descent (chart, summary, table and notes), its tasks and the tasks of the
 * indicators it continues or is continued by.
 */
import type { DdciIndicator, DdciTask } from '../../../schemas/ddci.ts';
import { label } from '../../i18n.ts';
import type { Locale } from '../../locales.ts';
import { localizedFor } from '../../localized.ts';
import { lineChart } from '../charts.ts';
import { formatScore, formatSigned } from '../format.ts';
import { history, lineage, tasksOfIndicator, type Ddci, type HistoryPoint, type WithId } from '../model.ts';
import { taskUnits, updatesNewestFirst } from '../status.ts';
import { viewContext, type DdciGroup, type Shown } from './common.ts';

export interface HistoryRow {
  year: number;
  indicator: string;
  /** Shown in a name column when the line has more than one indicator. */
  name: Shown;
  /** The row is this page's indicator (its name is not a link). */
  own: boolean;
  score: string;
  unknownScore: boolean;
  /** The row has a note below the table. */
  noted: boolean;
  /** "3/19", or undefined when the rank is unknown. */
  rank: string | undefined;
  group: DdciGroup | null;
  change: { delta: number | null } | undefined;
  /** The change the source states, and whether the computed change agrees with it. */
  stated: { text: string; agrees: boolean } | undefined;
}

export interface HistoryNote {
  year: number;
  indicator: string;
  /** "2025 – name:" heading of the note. */
  heading: string;
  note: Shown | undefined;
  ocr: string | undefined;
  alsoStated: { text: string; where: Shown }[];
}

export interface IndicatorView {
  id: string;
  indicator: DdciIndicator;
  title: Shown;
  description: string;
  /** Newest progress update of its tasks, for the page's date. */
  newest: string | undefined;
  comparedWith: { id: string; name: Shown; framework: string } | undefined;
  successors: { id: string; name: Shown }[];
  latest:
    | {
        year: number;
        text: string;
        group: DdciGroup | null;
        change: { delta: number | null; vs: string } | undefined;
      }
    | undefined;
  unitIds: string[];
  /** No history when the indicator has no figures yet. */
  history: { svg: string; summary: string; multi: boolean; rows: HistoryRow[]; notes: HistoryNote[] } | undefined;
  tasks: WithId<DdciTask>[];
  /** Tasks of the other indicators of the line, with the indicator they belong to. */
  otherTasks: { id: string; plan: number; heading: string; indicator: Shown }[];
}

export function indicatorView(d: Ddci, id: string, locale: Locale): IndicatorView {
  const { t, score, name } = viewContext(d, locale);
  const L = localizedFor(locale);
  const ind = d.indicators.get(id)!.data;
  const title = name(id);
  const points = history(d, id);
  const multi = new Set(points.map((p) => p.indicator)).size > 1;
  const last = points.filter((p) => p.indicator === id).at(-1);
  const tasks = tasksOfIndicator(d, id);
  const pointText = (p: HistoryPoint) => t('ddci.history.point', { year: p.year, name: name(p.indicator).text, score: score(p.result.score) });
  const noted = (p: HistoryPoint) => Boolean(p.result.note || p.result.ocr || p.result.alsoStated.length > 0);

  return {
    id,
    indicator: ind,
    title,
    description: last
      ? t('ddci.indicator.description', { name: title.text, year: last.year, score: score(last.result.score) })
      : t('ddci.indicator.descriptionNoResult', { name: title.text }),
    newest: updatesNewestFirst(tasks.flatMap((x) => x.data.updates))[0]?.date,
    comparedWith: ind.comparedWith
      ? { id: ind.comparedWith, name: name(ind.comparedWith), framework: label(t, 'ddci.framework', String(d.indicators.get(ind.comparedWith)?.data.framework)) }
      : undefined,
    successors: (d.successors.get(id) ?? []).map((s) => ({ id: s, name: name(s) })),
    latest: last && {
      year: last.year,
      text: t('ddci.indicator.latestText', { score: score(last.result.score), rank: last.result.rank ?? '?', of: last.rankOf }),
      group: last.result.group,
      change: last.change?.baseline
        ? { delta: last.change.delta, vs: t('ddci.indicator.vs', { name: name(last.change.baseline.indicator!).text, year: last.change.baseline.year, score: score(last.change.baseline.score) }) }
        : undefined,
    },
    unitIds: [
      ...new Set(
        tasks.flatMap((x) => {
          const u = taskUnits(x.data);
          return [...u.lead, ...u.partners];
        }),
      ),
    ],
    history:
      points.length === 0
        ? undefined
        : {
            svg: lineChart({
              id: `ddci-h-${id}`,
              title: t('ddci.history.chartTitle', { name: title.text }),
              desc: points.map(pointText).join(' '),
              points: points.map((p, i) => ({
                x: String(p.year),
                y: p.result.score,
                label: p.result.rank !== null ? `${score(p.result.score)} · ${p.result.rank}/${p.rankOf}` : score(p.result.score),
                dashedBefore: i > 0 && points[i - 1]!.indicator !== p.indicator,
              })),
              step: 0.5,
              format: (n) => formatScore(n, locale).replace(/[.,]?0+$/, ''),
              unknown: t('ddci.unknown'),
            }),
            summary: [...points.map(pointText), ...(multi ? [t('ddci.history.dashed')] : [])].join(' '),
            multi,
            rows: points.map((p) => ({
              year: p.year,
              indicator: p.indicator,
              name: name(p.indicator),
              own: p.indicator === id,
              score: score(p.result.score),
              unknownScore: p.result.score === null,
              noted: Boolean(p.result.note),
              rank: p.result.rank !== null ? `${p.result.rank}/${p.rankOf}` : undefined,
              group: p.result.group,
              change: p.change?.baseline ? { delta: p.change.delta } : undefined,
              stated: p.result.statedChange !== undefined ? { text: formatSigned(p.result.statedChange, locale), agrees: p.change?.agrees === true } : undefined,
            })),
            notes: points.filter(noted).map((p) => ({
              year: p.year,
              indicator: p.indicator,
              heading: `${p.year}${multi ? ` – ${name(p.indicator).text}` : ''}${t('punct.colon').trim()}`,
              note: p.result.note ? L(p.result.note) : undefined,
              ocr: p.result.ocr,
              alsoStated: p.result.alsoStated.map((a) => ({ text: t('ddci.history.alsoStated', { field: t(`ddci.col.${a.field}`), value: a.value }), where: L(a.where) })),
            })),
          },
    tasks,
    otherTasks: lineage(d, id)
      .filter((x) => x !== id)
      .flatMap((x) => tasksOfIndicator(d, x))
      .map((x) => ({ id: x.id, plan: x.data.plan, heading: t('ddci.task.heading', { plan: x.data.plan, number: x.data.number }), indicator: name(x.data.indicator) })),
  };
}
