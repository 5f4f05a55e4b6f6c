/**
 * No broken internal link: every href, src, action and srcset on every page in dist/ that
 * points into the site (relative, root-relative, or absolute on the site's own origin)
 * resolves to a file in dist/, every #fragment names an id on the target page, and every
 * hreflang alternate exists and points back. A failure names the page and the link.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';
import { anchors, refs, tags } from '../helpers/html.ts';
import { sitePages } from '../helpers/pages.ts';

/** The site's own origin, as the build wrote it into the home page's canonical link. */
function siteOrigin(): string {
  for (const { name, attrs } of tags(readDist('/index.html'))) {
    if (name === 'link' && attrs.get('rel') === 'canonical') return new URL(attrs.get('href')!).origin;
  }
  throw new Error('dist/index.html has no canonical link');
}

/** dist/ file that serves a site path, as the nginx example would, or undefined. */
function fileFor(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  return candidates.find((c) => existsSync(join(DIST, c)) && statSync(join(DIST, c)).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = anchors(readDist(file))));
  return ids;
}

/** Problems with one reference from `page` (a site path like "/zh/policies/x/"). */
function check(page: string, pageFile: string, value: string, origin: string): string | undefined {
  if (/^(mailto|tel|data|blob):/i.test(value)) return undefined;
  if (/^javascript:/i.test(value)) return 'javascript: URL';
  const url = new URL(value, `${origin}${page}`);
  if (url.origin !== origin) return undefined; // another site: a link, not ours to check
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return 'malformed percent-encoding';
  }
  const target = fileFor(pathname);
  if (!target) return 'no such file in dist/';
  if (url.hash && url.hash !== '#' && !url.hash.startsWith('#:~:')) {
    if (!target.endsWith('.html')) return undefined;
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(target === pageFile ? pageFile : target).has(id)) return `no element with id "${id}" on ${target}`;
  } else if (value === '#') {
    return 'empty fragment "#" goes nowhere';
  }
  return undefined;
}

describe('internal links', () => {
  const origin = siteOrigin();
  const pages = sitePages();

  it('every href, src, action and srcset on every page resolves', () => {
    // A broken link in the header or footer repeats on every page: group by link and
    // name the first pages it appears on.
    const broken = new Map<string, string[]>();
    let checked = 0;
    for (const p of pages) {
      for (const r of refs(readDist(p.file))) {
        checked++;
        const problem = check(p.url, p.file, r.value, origin);
        if (!problem) continue;
        const key = `<${r.tag} ${r.attr}="${r.value}"> — ${problem}`;
        const on = broken.get(key) ?? [];
        if (on.at(-1) !== p.url) on.push(p.url);
        broken.set(key, on);
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 10);
    const report = [...broken].map(([link, on]) => `${link}, on ${on.length} page(s): ${on.slice(0, 3).join(' ')}${on.length > 3 ? ' …' : ''}`);
    expect(report, `${report.length} broken link(s)`).toEqual([]);
  });

  it('stylesheets reference only files that exist', () => {
    const broken: string[] = [];
    for (const css of distFiles('.css')) {
      for (const m of readDist(css).matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const problem = check(css, css, m[2]!, origin);
        if (problem) broken.push(`${css}: url(${m[2]}) — ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every hreflang alternate exists and lists this page back', () => {
    const broken: string[] = [];
    const alternatesOf = (file: string) => {
      const out = new Map<string, string>();
      for (const r of refs(readDist(file))) {
        if (r.tag === 'link' && r.rel === 'alternate' && r.hreflang && r.hreflang !== 'x-default') out.set(r.hreflang, new URL(r.value, origin).pathname);
      }
      return out;
    };
    for (const p of pages) {
      const alts = alternatesOf(p.file);
      for (const [lang, path] of alts) {
        const target = fileFor(path);
        if (!target) {
          broken.push(`${p.url}: hreflang="${lang}" → ${path} does not exist`);
          continue;
        }
        const back = [...alternatesOf(target).values()];
        if (!back.includes(p.url)) broken.push(`${p.url}: hreflang="${lang}" → ${path}, which does not list ${p.url} among its alternates`);
      }
    }
    expect(broken.slice(0, 60), `${broken.length} problem(s)`).toEqual([]);
  });

  it('the checker itself catches a missing page, a missing anchor and a foreign-origin URL it must skip', () => {
    expect(check('/', '/index.html', '/khong-co-trang-nay/', origin)).toBe('no such file in dist/');
    expect(check('/', '/index.html', '/#khong-co-id-nay', origin)).toMatch(/no element with id/);
    expect(check('/', '/index.html', '#main', origin)).toBeUndefined();
    expect(check('/', '/index.html', 'https://example.org/x', origin)).toBeUndefined();
    expect(check('/', '/index.html', `${origin}/khong-co/`, origin)).toBe('no such file in dist/');
  });
});
