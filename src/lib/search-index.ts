/**
 * What goes into the search index, decided from a built page's route (its kind in the
 * route table, src/lib/route-kinds.ts) and its HTML, so the Pagefind integration stays a
 * thin loop and the rules are unit-tested.
 *
 * - The route's search rule says whether a page may be indexed: never (verification
 *   pages, the editors' guide, the search page itself, the 404 page and facet lists, which
 *   only repeat entries that are indexed on their own), when its template marks its main
 *   content with `data-pagefind-body` (entry pages), or always, as a page people look for
 *   by name ("page") or a DDCI page ("ddci"), marked here if the template did not.
 * - Each indexed page gets, in the index only (the published HTML is untouched), a
 *   low-weight block at its end with the folded form of its words that contain đ/Đ, so
 *   that "dau tu" finds "đầu tư" while exact-diacritic matches keep ranking first.
 * - Parts marked `data-search-aside` (the key-facts table) move into that block: still
 *   found, at lower weight, but never shown as a result's excerpt, which should quote
 *   what the page says rather than its table of dates and labels.
 */
import { FOLD_SENTINEL, strokeWordsFolded } from './fold.ts';
import { routes } from './routes.ts';
import type { RouteFacts } from './route-kinds.ts';
import { countTerms, normalizeText, synonymWords, termToken, type CompiledForm, type SynonymTerm } from './search-synonyms.ts';

/** A built page as search sees it: its locale-free path and its route's search rule. */
export type IndexPage = Pick<RouteFacts, 'path' | 'search'>;

/** What the index adds to pages beyond their own text: glossary synonyms and editors' best bets. */
export interface IndexContext {
  /** Glossary forms, compiled (src/lib/search-synonyms.ts). */
  forms: CompiledForm[];
  terms: Map<string, SynonymTerm>;
  /** Best-bet queries per locale-free page path ("/contact/"). */
  bets: Map<string, string[]>;
  /** Also add every form of the terms a page uses (for measuring synonyms without query rewriting). */
  indexForms?: boolean;
}

/**
 * Weight of the best-bet block: Pagefind's maximum, above an h1 (7), so that a page an
 * editor chose for a query ranks first for it.
 */
export const BET_WEIGHT = 10;
/** The filter that marks a best-bet target page, valued with its locale-free path. */
export const BET_FILTER = 'bet';
/** How often the best-bet words are repeated in that block. */
export const BET_REPEATS = 3;
/** Weight of the tokens of terms named in a page's title: that of the title itself. */
export const TITLE_TERM_WEIGHT = 7;

/**
 * Weight of the folded block. Measured with Pagefind 1.6 on pages that differ only in
 * one word: at 0.5 a word found through our folding ("đầu" for "dau") scores about the
 * same as one Pagefind folds itself ("dầu" for "dau"), and both stay well below an exact
 * match ("dau"). At 1.0 a folded match would tie with the exact one.
 */
export const FOLD_WEIGHT = 0.5;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const TOKEN = /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function hasAttr(attrs: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|/|$)`).test(attrs);
}

/**
 * The text Pagefind will index from a page: everything inside `data-pagefind-body`
 * elements, minus `data-pagefind-ignore` subtrees, scripts and styles. A small scanner
 * is enough because the input is Astro's own well-formed output.
 */
export function extractIndexedText(html: string): string {
  const stack: { name: string; body: boolean; ignore: boolean }[] = [];
  let body = 0;
  let ignore = 0;
  let out = '';
  for (const m of html.matchAll(TOKEN)) {
    const [tok, , close, open, attrs = ''] = m;
    if (tok.startsWith('<!--') || m[1]) continue;
    if (close) {
      const name = close.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at < 0) continue;
      for (const e of stack.splice(at)) {
        if (e.body) body--;
        if (e.ignore) ignore--;
      }
      if (!INLINE.has(name)) out += ' ';
      continue;
    }
    if (open) {
      const name = open.toLowerCase();
      if (!INLINE.has(name)) out += ' ';
      if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
      const e = { name, body: hasAttr(attrs, 'data-pagefind-body'), ignore: hasAttr(attrs, 'data-pagefind-ignore') };
      if (e.body) body++;
      if (e.ignore) ignore++;
      stack.push(e);
      continue;
    }
    if (body > 0 && ignore === 0) out += decodeEntities(tok);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The HTML to hand Pagefind for a built page, or null when the page stays out of the
 * index. Adds the folded block (always, even empty, so the sentinel reliably ends a
 * result's own text) and, for pages always indexed but not marked, the body and type markers.
 */
export function prepareForIndex(route: IndexPage, html: string, ctx?: IndexContext): string | null {
  const rule = route.search ?? 'never';
  if (rule === 'never') return null;
  let page = html;
  if (!hasBodyMarker(page)) {
    const type = rule === 'page' || rule === 'ddci' ? rule : undefined;
    if (!type || !/<main\b/.test(page)) return null;
    page = page.replace(/<main\b/, '<main data-pagefind-body');
    page = insertBeforeBodyEnd(page, `<span hidden data-pagefind-filter="type:${type}"></span>`, true);
  }
  const text = extractIndexedText(page);
  const folded = strokeWordsFolded(text);
  const extra: string[] = [];
  // The glossary page names every form of every term: tokens there would put it first for
  // every term query, ahead of the pages about the matter. It is found by its own best bets.
  if (ctx && route.path !== routes.glossary()) {
    // Glossary synonyms: the other forms and the token of every term the page uses.
    folded.push(...synonymWords(countTerms(text, ctx.forms), ctx.terms, ctx.indexForms));
    const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(page)?.[1];
    const titleTerms = title ? [...countTerms(decodeEntities(title.replace(/<[^>]+>/g, ' ')), ctx.forms).keys()] : [];
    if (titleTerms.length > 0) extra.push(weighted(TITLE_TERM_WEIGHT, titleTerms.map(termToken).join(' ')));
  }
  if (ctx) {
    const bets = ctx.bets.get(route.path) ?? [];
    if (bets.length > 0) {
      const words = bets.flatMap((q) => [normalizeText(q), ...[...countTerms(q, ctx.forms).keys()].map(termToken)]);
      // Repeated, so that the chosen page outranks pages that use the words in their title and throughout.
      extra.push(weighted(BET_WEIGHT, Array(BET_REPEATS).fill(words.join(' ')).join(' ')));
      // And a filter naming the page, so the search page can fetch it and put it first (search-query.ts).
      extra.push(`<span hidden data-pagefind-filter="${BET_FILTER}:${route.path}"></span>`);
    }
  }
  const asides: string[] = [];
  for (const [start, end] of elementRanges(page, 'data-search-aside').reverse()) {
    asides.unshift(page.slice(start, end));
    page = page.slice(0, start) + page.slice(end);
  }
  const block = `<div hidden data-pagefind-body data-pagefind-weight="${FOLD_WEIGHT}">${FOLD_SENTINEL} ${escapeText(folded.join(' '))}${asides.join('')}</div>`;
  return insertBeforeBodyEnd(page, block + extra.join(''), false);
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A hidden block of index-only words at a weight; it follows the folded block, so results never quote it. */
function weighted(weight: number, words: string): string {
  return `<div hidden data-pagefind-body data-pagefind-weight="${weight}">${escapeText(words)}</div>`;
}

/** Start and end offsets of the outermost elements whose start tag carries `attr`. */
export function elementRanges(html: string, attr: string): [number, number][] {
  const ranges: [number, number][] = [];
  const stack: string[] = [];
  let open: { depth: number; start: number } | undefined;
  for (const m of html.matchAll(TOKEN)) {
    const [tok, , close, name, attrs = ''] = m;
    if (close) {
      const at = stack.lastIndexOf(close.toLowerCase());
      if (at < 0) continue;
      stack.length = at;
      if (open && stack.length <= open.depth) {
        ranges.push([open.start, m.index + tok.length]);
        open = undefined;
      }
    } else if (name) {
      const tag = name.toLowerCase();
      if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
      if (!open && hasAttr(attrs, attr)) open = { depth: stack.length, start: m.index };
      stack.push(tag);
    }
  }
  return ranges;
}

function hasBodyMarker(html: string): boolean {
  return /<[a-zA-Z][^>]*\sdata-pagefind-body[\s=>/]/.test(html);
}

/** Inserts before </main> (inside the indexed area) or before </body>. */
function insertBeforeBodyEnd(html: string, fragment: string, inMain: boolean): string {
  const tag = inMain ? '</main>' : '</body>';
  const at = html.lastIndexOf(tag);
  return at < 0 ? html + fragment : html.slice(0, at) + fragment + html.slice(at);
}
