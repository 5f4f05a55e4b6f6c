/**
 * Changes in points from one year to the next, computed from the transcribed scores, and
 * set beside the change the source states in words ("tăng 1.25 điểm so với năm 2024").
 * An indicator of a new framework is measured against the indicator it is compared with
 * (`comparedWith`); otherwise against itself, the year before.
 */
import type { DdciIndicator, DdciResult } from '../../schemas/ddci.ts';

export interface Change {
  year: number;
  /** Indicator id; undefined for the overall index. */
  indicator: string | undefined;
  /** Indicator (or overall) and year the score is compared with. */
  baseline: { indicator: string | undefined; year: number; score: number | null } | null;
  score: number | null;
  /** Computed change in points, exact to the third decimal; null when either score is unknown. */
  delta: number | null;
  /** The change the source states, when it states one. */
  stated: number | undefined;
  /** Whether the computed change equals the stated one; null when either is missing. */
  agrees: boolean | null;
}

/** Difference of two scores with at most three decimals, without binary rounding noise. */
export function difference(a: number, b: number): number {
  return (Math.round(a * 1000) - Math.round(b * 1000)) / 1000;
}

export type Direction = 'up' | 'down' | 'same';

export function direction(delta: number): Direction {
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
}

interface Rec {
  id: string;
  data: DdciIndicator;
}
interface Res {
  id: string;
  data: DdciResult;
}

function make(year: number, indicator: string | undefined, score: number | null, baseline: Change['baseline'], stated: number | undefined): Change {
  const delta = score !== null && baseline?.score != null ? difference(score, baseline.score) : null;
  const agrees = delta !== null && stated !== undefined ? delta === difference(stated, 0) : null;
  return { year, indicator, baseline, score, delta, stated, agrees };
}

/** One change per result (indicator and overall) of every year, oldest year first. */
export function computeChanges(indicators: readonly Rec[], results: readonly Res[]): Change[] {
  const byId = new Map(indicators.map((i) => [i.id, i.data]));
  const byYear = new Map(results.map((r) => [r.data.year, r.data]));
  const out: Change[] = [];
  for (const { data: y } of [...results].sort((a, b) => a.data.year - b.data.year)) {
    const prev = byYear.get(y.year - 1);
    if (y.overall) {
      const base = prev?.overall ? { indicator: undefined, year: prev.year, score: prev.overall.score } : null;
      out.push(make(y.year, undefined, y.overall.score, base, y.overall.statedChange));
    }
    for (const r of y.indicators) {
      const baseId = byId.get(r.indicator)?.comparedWith ?? r.indicator;
      const baseResult = prev?.indicators.find((x) => x.indicator === baseId);
      const base = baseResult && prev ? { indicator: baseId, year: prev.year, score: baseResult.score } : null;
      out.push(make(y.year, r.indicator, r.score, base, r.statedChange));
    }
  }
  return out;
}
