/**
 * Traditional Chinese typed into a site written in simplified Chinese ("簽證" for "签证"):
 * readers from Hong Kong, Macao and Taiwan type the characters they use, and Pagefind only
 * finds the simplified ones the pages hold. The build publishes the pairs for the characters
 * the site uses (src/node/traditional-chinese.ts); the search page turns a query into the
 * site's script with them before searching.
 */

/** Pairs as published: traditional then simplified, one code point each, concatenated. */
export function parsePairs(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** Writes pairs in the published form, sorted so that the file is the same on every build. */
export function formatPairs(map: ReadonlyMap<string, string>): string {
  return [...map]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([t, s]) => t + s)
    .join('');
}

/** A function that replaces every traditional character the pairs know by its simplified form. */
export function simplifier(pairs: string | ReadonlyMap<string, string>): (text: string) => string {
  const map = typeof pairs === 'string' ? parsePairs(pairs) : pairs;
  if (map.size === 0) return (text) => text;
  return (text) => {
    let out = '';
    for (const c of text) out += map.get(c) ?? c;
    return out;
  };
}
