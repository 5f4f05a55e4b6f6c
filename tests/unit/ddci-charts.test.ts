/** The build-time SVG charts: well-formed, self-describing, escaped, and faithful to the data. */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { dumbbellChart, escapeXml, lineChart, niceRange, stackedBar } from '../../src/lib/ddci/charts.ts';

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(svg).svg;
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('lineChart', () => {
  const svg = lineChart({
    id: 'c1',
    title: 'Score <by> year',
    desc: '2024: 80.17 & 2025: 79.80',
    points: [
      { x: '2023', y: null, label: '?' },
      { x: '2024', y: 80.17, label: '80.17 · 11/25' },
      { x: '2025', y: 79.8, label: '79.80 · 18/19', dashedBefore: true },
    ],
    step: 1,
    format: String,
    unknown: 'unknown',
  });

  it('is valid XML with a labelled title and description', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = parse(svg);
    expect(root.role).toBe('img');
    expect(root['aria-labelledby']).toBe('c1-t c1-d');
    expect(root.title['#text']).toBe('Score <by> year');
    expect(root.desc['#text']).toBe('2024: 80.17 & 2025: 79.80');
  });

  it('draws one dot per point, the unknown one hollow, and a dashed segment where asked', () => {
    const root = parse(svg);
    const dots = list(root.circle);
    expect(dots).toHaveLength(3);
    expect(dots.filter((c: any) => c.class === 'dot unknown')).toHaveLength(1);
    const lines = list(root.line).filter((l: any) => String(l.class).startsWith('line'));
    expect(lines.map((l: any) => l.class)).toEqual(['line dashed']); // no segment into the unknown point
    const texts = list(root.text).map((t: any) => (typeof t === 'object' ? t['#text'] : t));
    expect(texts).toEqual(expect.arrayContaining(['80.17 · 11/25', '79.80 · 18/19', 'unknown', '2023']));
  });

  it('puts the higher score higher on the page', () => {
    const dots = list(parse(svg).circle).filter((c: any) => c.class === 'dot');
    expect(Number(dots[0].cy)).toBeLessThan(Number(dots[1].cy));
  });
});

describe('dumbbellChart', () => {
  const svg = dumbbellChart({
    id: 'c2',
    title: 't',
    desc: 'd',
    rows: [
      { label: 'Chi phí không chính thức', from: 6.87, to: 8.12, dir: 'up', deltaText: '▲ +1.25' },
      { label: 'Chi phí thời gian', from: 9.1, to: 8.02, dir: 'down', deltaText: '▼ −1.08' },
      { label: 'Hỗ trợ', from: 7.96, to: 7.97, dir: 'up', deltaText: '▲ +0.01' },
      { label: 'Gia nhập thị trường', from: null, to: 7.95, dir: 'none', deltaText: 'mới' },
    ],
    step: 0.5,
    format: String,
    legend: { from: '2024', to: '2025' },
  });

  it('is valid XML with one arrow per visible change, coloured by direction', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const arrows = list(parse(svg).line).filter((l: any) => String(l.class).startsWith('arrow'));
    expect(arrows.map((a: any) => a.class)).toEqual(['arrow up', 'arrow down']); // +0.01 is too short to draw
  });

  it('draws hollow dots for the year before only where there is one', () => {
    const dots = list(parse(svg).circle);
    expect(dots.filter((c: any) => c.class === 'dot from')).toHaveLength(3 + 1); // + the legend
    expect(dots.filter((c: any) => c.class === 'dot')).toHaveLength(4 + 1);
  });

  it('prints the change text with its direction class', () => {
    const deltas = list(parse(svg).text).filter((t: any) => String(t.class).startsWith('delta'));
    expect(deltas.map((t: any) => [t.class, t['#text']])).toEqual([
      ['delta up', '▲ +1.25'],
      ['delta down', '▼ −1.08'],
      ['delta up', '▲ +0.01'],
      ['delta none', 'mới'],
    ]);
  });
});

describe('stackedBar and helpers', () => {
  it('gives each non-empty status a share of the width', () => {
    const svg = stackedBar({ id: 'c3', title: 't', desc: 'd', segments: [{ key: 'done', value: 1 }, { key: 'none', value: 3 }, { key: 'ongoing', value: 0 }] });
    expect(XMLValidator.validate(svg)).toBe(true);
    const rects = list(parse(svg).rect);
    expect(rects.map((r: any) => [r.class, Number(r.width)])).toEqual([['seg done', 90], ['seg none', 270]]);
  });

  it('escapes markup in labels', () => {
    expect(escapeXml('<script>"&')).toBe('&lt;script&gt;&quot;&amp;');
    const svg = lineChart({ id: 'x', title: '<script>alert(1)</script>', desc: '', points: [{ x: '<b>', y: 1, label: '&' }], step: 1, format: String, unknown: '?' });
    expect(svg).not.toContain('<script>');
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('widens a range to whole steps', () => {
    expect(niceRange([7.85, 8.12], 0.5)).toEqual([7.5, 8.5]);
    expect(niceRange([8, 8], 0.5)).toEqual([7.5, 8.5]);
  });
});
