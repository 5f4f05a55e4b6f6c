/**
 * Search-result excerpts with the matched words highlighted, computed from a result's
 * plain text. Matching folds both sides (src/lib/fold.ts), so "dau tu" highlights
 * "đầu tư" even when the page matched through the index's folded block, which
 * Pagefind's own excerpt would show instead of the real sentence.
 * Returns text segments, never HTML: the caller builds DOM nodes from them.
 */
import { FOLD_SENTINEL, fold, stripFolded } from './fold.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Scripts written without spaces: a term may start anywhere inside a run of characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Search terms of a query: words for spaced scripts; for Chinese, the words of
 * `Intl.Segmenter` when given one (the browser and Node both have it), else characters runs.
 */
export function queryTerms(query: string, segmenter?: { segment(s: string): Iterable<{ segment: string; isWordLike?: boolean }> }): string[] {
  const terms: string[] = [];
  for (const word of query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (segmenter && UNSPACED.test(word)) {
      for (const s of segmenter.segment(word)) if (s.isWordLike !== false && s.segment.trim()) terms.push(s.segment);
    } else terms.push(word);
  }
  return [...new Set(terms.map((t) => fold(t)))].filter(Boolean);
}

/**
 * The part of a result's text worth quoting: without the index's folded block and
 * without the leading title, which the result already shows as its heading.
 */
export function excerptSource(content: string, title: string | undefined): string {
  const own = stripFolded(content);
  if (title && own.startsWith(title)) return own.slice(title.length).replace(/^[\s.]+/, '');
  return own;
}

interface Hit {
  start: number;
  end: number;
  term: number;
}

/**
 * Every place a term occurs, as a whole word where it does; otherwise as the start of
 * a longer word (marked whole), as Pagefind matches it. In unspaced script (Chinese) a
 * term may start anywhere.
 */
function findHits(folded: string, terms: string[]): Hit[] {
  const hits: Hit[] = [];
  terms.forEach((term, ti) => {
    const unspaced = UNSPACED.test(term);
    const whole: Hit[] = [];
    const prefix: Hit[] = [];
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (unspaced) {
        whole.push({ start: at, end: at + term.length, term: ti });
        continue;
      }
      if (at > 0 && LETTER.test(folded[at - 1]!)) continue;
      let end = at + term.length;
      while (end < folded.length && LETTER.test(folded[end]!)) end++;
      (end === at + term.length ? whole : prefix).push({ start: at, end, term: ti });
    }
    hits.push(...(whole.length > 0 ? whole : prefix));
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * For English: a term that does not occur as typed is tried without up to three final
 * letters ("investments" → "investment"), roughly what Pagefind's stemmer matched.
 */
function stemFor(folded: string, term: string): string {
  if (UNSPACED.test(term) || folded.includes(term)) return term;
  for (let cut = 1; cut <= 3 && term.length - cut >= 4; cut++) {
    const stem = term.slice(0, -cut);
    if (folded.includes(stem)) return stem;
  }
  return term;
}

/** Moves an index back (or forward) to the nearest space, so an excerpt does not cut a word. */
function toSpace(text: string, i: number, dir: -1 | 1, limit: number): number {
  let j = i;
  for (let n = 0; n < limit && j > 0 && j < text.length; n++, j += dir) if (/\s/.test(text[j]!)) return dir < 0 ? j + 1 : j;
  return i;
}

/**
 * The window of about `length` characters that holds the most distinct terms (earliest
 * wins a tie), with every hit inside marked. Empty when no term occurs in the text.
 */
export function buildExcerpt(content: string, terms: string[], length = 220, options: { stems?: boolean } = {}): Segment[] {
  const text = content.normalize('NFC');
  const folded = fold(text);
  const hits = findHits(folded, options.stems ? terms.map((t) => stemFor(folded, t)) : terms);
  if (hits.length === 0) return [];
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < hits.length && hits[j]!.start < hits[i]!.start + length * 0.8; j++) seen.add(hits[j]!.term);
    if (seen.size > bestCount) {
      best = i;
      bestCount = seen.size;
    }
  }
  // A little context before the first hit, then cut at spaces.
  let start = Math.max(0, hits[best]!.start - Math.round(length * 0.2));
  if (start > 0) start = toSpace(text, start, -1, 20);
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = toSpace(text, end, 1, 20);
  const segments: Segment[] = [];
  const push = (s: string, mark: boolean) => s && segments.push({ text: s, mark });
  if (start > 0) push('… ', false);
  let pos = start;
  for (const h of hits) {
    if (h.start < pos || h.start >= end) continue;
    push(text.slice(pos, h.start), false);
    push(text.slice(h.start, Math.min(h.end, end)), true);
    pos = Math.min(h.end, end);
  }
  push(text.slice(pos, end), false);
  if (end < text.length) push(' …', false);
  return merge(segments);
}

/** The opening of a text, cut at a space: the excerpt of a result found by filters alone. */
export function leadExcerpt(content: string, length = 220): Segment[] {
  const text = content.normalize('NFC');
  if (text.length <= length) return text ? [{ text, mark: false }] : [];
  return [{ text: `${text.slice(0, toSpace(text, length, -1, 20)).trimEnd()} …`, mark: false }];
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.mark === s.mark) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Pagefind's own excerpt (HTML-escaped text with <mark> tags) as segments, used when
 * our folding cannot see why a page matched (English stems: "investments" → "invest").
 * Given the page's own text (`source`), an excerpt that does not come from it is dropped.
 */
export function segmentsFromMarkedHtml(html: string, decode: (s: string) => string, source?: string): Segment[] {
  const cut = html.indexOf(FOLD_SENTINEL);
  const own = cut < 0 ? html : html.slice(0, cut).replace(/<mark>[^<]*$/, '');
  const parts = own.split(/<mark>|<\/mark>/);
  const segments = merge(parts.map((p, i) => ({ text: decode(p), mark: i % 2 === 1 })).filter((s) => s.text));
  const last = segments[segments.length - 1];
  if (last && !last.mark) last.text = last.text.trimEnd();
  const out = segments.filter((s) => s.text);
  // A window that lies wholly inside the index-only block quotes no sentence of the page.
  const opening = out.map((s) => s.text).join('').trim().slice(0, 40);
  if (source !== undefined && opening && !source.normalize('NFC').includes(opening.normalize('NFC'))) return [];
  return out;
}
