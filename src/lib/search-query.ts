/**
 * What the search page sends to Pagefind for what a person typed, and when it sends nothing.
 *
 * Why: Pagefind matches every query word as a prefix, and when no indexed word starts
 * with it, it falls back to the longest indexed word that the query word starts with
 * (`find_word_extensions` in Pagefind's search core). On the Vietnamese index "visa" thus
 * matched "vi" (from "vị", "đơn vị"), and "banana" matches "ba": a word that appears
 * nowhere on the site returned dozens of unrelated pages. So, before searching:
 *
 * 1. glossary forms in the query become their term's token (src/lib/search-synonyms.ts),
 *    after fixing a word that is one or two edits from a word of a glossary form
 *    ("hotlne" → "hotline", "conferense" → "conference");
 * 2. every other word is probed in the index itself (no word list is downloaded): it is
 *    kept when it is an indexed word (an exact search finds it) or the start of one; when
 *    Pagefind only finds it through its fallback, it is kept if the shorter word is most
 *    of it ("investmnt" → "invest…", a misspelling or an ending), and otherwise it
 *    matches nothing;
 * 3. a query with a word that matches nothing is not searched: the page says so and
 *    offers glossary terms close to what was typed.
 * Pure: the index is reached through `IndexProbe`, so the browser, the benchmark and the
 * tests run the same code.
 */
import { compileForms, matchTerms, normalizeText, termToken, type CompiledForm, type SynonymTerm } from './search-synonyms.ts';

/** What the build publishes for the search page (`/pagefind/sngv-glossary.json`). */
export interface SearchVocabulary {
  /** The glossary, for rewriting and for suggestions. */
  terms: SynonymTerm[];
  /** Editors' best bets: normalized queries and the locale-free path of the page to put first. */
  bets: { path: string; queries: string[] }[];
}

/** Asks the language's Pagefind index which pages a query matches, without loading any result. */
export interface IndexProbe {
  /** Ids of the pages matching a query (`"word"` in quotes: that exact word only). */
  ids(query: string): Promise<string[]>;
}

export interface QueryPlan {
  /** The text to hand Pagefind; empty when nothing can match. */
  search: string;
  /** Glossary terms recognised in the query, by id. */
  terms: string[];
  /** Words searched as something else: [typed, used]; "invest…" when Pagefind matched a shorter word. */
  corrected: [string, string][];
  /** Words that appear nowhere in the index (the query then matches nothing). */
  unknown: string[];
  /** A best bet for this query: the locale-free path of the page to show first (filter `bet`). */
  pin?: string;
}

/** Levenshtein distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many edits a typed word of this length may need: none below five letters. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** The closest word within the allowed edits, preferring fewer edits, then the same first letter, then the list order. */
export function closestWord(words: Iterable<string>, w: string): string | undefined {
  const max = allowedEdits(w.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestD = max + 1;
  for (const cand of words) {
    if (Math.abs(cand.length - w.length) > max) continue;
    const d = editDistance(w, cand, max);
    if (d < bestD || (d === bestD && best !== undefined && best[0] !== w[0] && cand[0] === w[0])) {
      best = cand;
      bestD = d;
    }
  }
  return bestD <= max ? best : undefined;
}

/**
 * How Pagefind treats a word, found by asking it: `known` (an indexed word or the start
 * of one), `shorter` with the word it fell back to, or `unknown`.
 */
export async function probeWord(probe: IndexProbe, w: string): Promise<{ status: 'known' } | { status: 'shorter'; used: string } | { status: 'unknown' }> {
  if ((await probe.ids(`"${w}"`)).length > 0) return { status: 'known' };
  const loose = await probe.ids(w);
  if (loose.length === 0) return { status: 'unknown' };
  const chars = [...w];
  // Pagefind found something without the exact word: either words that start with it, or,
  // when there are none, the longest indexed word it starts with. Find that word, if any.
  for (let k = chars.length - 1; k >= 1; k--) {
    const shorter = chars.slice(0, k).join('');
    const exact = await probe.ids(`"${shorter}"`);
    if (exact.length === 0) continue;
    const same = exact.length === loose.length && exact.every((id) => loose.includes(id));
    if (!same) return { status: 'known' };
    // Most of the word, with at most three letters more: a misspelling or an ending ("investmnt", "visas").
    return k >= 4 && chars.length - k <= 3 ? { status: 'shorter', used: shorter } : { status: 'unknown' };
  }
  return { status: 'known' };
}

/** Splits a run of Chinese characters into words, as Pagefind does with the query (Intl.Segmenter). */
export type Segment = (run: string) => string[];

/** Chinese word segmentation with the runtime's Intl.Segmenter (browsers and Node have it). */
export function chineseSegmenter(): Segment {
  const seg = new Intl.Segmenter('zh', { granularity: 'word' });
  return (run) => [...seg.segment(run)].filter((s) => s.isWordLike !== false && s.segment.trim()).map((s) => s.segment);
}

const HAN = /\p{Script=Han}/u;

export class QueryPlanner {
  private forms: CompiledForm[];
  private formWords: Set<string>;
  private segment: Segment;
  readonly vocabulary: SearchVocabulary;
  constructor(vocabulary: SearchVocabulary, segment: Segment = (run) => [run]) {
    this.vocabulary = vocabulary;
    this.segment = segment;
    this.forms = compileForms(vocabulary.terms);
    this.formWords = new Set(this.forms.filter((f) => !f.han).flatMap((f) => f.words));
  }

  async plan(query: string, probe: IndexProbe): Promise<QueryPlan> {
    const corrected: [string, string][] = [];
    // A misspelt word of a glossary form ("hotlne") is fixed first, so that the form is recognised.
    const words = normalizeText(query)
      .split(' ')
      .filter(Boolean)
      .map((w) => {
        if (this.formWords.has(w) || HAN.test(w)) return w;
        const near = closestWord(this.formWords, w);
        if (!near) return w;
        corrected.push([w, near]);
        return near;
      });
    const pieces = matchTerms(words.join(' '), this.forms);
    // A correction that did not complete a glossary form is undone: the index decides about that word.
    const used = new Set(pieces.flatMap((p) => (p.kind === 'word' ? [p.text] : [])));
    for (let i = corrected.length - 1; i >= 0; i--) {
      const [typed, near] = corrected[i]!;
      if (!used.has(near)) continue;
      corrected.splice(i, 1);
      for (const p of pieces) if (p.kind === 'word' && p.text === near) p.text = typed;
    }
    const out: string[] = [];
    const terms: string[] = [];
    const unknown: string[] = [];
    for (const p of pieces) {
      if (p.kind === 'term') {
        if (!terms.includes(p.id)) terms.push(p.id);
        out.push(termToken(p.id));
        continue;
      }
      // Chinese is probed word by word, as Pagefind will search it.
      for (const w of HAN.test(p.text) ? this.segment(p.text) : [p.text]) {
        const r = await probeWord(probe, w);
        if (r.status === 'unknown') unknown.push(w);
        else if (r.status === 'shorter') corrected.push([w, `${r.used}…`]);
      }
      out.push(p.text);
    }
    const typed = normalizeText(query);
    const pin = this.vocabulary.bets.find((b) => b.queries.includes(typed))?.path;
    return { search: unknown.length > 0 ? '' : out.join(' '), terms, corrected, unknown, ...(pin ? { pin } : {}) };
  }

  /**
   * Glossary terms to offer when a query found nothing: those with a form closest to a
   * word of the query (prefix or a few edits), best first.
   */
  suggest(query: string, limit = 5): SynonymTerm[] {
    const words = normalizeText(query).split(' ').filter((w) => w.length >= 2);
    if (words.length === 0) return [];
    const scored: [number, SynonymTerm][] = [];
    for (const t of this.vocabulary.terms) {
      let best = Infinity;
      for (const f of t.forms) {
        for (const fw of normalizeText(f).split(' ')) {
          for (const w of words) {
            const d = fw.startsWith(w) || w.startsWith(fw) ? Math.abs(fw.length - w.length) / 10 : editDistance(w, fw, 3);
            if (d < best) best = d;
          }
        }
      }
      if (best <= 2) scored.push([best, t]);
    }
    return scored.sort((a, b) => a[0] - b[0] || a[1].id.localeCompare(b[1].id)).slice(0, limit).map(([, t]) => t);
  }
}

/** Results with a best bet first: `pinned` is the same search narrowed to the bet's page (filter `bet`). */
export function pinFirst<R>(results: R[], pinned: R[], key: (r: R) => string): R[] {
  const top = pinned[0];
  if (!top) return results;
  return [top, ...results.filter((r) => key(r) !== key(top))];
}
