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
import { compactLetters, compileForms, matchTerms, narrowerTerms, normalizeText, termToken, type CompiledForm, type SynonymTerm } from './search-synonyms.ts';

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
  /** The same, word by word (Chinese segmented): what `relaxedSearch` leaves out one at a time. */
  parts: string[];
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

/**
 * British and American spellings of the same word ("organize"/"organise", "center"/"centre",
 * "labor"/"labour", "license"/"licence", "catalog"/"catalogue", "traveled"/"travelled"):
 * the other forms of a word, tried when the word itself appears nowhere.
 */
export function spellingVariants(w: string): string[] {
  if (!/^[a-z]+$/.test(w) || w.length < 4) return [];
  const out = new Set<string>();
  const swap = (re: RegExp, to: string) => {
    const v = w.replace(re, to);
    if (v !== w) out.add(v);
  };
  swap(/iz(e|es|ed|ing|ation|ations|er|ers)$/, 'is$1');
  swap(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1');
  swap(/yz(e|es|ed|ing|er|ers)$/, 'ys$1');
  swap(/ys(e|es|ed|ing|er|ers)$/, 'yz$1');
  swap(/([^aeiou])or(s|ed|ing)?$/, '$1our$2');
  swap(/our(s|ed|ing)?$/, 'or$1');
  swap(/([^aeiou])er(s)?$/, '$1re$2');
  swap(/([^aeiou])re(s)?$/, '$1er$2');
  swap(/ense(s)?$/, 'ence$1');
  swap(/ence(s)?$/, 'ense$1');
  swap(/og(s)?$/, 'ogue$1');
  swap(/ogue(s)?$/, 'og$1');
  swap(/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2');
  swap(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  swap(/([aeiou])lment(s)?$/, '$1llment$2');
  swap(/([aeiou])llment(s)?$/, '$1lment$2');
  return [...out];
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
  private simplify: (text: string) => string;
  /** `simplify`: turns traditional Chinese into the site's simplified script (chinese-script.ts). */
  constructor(vocabulary: SearchVocabulary, segment: Segment = (run) => [run], simplify: (text: string) => string = (t) => t) {
    this.vocabulary = vocabulary;
    this.segment = segment;
    this.simplify = simplify;
    this.forms = compileForms(vocabulary.terms);
    this.formWords = new Set(this.forms.filter((f) => !f.han).flatMap((f) => f.words));
  }

  async plan(typedQuery: string, probe: IndexProbe): Promise<QueryPlan> {
    const corrected: [string, string][] = [];
    // "簽證" is searched as "签证", the script the pages are written in, and the reader is told.
    const query = this.simplify(typedQuery);
    // Abbreviations typed with their letters apart ("M.O.U." → "m o u") are read as written
    // together ("mou") when that recognises more of the query as glossary terms.
    const normalized = normalizeText(query);
    const compact = compactLetters(normalized);
    const covered = (text: string) => matchTerms(text, this.forms).filter((p) => p.kind === 'term').length;
    const text = compact !== normalized && covered(compact) > covered(normalized) ? compact : normalized;
    // A misspelt word of a glossary form ("hotlne") is fixed first, so that the form is recognised.
    const words = text
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
    // Told first, and after the undoing above, which is for misspelt glossary words only.
    if (query !== typedQuery) corrected.unshift([normalizeText(typedQuery), normalizeText(query)]);
    const out: string[] = [];
    const parts: string[] = [];
    const terms: string[] = [];
    const unknown: string[] = [];
    // A term and a narrower kind of it ("C/O" and "Form E" in "C/O Form E"): the query means the narrower one.
    const named = [...new Set(pieces.flatMap((p) => (p.kind === 'term' ? [p.id] : [])))];
    const narrower = named.length > 1 ? narrowerTerms(this.forms, named) : new Map<string, Set<string>>();
    const redundant = new Set([...narrower.values()].flatMap((s) => [...s]));
    for (const p of pieces) {
      if (p.kind === 'term') {
        if (redundant.has(p.id) || terms.includes(p.id)) continue;
        terms.push(p.id);
        out.push(termToken(p.id));
        parts.push(termToken(p.id));
        continue;
      }
      // Chinese is probed word by word, as Pagefind will search it.
      let searched = p.text;
      for (const w of HAN.test(p.text) ? this.segment(p.text) : [p.text]) {
        let r = await probeWord(probe, w);
        let used = w;
        // The other spelling ("organize" on a site written "organise").
        for (const v of r.status === 'unknown' ? spellingVariants(w) : []) {
          const rv = await probeWord(probe, v);
          if (rv.status === 'unknown') continue;
          [r, used] = [rv, v];
          corrected.push([w, v]);
          searched = v;
          break;
        }
        if (r.status === 'unknown') unknown.push(w);
        else if (r.status === 'shorter') corrected.push([used, `${r.used}…`]);
        parts.push(used);
      }
      out.push(searched);
    }
    const typed = normalizeText(query);
    const pin = this.vocabulary.bets.find((b) => b.queries.includes(typed) || b.queries.includes(text))?.path;
    const none = unknown.length > 0;
    return { search: none ? '' : out.join(' '), parts: none ? [] : parts, terms, corrected, unknown, ...(pin ? { pin } : {}) };
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

/** Below this many results, pages matching all words but one follow them (`relaxedSearch`). */
export const RELAX_BELOW = 5;

/**
 * Pagefind finds only pages with every word of a query, so one word a page does not use
 * ("visa application", "legalisation of documents", "giấy phép hội nghị") can hide the page
 * that answers it. When the whole query finds fewer than `RELAX_BELOW` pages, the pages
 * found by the query without one of its words follow: those found by more of these
 * searches first, then by their best rank in one. A glossary term is never the word left
 * out (it is what the query is about; "of documents" alone matches every page), so each
 * page has every term and all other words but one. A query with a word found nowhere is
 * still not searched at all (QueryPlanner).
 */
export async function relaxedSearch<R>(plan: Pick<QueryPlan, 'parts' | 'terms'>, strict: R[], search: (query: string) => Promise<R[]>, key: (r: R) => string, below = RELAX_BELOW): Promise<R[]> {
  const { parts } = plan;
  const tokens = new Set(plan.terms.map(termToken));
  if (parts.length < 2 || strict.length >= below) return strict;
  const seen = new Set(strict.map(key));
  const found = new Map<string, { r: R; hits: number; best: number }>();
  for (let i = 0; i < parts.length; i++) {
    if (tokens.has(parts[i]!)) continue;
    const rest = parts.filter((_, k) => k !== i).join(' ');
    const results = await search(rest);
    results.forEach((r, rank) => {
      const k = key(r);
      if (seen.has(k)) return;
      const f = found.get(k);
      if (f) {
        f.hits++;
        f.best = Math.min(f.best, rank);
      } else found.set(k, { r, hits: 1, best: rank });
    });
  }
  const extra = [...found.values()].sort((a, b) => b.hits - a.hits || a.best - b.best).map((f) => f.r);
  return [...strict, ...extra];
}

/** Results with a best bet first: `pinned` is the same search narrowed to the bet's page (filter `bet`). */
export function pinFirst<R>(results: R[], pinned: R[], key: (r: R) => string): R[] {
  const top = pinned[0];
  if (!top) return results;
  return [top, ...results.filter((r) => key(r) !== key(top))];
}
