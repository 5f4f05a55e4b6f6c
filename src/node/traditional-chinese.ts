/**
 * The traditional → simplified pairs the search page needs, computed with OpenCC's
 * dictionaries (opencc-js) rather than a hand-kept table: every character OpenCC converts
 * to a single simplified character, kept only where that character occurs on the site and
 * the traditional one does not (a character the site itself writes, such as 著 or 乾, is
 * never rewritten). A few hundred pairs, a few KB, loaded by Chinese searches only.
 */
import * as OpenCC from 'opencc-js';
import { formatPairs } from '../lib/chinese-script.ts';

let table: Map<string, string> | undefined;

/** Every single-character traditional → simplified conversion OpenCC knows (CJK blocks, Ext. A). */
function allPairs(): Map<string, string> {
  if (table) return table;
  // OpenCC's standard traditional, then Taiwan's and Hong Kong's variant characters.
  const convert = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  table = new Map();
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    const c = String.fromCodePoint(cp);
    for (const f of convert) {
      const s = f(c);
      if (s !== c && [...s].length === 1) {
        table.set(c, s);
        break;
      }
    }
  }
  return table;
}

/** The pairs for a site whose Chinese text uses `siteChars`, in the published form. */
export function traditionalPairs(siteChars: ReadonlySet<string>): string {
  const out = new Map<string, string>();
  for (const [t, s] of allPairs()) if (siteChars.has(s) && !siteChars.has(t)) out.set(t, s);
  return formatPairs(out);
}

/** The Han characters of a text, added to `into`. */
export function collectHan(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/\p{Script=Han}/gu)) into.add(m[0]);
}
