/**
 * Synonyms for search, derived from the glossary (content/glossary/): every written form
 * of a term (the term in vi/zh/en, abbreviations, variants) stands for the same thing.
 *
 * Two halves, one vocabulary:
 * - at build time, a page that contains any form of a term gets, in its index copy only,
 *   the other forms and the term's token (`termToken`), repeated as often as the page
 *   uses the term (src/lib/search-index.ts);
 * - in the browser, a query is rewritten: every form it contains becomes that token
 *   (src/lib/search-query.ts), so "C/O mẫu E", "visa" or "签证" match exactly the pages
 *   that use some form of those terms, instead of Pagefind's prefix matching on "c", "o"
 *   and "e", which matches most of the site.
 * Pure: no Astro, no file system; the same code runs in the build, tests and browser.
 */
import { fold } from './fold.ts';

/** A glossary entry reduced to what search needs. */
export interface SynonymTerm {
  id: string;
  /** The preferred term per language (shown in suggestions). */
  label: { vi: string; zh: string; en: string };
  /** Every form a reader may type, any language. */
  forms: string[];
}

/** The shape of a glossary record that matters here (src/schemas/glossary.ts). */
export interface GlossaryLike {
  term: { vi: string; zh: string; en: string };
  abbreviations?: string[];
  variants?: { vi?: string[]; zh?: string[]; en?: string[] };
  /** Forms translators must not use are still typed by readers ("E表"): search understands them too. */
  avoid?: { vi?: string[]; zh?: string[]; en?: string[] };
}

export function synonymTerm(id: string, g: GlossaryLike): SynonymTerm {
  const forms = [
    g.term.vi,
    g.term.zh,
    g.term.en,
    ...(g.abbreviations ?? []),
    ...(g.variants?.vi ?? []),
    ...(g.variants?.zh ?? []),
    ...(g.variants?.en ?? []),
    ...(g.avoid?.vi ?? []),
    ...(g.avoid?.zh ?? []),
    ...(g.avoid?.en ?? []),
  ];
  return { id, label: { ...g.term }, forms: [...new Set(forms)] };
}

const HAN = /\p{Script=Han}/u;
const RUN = /[\p{L}\p{N}]+/gu;

/**
 * The comparable form of a text: folded (no diacritics, đ → d, lower case), punctuation
 * and spacing reduced to single spaces, Chinese characters kept. "C/O" → "c o",
 * "Mẫu E" → "mau e", "hợp pháp hoá" and "hợp pháp hóa" → "hop phap hoa".
 */
export function normalizeText(text: string): string {
  return (fold(text).match(RUN) ?? []).join(' ');
}

/**
 * The token that stands for a term in the index and in rewritten queries: one word that
 * no text contains and that is not a prefix of another token ("zzvisazz" vs "zzvisaxzz").
 * Letters only, so no stemmer or tokenizer splits it.
 */
export function termToken(id: string): string {
  return `zz${id.replace(/[^a-z]/g, (c) => (c === '-' ? 'x' : String.fromCharCode(97 + Number(c))))}zz`;
}

/** A form ready for matching: its words, and whether it is Chinese (matched inside runs). */
export interface CompiledForm {
  id: string;
  words: string[];
  han: boolean;
  text: string;
}

/**
 * Runs of single letters written together: abbreviations are typed with and without dots,
 * slashes or spaces ("C/O", "C.O", "CO"; "M.O.U." and "MOU"), which normalize to "c o"
 * and "co". "c o mau e" → "co mau e", "m o u" → "mou".
 */
export function compactLetters(normalized: string): string {
  return normalized.replace(/\b(?:\p{L} )+\p{L}\b/gu, (run) => (/^(?:[a-z0-9] )+[a-z0-9]$/.test(run) ? run.replace(/ /g, '') : run));
}

/**
 * Whether a form's letters-together variant may stand for it: not when it is one short
 * word ("C/O" as "co" would swallow the Vietnamese "có", "cơ", "cổ" typed without diacritics).
 */
function compactVariant(text: string): string | undefined {
  const compact = compactLetters(text);
  if (compact === text) return undefined;
  return compact.includes(' ') || compact.length >= 3 ? compact : undefined;
}

/**
 * Every form of every term, longest first, so "giấy chứng nhận xuất xứ hàng hóa" wins over
 * "giấy chứng nhận"; with each form's letters-together variant ("co mau e" for "C/O mẫu E"),
 * and, where a form names another term ("C/O mẫu E" names "C/O"), the same form with that
 * term's other forms ("chứng nhận xuất xứ mẫu E", "certificate of origin mẫu E"): people mix
 * them. A derived form that is another term's own form is left out.
 */
export function compileForms(terms: SynonymTerm[]): CompiledForm[] {
  const out: CompiledForm[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string) => {
    if (!text || seen.has(`${id}\u0000${text}`)) return;
    seen.add(`${id}\u0000${text}`);
    out.push({ id, words: text.split(' '), han: HAN.test(text), text });
  };
  const own = terms.map((t) => ({ id: t.id, texts: [...new Set(t.forms.map(normalizeText).filter(Boolean))] }));
  const explicit = new Set(own.flatMap((t) => t.texts));
  for (const t of own) for (const text of t.texts) add(t.id, text);
  for (const t of own) {
    for (const text of t.texts) {
      const compact = compactVariant(text);
      if (compact && !explicit.has(compact)) add(t.id, compact);
    }
  }
  // Latin-script forms only: Chinese runs are matched term by term anyway ("原产地证书E表").
  const latin = own.map((t) => ({ id: t.id, texts: t.texts.filter((f) => !HAN.test(f)) }));
  for (const b of latin) {
    for (const fb of b.texts) {
      const padded = ` ${fb} `;
      for (const a of latin) {
        if (a.id === b.id) continue;
        // The longest of the other term's forms named inside this one ("giấy chứng nhận xuất xứ", not "chứng nhận xuất xứ").
        let inner: string | undefined;
        for (const fa of a.texts) if (fa !== fb && fa.length < fb.length && (!inner || fa.length > inner.length) && padded.includes(` ${fa} `)) inner = fa;
        if (!inner) continue;
        for (const other of a.texts) {
          if (other === inner) continue;
          const derived = padded.replace(` ${inner} `, ` ${other} `).trim();
          if (!explicit.has(derived)) add(b.id, derived);
        }
      }
    }
  }
  return out.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/**
 * Terms that are a narrower kind of another (by their forms): B is narrower than A when a
 * form of B contains a form of A ("C/O mẫu E" contains "C/O"; "Form E certificate of
 * origin" contains "certificate of origin"). A query naming both ("C/O Form E") means B.
 */
export function narrowerTerms(forms: CompiledForm[], ids: string[]): Map<string, Set<string>> {
  const byId = new Map<string, CompiledForm[]>();
  for (const f of forms) if (ids.includes(f.id)) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  const contains = (outer: CompiledForm, inner: CompiledForm): boolean => {
    if (outer.han || inner.han) return outer.text !== inner.text && outer.text.includes(inner.text);
    if (inner.words.length >= outer.words.length) return false;
    for (let i = 0; i + inner.words.length <= outer.words.length; i++) if (inner.words.every((w, k) => outer.words[i + k] === w)) return true;
    return false;
  };
  const broader = new Map<string, Set<string>>();
  for (const b of ids)
    for (const a of ids)
      if (a !== b && (byId.get(b) ?? []).some((fb) => (byId.get(a) ?? []).some((fa) => contains(fb, fa)))) broader.set(b, (broader.get(b) ?? new Set()).add(a));
  return broader;
}

/** Piece of normalized text: a word of a spaced script, or a run of Chinese characters. */
type Piece = { kind: 'word'; text: string } | { kind: 'term'; id: string };

/**
 * Finds the forms of terms in normalized text. Latin forms match whole words in order;
 * Chinese forms ("签证", "E表") match anywhere inside a word that holds Chinese characters (Chinese has no spaces).
 * Longest forms first; a matched stretch is not matched again.
 */
export function matchTerms(normalized: string, forms: CompiledForm[]): Piece[] {
  const words = normalized ? normalized.split(' ') : [];
  const pieces: Piece[] = [];
  let i = 0;
  outer: while (i < words.length) {
    const w = words[i]!;
    if (HAN.test(w)) {
      pieces.push(...matchHanRun(w, forms));
      i++;
      continue;
    }
    for (const f of forms) {
      if (f.han || f.words[0] !== w || i + f.words.length > words.length) continue;
      if (f.words.every((fw, k) => words[i + k] === fw)) {
        pieces.push({ kind: 'term', id: f.id });
        i += f.words.length;
        continue outer;
      }
    }
    pieces.push({ kind: 'word', text: w });
    i++;
  }
  return pieces;
}

function matchHanRun(run: string, forms: CompiledForm[]): Piece[] {
  for (const f of forms) {
    if (!f.han) continue;
    const at = run.indexOf(f.text);
    if (at < 0) continue;
    const before = run.slice(0, at);
    const after = run.slice(at + f.text.length);
    return [...(before ? matchHanRun(before, forms) : []), { kind: 'term', id: f.id }, ...(after ? matchHanRun(after, forms) : [])];
  }
  return [{ kind: 'word', text: run }];
}

/** How often each term occurs in a text (any of its forms). */
export function countTerms(text: string, forms: CompiledForm[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of matchTerms(normalizeText(text), forms)) if (p.kind === 'term') counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  return counts;
}

/** Repeats of a term's token in a page's index copy: enough to rank pages that use a term often, capped so that one long page does not swamp the rest. */
export const MAX_TOKEN_REPEATS = 8;

/**
 * The words added to a page's index copy for the terms it contains: each term's token,
 * repeated by use, which the search page's rewritten queries match. With `forms`, also
 * every form of the term, so that a raw query sent straight to Pagefind ("visa" on a page
 * that says "thị thực") finds the page too: that is the other way of doing synonyms, which
 * `npm run bench:relevance` measures against rewriting (README, Search relevance). It is
 * off on the site: the search page always rewrites, and the forms would make every result
 * fragment a reader downloads longer.
 */
export function synonymWords(counts: Map<string, number>, terms: Map<string, SynonymTerm>, forms = false): string[] {
  const out: string[] = [];
  for (const [id, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const t = terms.get(id);
    if (!t) continue;
    for (let k = 0; k < Math.min(n, MAX_TOKEN_REPEATS); k++) out.push(termToken(id));
    if (forms) out.push(...t.forms.map(normalizeText));
  }
  return out;
}
