/**
 * Tools over the pages of a built site grouped by the template that made them. The pages
 * and their templates come from the build's route manifest (src/node/route-manifest.ts:
 * each file with the route-table kind that wrote it), so quality gates and the benchmark
 * cover every kind of page that exists in dist/ today (including sections added later)
 * without a list that goes stale.
 */
import type { BuiltPage } from './route-kinds.ts';

/** A built page: site path of the file, locale, URL a browser opens, route kind and template key. */
export type PageInfo = Pick<BuiltPage, 'file' | 'locale' | 'url' | 'kind' | 'template'>;

/**
 * Pages to look at closely: per template and locale, the largest page (the one with the
 * most of everything on it), or every page when the template has at most `smallGroup`
 * pages per locale (where one page is no more typical than another, such as the DDCI plans).
 */
export function representatives<T extends PageInfo & { bytes: number }>(pages: T[], smallGroup = 3): T[] {
  const groups = new Map<string, T[]>();
  for (const p of pages) {
    const key = `${p.template}\u0000${p.locale}`;
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  const out: T[] = [];
  for (const g of groups.values()) {
    if (g.length <= smallGroup) out.push(...g);
    else out.push(g.reduce((a, b) => (b.bytes > a.bytes || (b.bytes === a.bytes && b.file < a.file) ? b : a)));
  }
  return out.sort((a, b) => a.template.localeCompare(b.template) || a.file.localeCompare(b.file));
}

/** Same-site stylesheets and scripts a page loads, as site paths. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?stylesheet/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href?.startsWith('/')) css.add(href);
  }
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (src?.startsWith('/')) js.add(src);
  }
  return { css: [...css], js: [...js] };
}

/** Static `import` specifiers of a bundled module, to follow its chunks. */
export function moduleImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) out.add(m[1]!);
  return [...out];
}
