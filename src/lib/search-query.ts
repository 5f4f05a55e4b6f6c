/**
 * What the search page sends to Pagefind for what a person typed, and when it sends nothing.
 *
 * Why: Pagefind matches every query word as a prefix, and when no indexed word starts
 * with it, it falls back to the longest indexed word that the query word starts with
 * (`find_word_extensions` in Pagefind's search core). On the Vietnamese index "visa" thus
 * matches "vi" (from "vị", "đơn vị"), and "banana" matches "ba": a word that appears
 * nowhere on the site returns dozens of unrelated pages. The build therefore publishes,
 * per language, the words of the index (the lexicon, src/integrations/pagefind.ts), and
 * the page checks each query word against it before searching:
 *
 * 1. glossary forms in the query become their term's token (src/lib/search-synonyms.ts);
 * 2. a word is kept when an indexed word starts with it (Pagefind's own prefix match);
 *    in English also when it is an indexed word of four or more letters plus an ending
 *    of up to three letters ("visas", "investors"), which Pagefind's stemmer handles;
 * 3. otherwise a close indexed word (one edit, two for long words) replaces it, and the
 *    page says so ("Showing results for …");
 * 4. otherwise the query matches nothing and Pagefind is not asked at all.
 * Pure: runs in the browser, the benchmark and tests.
 */
import { compileForms, matchTerms, normalizeText, termToken, type CompiledForm, type SynonymTerm } from './search-synonyms.ts';

/** What the build publishes per language for the search page (`/pagefind/sngv-<lang>.json`). */
export interface SearchVocabulary {
  /** Sorted, normalized (folded) words of the language's index, Latin script and digits. */
  words: string[];
  /** Every Chinese character of the language's index, in one string. */
  han: string;
  /** The glossary, for rewriting and for suggestions. */
  terms: SynonymTerm[];
  /** Whether the language's index stems words (English). */
  stems: boolean;
}

export interface QueryPlan {
  /** The text to hand Pagefind; empty when nothing can match. */
  search: string;
  /** Glossary terms recognised in the query, by id. */
  terms: string[];
  /** Words replaced by a close indexed word: [typed, used]. */
  corrected: [string, string][];
  /** Words that appear nowhere in the index (the query then matches nothing). */
  unknown: string[];
}

const HAN = /\p{Script=Han}/u;

/** Index of the first word ≥ w in a sorted list. */
function lowerBound(words: string[], w: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < w) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasPrefix(words: string[], w: string): boolean {
  const at = lowerBound(words, w);
  return at < words.length && words[at]!.startsWith(w);
}

/** English endings the stemmer removes: a word is known when its stem is. */
function knownByStem(words: string[], w: string): boolean {
  for (let cut = 1; cut <= 3 && w.length - cut >= 4; cut++) {
    const stem = w.slice(0, -cut);
    const at = lowerBound(words, stem);
    if (words[at] === stem) return true;
  }
  return false;
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

/** How many edits a typed word of this length may need: none below four letters. */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** The closest indexed word within the allowed edits, preferring fewer edits, then the same first letter, then alphabetical. */
export function closestWord(words: string[], w: string): string | undefined {
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

export class QueryPlanner {
  private forms: CompiledForm[];
  readonly vocabulary: SearchVocabulary;
  constructor(vocabulary: SearchVocabulary) {
    this.vocabulary = vocabulary;
    this.forms = compileForms(vocabulary.terms);
  }

  /** Whether Pagefind would match this (normalized) word by prefix rather than by its fallback. */
  known(word: string): boolean {
    if (HAN.test(word)) return [...word].every((c) => !HAN.test(c) || this.vocabulary.han.includes(c));
    return hasPrefix(this.vocabulary.words, word) || (this.vocabulary.stems && knownByStem(this.vocabulary.words, word));
  }

  plan(query: string): QueryPlan {
    const pieces = matchTerms(normalizeText(query), this.forms);
    const out: string[] = [];
    const terms: string[] = [];
    const corrected: [string, string][] = [];
    const unknown: string[] = [];
    for (const p of pieces) {
      if (p.kind === 'term') {
        if (!terms.includes(p.id)) terms.push(p.id);
        out.push(termToken(p.id));
        continue;
      }
      if (this.known(p.text)) {
        out.push(p.text);
        continue;
      }
      const near = HAN.test(p.text) ? undefined : closestWord(this.vocabulary.words, p.text);
      if (near) {
        corrected.push([p.text, near]);
        out.push(near);
      } else unknown.push(p.text);
    }
    return { search: unknown.length > 0 ? '' : out.join(' '), terms, corrected, unknown };
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
