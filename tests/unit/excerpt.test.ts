import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptSource, leadExcerpt, queryTerms, segmentsFromMarkedHtml, type Segment } from '../../src/lib/excerpt.ts';
import { FOLD_SENTINEL } from '../../src/lib/fold.ts';

const marked = (segs: Segment[]) => segs.filter((s) => s.mark).map((s) => s.text);
const joined = (segs: Segment[]) => segs.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const zh = new Intl.Segmenter('zh', { granularity: 'word' });

describe('queryTerms', () => {
  it('folds and de-duplicates words of spaced scripts', () => {
    expect(queryTerms('Đầu tư  dau TU, cửa-khẩu')).toEqual(['dau', 'tu', 'cua', 'khau']);
  });
  it('splits Chinese with a word segmenter', () => {
    const terms = queryTerms('原产地证书', zh);
    expect(terms.join('')).toBe('原产地证书');
    expect(terms.length).toBeGreaterThan(1);
  });
});

describe('buildExcerpt', () => {
  it('highlights the accented words a diacritic-free query stands for', () => {
    const segs = buildExcerpt('Chính sách ưu đãi đầu tư tại cửa khẩu Hữu Nghị.', queryTerms('dau tu'));
    expect(marked(segs)).toEqual(['đầu', 'tư']);
    expect(joined(segs)).toBe('Chính sách ưu đãi [đầu] [tư] tại cửa khẩu Hữu Nghị.');
  });

  it('matches word starts only, and marks the whole word', () => {
    const segs = buildExcerpt('Investors and reinvestment: investment rules.', queryTerms('invest'));
    expect(marked(segs)).toEqual(['Investors', 'investment']);
  });

  it('prefers whole words: "tu" marks "tư" but not "tục" when "tư" is there', () => {
    expect(marked(buildExcerpt('Thủ tục đầu tư và tư vấn.', queryTerms('dau tu')))).toEqual(['đầu', 'tư', 'tư']);
    expect(marked(buildExcerpt('Thủ tục hành chính.', queryTerms('tu')))).toEqual(['tục']);
  });

  it('finds Chinese terms anywhere in a run of characters', () => {
    const segs = buildExcerpt('申请原产地证书的方式。外国投资者可以联系。', queryTerms('原产地证书 投资', zh));
    expect(joined(segs)).toContain('[原产地证书]');
    expect(joined(segs)).toContain('[投资]');
  });

  it('chooses the window holding the most distinct terms and cuts at spaces with ellipses', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const text = `cửa alone here. ${filler}Here cửa khẩu together. ${filler}`;
    const segs = buildExcerpt(text, queryTerms('cua khau'), 120);
    expect(joined(segs)).toContain('[cửa] [khẩu] together');
    expect(segs[0]!.text.startsWith('… ')).toBe(true);
    expect(segs[segs.length - 1]!.text.endsWith(' …')).toBe(true);
  });

  it('in English, tries a term without its last letters when it does not occur as typed', () => {
    const text = 'Rules for investment in the zone.';
    expect(buildExcerpt(text, queryTerms('investments'))).toEqual([]);
    expect(marked(buildExcerpt(text, queryTerms('investments'), 220, { stems: true }))).toEqual(['investment']);
  });

  it('returns nothing when no term occurs', () => {
    expect(buildExcerpt('Đầu tư', queryTerms('visa'))).toEqual([]);
  });
});

describe('excerpt sources', () => {
  it('drops the folded block and the leading title', () => {
    expect(excerptSource(`Ưu đãi đầu tư. Nội dung chính. ${FOLD_SENTINEL} dai dau`, 'Ưu đãi đầu tư')).toBe('Nội dung chính.');
    expect(excerptSource('Other text', 'Title')).toBe('Other text');
  });

  it('reads Pagefind excerpts as segments, stopping at the folded block', () => {
    const html = `Ưu đãi <mark>đầu</mark> tư &amp; thuế. ${FOLD_SENTINEL} <mark>dau</mark> dai`;
    const decode = (s: string) => s.replace(/&amp;/g, '&');
    expect(joined(segmentsFromMarkedHtml(html, decode))).toBe('Ưu đãi [đầu] tư & thuế.');
  });

  it('drops a Pagefind excerpt that quotes only the index-only block', () => {
    const source = 'Nội dung của trang.';
    expect(segmentsFromMarkedHtml('Nội dung của <mark>trang</mark>.', (x) => x, source)).toHaveLength(3);
    expect(segmentsFromMarkedHtml('Chủ đề <mark>Đầu tư</mark> Đơn vị', (x) => x, source)).toEqual([]);
  });

  it('opens with the start of the text when a result was found by filters alone', () => {
    expect(leadExcerpt('short')).toEqual([{ text: 'short', mark: false }]);
    const long = leadExcerpt('word '.repeat(100), 50)[0]!.text;
    expect(long.length).toBeLessThanOrEqual(52);
    expect(long.endsWith('word …')).toBe(true);
  });
});
