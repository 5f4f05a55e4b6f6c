/**
 * SVG charts drawn at build time: no script and no chart library reach the browser. Each
 * chart carries its own <title> and <desc>; the page prints a text summary and the data
 * table beside it, so the picture is never the only way to read the figures. The drawing
 * is narrow (360 units) so that text stays legible on a 375-px phone.
 */

export const WIDTH = 360;

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A scale from the data range to pixels, widened to whole steps so the axis reads cleanly. */
export function niceRange(values: readonly number[], step: number): [number, number] {
  if (values.length === 0) return [0, step];
  let lo = Math.floor(Math.min(...values) / step) * step;
  let hi = Math.ceil(Math.max(...values) / step) * step;
  if (lo === hi) {
    lo -= step;
    hi += step;
  }
  return [lo, hi];
}

function ticks(lo: number, hi: number, step: number): number[] {
  const out: number[] = [];
  for (let v = lo; v <= hi + step / 1000; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

function open(id: string, height: number, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="ddci-chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeXml(title)}</title><desc id="${id}-d">${escapeXml(desc)}</desc>`
  );
}

export interface LinePoint {
  /** Label under the point (a year). */
  x: string;
  /** Value, or null when unknown (drawn as a gap with a hollow marker). */
  y: number | null;
  /** Text above the point, e.g. "80.17 · 11/25". */
  label: string;
  /** Draw the segment leading to this point dashed (the indicator changed between frameworks). */
  dashedBefore?: boolean;
}

export interface LineChartOptions {
  id: string;
  title: string;
  desc: string;
  points: LinePoint[];
  /** Axis step, e.g. 0.5 for indicator scores, 1 for overall scores. */
  step: number;
  format: (n: number) => string;
  /** Text shown for an unknown value. */
  unknown: string;
}

/** Values over the years as dots joined by a line, each labelled with its figure. */
export function lineChart(o: LineChartOptions): string {
  const height = 210;
  const left = 44;
  const right = 20;
  const top = 34;
  const bottom = 34;
  const known = o.points.flatMap((p) => (p.y === null ? [] : [p.y]));
  // Pad the range so no point sits on the top or bottom edge, where its label would collide.
  const [lo, hi] = niceRange(known.length ? [Math.min(...known) - o.step * 0.4, Math.max(...known) + o.step * 0.4] : [], o.step);
  const y = (v: number) => r1(top + ((hi - v) / (hi - lo)) * (height - top - bottom));
  const n = o.points.length;
  const x = (i: number) => r1(n === 1 ? (left + WIDTH - right) / 2 : left + 24 + (i * (WIDTH - left - right - 48)) / (n - 1));
  let s = open(o.id, height, o.title, o.desc);
  const tickValues = ticks(lo, hi, o.step);
  const every = Math.ceil(tickValues.length / 6);
  tickValues.forEach((v, k) => {
    if (k % every !== 0 && k !== tickValues.length - 1) return;
    s += `<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${y(v)}" y2="${y(v)}"/>`;
    s += `<text class="tick" x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${escapeXml(o.format(v))}</text>`;
  });
  for (let i = 1; i < n; i++) {
    const a = o.points[i - 1]!;
    const b = o.points[i]!;
    if (a.y === null || b.y === null) continue;
    s += `<line class="${b.dashedBefore ? 'line dashed' : 'line'}" x1="${x(i - 1)}" y1="${y(a.y)}" x2="${x(i)}" y2="${y(b.y)}"/>`;
  }
  o.points.forEach((p, i) => {
    const cx = x(i);
    s += `<text class="xlabel" x="${cx}" y="${height - 10}" text-anchor="middle">${escapeXml(p.x)}</text>`;
    if (p.y === null) {
      const cy = y(lo);
      s += `<circle class="dot unknown" cx="${cx}" cy="${cy}" r="5"/>`;
      s += `<text class="value" x="${cx}" y="${cy - 10}" text-anchor="middle">${escapeXml(o.unknown)}</text>`;
      return;
    }
    const cy = y(p.y);
    // Label below the dot when a neighbour is higher, so the line never runs through it.
    const higher = [o.points[i - 1]?.y, o.points[i + 1]?.y].some((v) => v != null && v > p.y!);
    const anchor = i === 0 && n > 1 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle';
    const tx = anchor === 'start' ? cx - 8 : anchor === 'end' ? cx + 8 : cx;
    s += `<circle class="dot" cx="${cx}" cy="${cy}" r="5"/>`;
    s += `<text class="value" x="${tx}" y="${higher ? cy + 20 : cy - 11}" text-anchor="${anchor}">${escapeXml(p.label)}</text>`;
  });
  return `${s}</svg>`;
}

export interface DumbbellRow {
  label: string;
  /** Score of the compared indicator the year before, or null when there is none. */
  from: number | null;
  to: number | null;
  /** Direction of the change; `none` when no change can be computed. */
  dir: 'up' | 'down' | 'same' | 'none';
  /** Short change text printed at the row's right end, e.g. "▲ +1.25". */
  deltaText: string;
}

export interface DumbbellOptions {
  id: string;
  title: string;
  desc: string;
  rows: DumbbellRow[];
  step: number;
  format: (n: number) => string;
  /** Legend words for the hollow (before) and filled (now) dots. */
  legend: { from: string; to: string };
}

/** Each indicator as a row: hollow dot the year before, filled dot now, an arrow between. */
export function dumbbellChart(o: DumbbellOptions): string {
  const rowH = 40;
  const top = 46;
  const left = 12;
  const right = 12;
  const height = top + o.rows.length * rowH + 22;
  const vals = o.rows.flatMap((r) => [r.from, r.to].filter((v): v is number => v !== null));
  const [lo, hi] = niceRange(vals, o.step);
  const x = (v: number) => r1(left + ((v - lo) / (hi - lo)) * (WIDTH - left - right));
  let s = open(o.id, height, o.title, o.desc);
  s += `<defs><marker id="${o.id}-up" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="up"/></marker>`;
  s += `<marker id="${o.id}-down" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" class="down"/></marker></defs>`;
  // Legend.
  s += `<circle class="dot from" cx="${left + 6}" cy="12" r="5"/><text class="legend" x="${left + 16}" y="16">${escapeXml(o.legend.from)}</text>`;
  s += `<circle class="dot" cx="${WIDTH / 2 + 10}" cy="12" r="5"/><text class="legend" x="${WIDTH / 2 + 20}" y="16">${escapeXml(o.legend.to)}</text>`;
  for (const v of ticks(lo, hi, o.step)) {
    s += `<line class="grid" x1="${x(v)}" x2="${x(v)}" y1="${top - 8}" y2="${height - 20}"/>`;
    s += `<text class="tick" x="${x(v)}" y="${top - 12}" text-anchor="middle">${escapeXml(o.format(v))}</text>`;
    s += `<text class="tick" x="${x(v)}" y="${height - 6}" text-anchor="middle">${escapeXml(o.format(v))}</text>`;
  }
  o.rows.forEach((r, i) => {
    const ty = top + i * rowH + 12;
    const ly = ty + 16;
    s += `<text class="rowlabel" x="${left}" y="${ty}">${escapeXml(r.label)}</text>`;
    s += `<text class="delta ${r.dir}" x="${WIDTH - right}" y="${ty}" text-anchor="end">${escapeXml(r.deltaText)}</text>`;
    // No arrow when the dots nearly touch: the arrowhead would point the wrong way.
    if (r.from !== null && r.to !== null && r.dir !== 'same' && Math.abs(x(r.to) - x(r.from)) >= 14) {
      const a = x(r.from);
      const b = x(r.to);
      // Stop the arrow short of the dot it points at.
      const end = b + (a < b ? -6 : 6);
      s += `<line class="arrow ${r.dir}" x1="${a}" y1="${ly}" x2="${end}" y2="${ly}" marker-end="url(#${o.id}-${r.dir === 'down' ? 'down' : 'up'})"/>`;
    }
    if (r.from !== null) s += `<circle class="dot from" cx="${x(r.from)}" cy="${ly}" r="5"/>`;
    if (r.to !== null) s += `<circle class="dot" cx="${x(r.to)}" cy="${ly}" r="5"/>`;
  });
  return `${s}</svg>`;
}

export interface BarSegment {
  key: string;
  value: number;
}

/** A single bar split by status: shares of tasks, with counts written inside when they fit. */
export function stackedBar(o: { id: string; title: string; desc: string; segments: BarSegment[] }): string {
  const height = 44;
  const total = o.segments.reduce((a, b) => a + b.value, 0);
  let s = open(o.id, height, o.title, o.desc);
  let x = 0;
  for (const seg of o.segments) {
    if (seg.value === 0) continue;
    const w = total === 0 ? 0 : (seg.value / total) * WIDTH;
    s += `<rect class="seg ${seg.key}" x="${r1(x)}" y="6" width="${r1(w)}" height="32"/>`;
    if (w >= 18) s += `<text class="segtext ${seg.key}" x="${r1(x + w / 2)}" y="27" text-anchor="middle">${seg.value}</text>`;
    x += w;
  }
  return `${s}</svg>`;
}
