/**
 * Just enough HTML reading for the link and security gates: the URL-bearing attributes
 * of tags and the ids a fragment can point at. Astro's output is regular (quoted
 * attributes, no comments in markup), so a tag scanner is exact here and fast on
 * thousands of pages; contents of <script> and <style> are skipped.
 */

export interface Ref {
  tag: string;
  attr: string;
  value: string;
  /** rel of a <link>, hreflang of a <link> or <a>. */
  rel?: string;
  hreflang?: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Markup with the bodies of script and style elements removed (their tags stay). */
export function stripRawText(html: string): string {
  return html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
}

/** Each start tag: name and attributes (values decoded). */
export function* tags(html: string): Generator<{ name: string; attrs: Map<string, string> }> {
  for (const m of stripRawText(html).matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    yield { name: m[1]!.toLowerCase(), attrs };
  }
}

const URL_ATTRS = ['href', 'src', 'action', 'poster', 'xlink:href', 'data'];

/** Every URL a page links to or loads, with the element it sits on. */
export function refs(html: string): Ref[] {
  const out: Ref[] = [];
  for (const { name, attrs } of tags(html)) {
    for (const attr of URL_ATTRS) {
      const value = attrs.get(attr);
      if (value === undefined) continue;
      out.push({ tag: name, attr, value, rel: attrs.get('rel'), hreflang: attrs.get('hreflang') });
    }
    const srcset = attrs.get('srcset');
    if (srcset) for (const part of srcset.split(',')) out.push({ tag: name, attr: 'srcset', value: part.trim().split(/\s+/)[0]! });
  }
  return out;
}

/** Ids (and legacy <a name>) a fragment may target. */
export function anchors(html: string): Set<string> {
  const out = new Set<string>();
  for (const { name, attrs } of tags(html)) {
    const id = attrs.get('id');
    if (id !== undefined) out.add(id);
    if (name === 'a' && attrs.has('name')) out.add(attrs.get('name')!);
  }
  return out;
}
