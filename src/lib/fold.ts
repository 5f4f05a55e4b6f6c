/**
 * Folding of Vietnamese text for search: "Đầu tư" → "dau tu".
 *
 * Pagefind already strips combining marks (ầ → a, ư → u, ơ → o) from both the index
 * and the query, but "đ" is a letter of its own in Unicode (U+0111, no decomposition),
 * so "dau tu" never meets "đầu tư" there. The search index therefore gets, per page,
 * a low-weight copy of every word that contains đ/Đ, folded with `fold` (see
 * src/lib/search-index.ts); the search page folds page text with the same function to
 * highlight what matched. Used at build time and in the browser: no dependencies.
 */

/** Letters that Unicode does not decompose but Vietnamese readers treat as accented. */
const STROKE: Record<string, string> = { đ: 'd', Đ: 'd' };

const MARKS = /\p{M}/gu;

/**
 * Folds one character to one lower-case character, so that a folded string has the
 * same length as its NFC source and positions found in the folded text can be used
 * to highlight the original.
 */
function foldChar(ch: string): string {
  const stroke = STROKE[ch];
  if (stroke) return stroke;
  const base = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  // A few characters lower-case to two (İ → i̇); keep the length contract instead.
  return base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
}

/**
 * Lower-cases and removes Vietnamese (and other Latin) diacritics, đ/Đ included.
 * Input is normalised to NFC first; the result has one UTF-16 unit per UTF-16 unit of
 * that NFC text (characters outside the BMP are kept as they are).
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += ch.length === 1 ? foldChar(ch) : ch;
  return out;
}

/** True when a word holds a letter that Pagefind's own folding leaves alone. */
export function hasStroke(word: string): boolean {
  return /[đĐ]/.test(word);
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The folded forms of every word of `text` that contains đ/Đ, in reading order and with
 * repeats (so that a page saying "đầu tư" ten times still weighs more than one saying it
 * once). Words without đ are left out: Pagefind folds those by itself.
 */
export function strokeWordsFolded(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').matchAll(WORD)) if (hasStroke(m[0])) out.push(fold(m[0]));
  return out;
}

/**
 * Starts the folded block in the index (src/lib/search-index.ts), so that a result's text
 * can be cut back to what the page really says. A character no editor types (⁂).
 */
export const FOLD_SENTINEL = '\u2042';

/** The text of a search result without the folded block the index adds. */
export function stripFolded(content: string): string {
  const at = content.lastIndexOf(FOLD_SENTINEL);
  return (at < 0 ? content : content.slice(0, at)).trimEnd();
}
