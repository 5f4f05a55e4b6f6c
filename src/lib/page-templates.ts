/**
 * Groups the pages of a built site by the template that made them (the route table in
 * routes.ts read backwards), so quality gates and the benchmark cover every kind of page
 * that exists in dist/ today (including sections added later) without a list that goes stale.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { LIST_SECTIONS } from './sections.ts';
import { routeOf } from './routes.ts';

export interface PageInfo {
  /** Site path of the file, e.g. "/zh/policies/x/index.html". */
  file: string;
  locale: Locale;
  /** URL a browser opens, e.g. "/zh/policies/x/". */
  url: string;
  /** Template key, the same in every locale, e.g. "/policies/:id/". */
  template: string;
}

const LIST_KEYS = new Set<string>(LIST_SECTIONS.map((s) => s.key));

/** Template key of a locale-free path ("/policies/x/index.html" → "/policies/:id/"), from the route table. */
export function templateOf(path: string): string {
  if (!path.endsWith('/index.html')) return path; // "/404.html" and other lone files
  return routeOf(path.slice(0, -'index.html'.length), LIST_KEYS).template;
}

/** Locale, URL and template of a built HTML file given by its site path. */
export function classifyPage(file: string): PageInfo {
  let locale: Locale = DEFAULT_LOCALE;
  let rest = file;
  for (const l of LOCALES) {
    if (l !== DEFAULT_LOCALE && file.startsWith(`/${l}/`)) {
      locale = l;
      rest = file.slice(l.length + 1);
    }
  }
  const url = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return { file, locale, url, template: templateOf(rest) };
}

/**
 * Pages to look at closely: per template and locale, the largest page (the one with the
 * most of everything on it), or every page when the template has at most `smallGroup`
 * pages per locale (hand-made pages that share a depth but not a layout).
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
