/**
 * Visitors are not leaked to third parties and injected markup cannot run:
 *
 * - In dist/: every page carries the CSP from src/lib/csp.ts as its first policy-relevant
 *   element, without 'unsafe-inline' or 'unsafe-eval'; every inline script or style the
 *   build emits is allowed by hash (so the CSP never breaks the site); no inline event
 *   handler or style attribute (which the CSP would silently block); no resource is
 *   loaded from another origin.
 * - In Chromium: the search and the file check at work make no request to any origin but
 *   the site's and trigger no CSP violation (tests/e2e/template-pages-*.test.ts checks the
 *   same on one page of every template in every language, in its single pass); markup
 *   injected into a page (inline script, inline style, a script or image from another
 *   host) is refused — the CSP is in force, not just present.
 * - The nginx example in README.md sends the headers a <meta> CSP cannot (HSTS,
 *   frame-ancestors…) and caches hashed assets for a year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { readDist } from '../../scripts/lib/dist.ts';
import { refs, tags } from '../helpers/html.ts';
import { sitePages } from '../helpers/pages.ts';
import { cspViolations, recordCspViolations } from '../helpers/csp.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';

const pages = sitePages();

/** The CSP of a page as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

function metaPolicies(html: string): string[] {
  const out: string[] = [];
  for (const { name, attrs } of tags(html)) {
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy') out.push(attrs.get('content') ?? '');
  }
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('CSP in every built page', () => {
  it('one policy per page, before any script or stylesheet, with no unsafe source', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readDist(p.file);
      const policies = metaPolicies(html);
      if (policies.length !== 1) {
        bad.push(`${p.url}: ${policies.length} CSP meta elements`);
        continue;
      }
      const metaAt = html.search(/<meta http-equiv="content-security-policy"/i);
      // JSON-LD is data, not script: the CSP does not govern it, so it may come first.
      const firstActive = html.search(/<script\b(?![^>]*application\/ld\+json)|<style\b|<link\b[^>]*rel="(stylesheet|modulepreload|preload)"/i);
      const headEnd = html.indexOf('</head>');
      if (metaAt > headEnd) bad.push(`${p.url}: CSP outside <head>`);
      if (firstActive >= 0 && firstActive < metaAt) bad.push(`${p.url}: a script or stylesheet comes before the CSP`);
      const policy = parsePolicy(policies[0]!);
      for (const [directive, sources] of policy) {
        for (const s of sources) {
          if (s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === "'unsafe-hashes'" || s === '*' || /^(https?:|data:)$/.test(s) && directive.startsWith('script'))
            bad.push(`${p.url}: ${directive} allows ${s}`);
        }
      }
      for (const d of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri']) if (!policy.has(d)) bad.push(`${p.url}: no ${d}`);
      if (policy.get('default-src')?.join(' ') !== "'self'") bad.push(`${p.url}: default-src is not 'self'`);
      if (policy.get('object-src')?.join(' ') !== "'none'") bad.push(`${p.url}: object-src is not 'none'`);
    }
    expect(bad.slice(0, 40), `${bad.length} problem(s)`).toEqual([]);
  });

  it('lets Pagefind run: WebAssembly and a same-origin worker are allowed', () => {
    const policy = parsePolicy(metaPolicies(readDist('/index.html'))[0]!);
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('script-src')).toContain("'self'");
    expect(policy.get('worker-src') ?? policy.get('script-src')).toContain("'self'");
    expect(policy.get('connect-src')).toContain("'self'");
  });

  it('every inline script and style the build emits is allowed by its hash', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readDist(p.file);
      const policy = parsePolicy(metaPolicies(html)[0] ?? '');
      for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
        const [, tag, attrs, body] = m;
        if (tag!.toLowerCase() === 'script' && (/\bsrc=/i.test(attrs!) || /application\/(ld\+)?json/i.test(attrs!))) continue;
        const directive = tag!.toLowerCase() === 'script' ? 'script-src' : 'style-src';
        const allowed = [...(policy.get(`${directive}-elem`) ?? []), ...(policy.get(directive) ?? [])];
        if (!allowed.includes(sha256(body!))) bad.push(`${p.url}: inline <${tag}> ${body!.slice(0, 60)}… not in ${directive}`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problem(s)`).toEqual([]);
  });

  it('no inline event handler or style attribute (the CSP would silently block them)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const { name, attrs } of tags(readDist(p.file))) {
        for (const a of attrs.keys()) if (/^on[a-z]+$/.test(a) || a === 'style') bad.push(`${p.url}: <${name} ${a}="${attrs.get(a)}">`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problem(s)`).toEqual([]);
  });

  it('no page loads anything from another origin', () => {
    const LOADING = new Set(['script:src', 'img:src', 'img:srcset', 'source:src', 'source:srcset', 'iframe:src', 'video:src', 'audio:src', 'video:poster', 'embed:src', 'object:data', 'track:src', 'input:src']);
    const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|dns-prefetch|preconnect)\b/;
    const bad: string[] = [];
    for (const p of pages) {
      for (const r of refs(readDist(p.file))) {
        const loads = LOADING.has(`${r.tag}:${r.attr}`) || (r.tag === 'link' && LOADING_RELS.test(r.rel ?? ''));
        if (loads && /^(https?:)?\/\//i.test(r.value)) bad.push(`${p.url}: <${r.tag} ${r.attr}="${r.value}">`);
      }
    }
    expect(bad.slice(0, 20), `${bad.length} problem(s)`).toEqual([]);
  });
});

describe('the nginx example in README.md', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const locations = nginx.match(/^\s*location\s[^{\n]*\{[^}]*\}/gm) ?? [];
  // What applies to every response: the server block without its location blocks.
  const serverLevel = locations.reduce((text, loc) => text.replace(loc, ''), nginx);
  it.each([
    ['Strict-Transport-Security', /add_header Strict-Transport-Security "max-age=\d{8,}[^"]*" always;/],
    ['X-Content-Type-Options', /add_header X-Content-Type-Options "nosniff" always;/],
    ['Referrer-Policy', /add_header Referrer-Policy "[a-z-]+" always;/],
    ['Permissions-Policy', /add_header Permissions-Policy "[^"]*camera=\(\)[^"]*" always;/],
    ['frame-ancestors', /add_header Content-Security-Policy "[^"]*frame-ancestors 'none'[^"]*" always;/],
    ['gzip', /gzip on;[\s\S]*gzip_types[^;]*text\/css[^;]*image\/svg\+xml/],
  ])('sets %s for every response', (_, re) => {
    expect(serverLevel).toMatch(re);
  });
  it('caches hashed assets for a year and revalidates pages', () => {
    expect(nginx).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable"/);
    expect(nginx).toMatch(/default\s+"public, max-age=0, must-revalidate"/);
    expect(serverLevel).toMatch(/add_header Cache-Control \$\w+ always;/);
  });
  it('no location sets its own header (nginx would then drop all the server-level ones there)', () => {
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.filter((l) => /add_header/.test(l))).toEqual([]);
  });
});

/* ---------------------------------------------------------------- Chromium ---- */

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const foreign: string[] = [];
/** Third-party requests that got an answer (a CSP-blocked one is reported, then fails). */
const foreignDone: string[] = [];

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  // Context-wide, so requests from workers (Pagefind) are seen too.
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(server.origin + '/') && !/^(data|blob|about):/.test(u)) foreign.push(`${r.frame()?.url() ?? '?'} → ${u}`);
  });
  context.on('requestfinished', (r) => {
    if (!r.url().startsWith(server.origin + '/') && !/^(data|blob|about):/.test(r.url())) foreignDone.push(r.url());
  });
  await recordCspViolations(context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in Chromium', () => {
  it.each(LOCALES)('%s: a search runs under the CSP without third-party requests', async (locale) => {
    const search = localePath(locale, '/search/');
    if (!pages.some((p) => p.url === search)) return; // the search page is not built yet
    const page = await context.newPage();
    const local: string[] = [];
    page.on('request', (r) => local.push(new URL(r.url()).pathname));
    foreign.length = 0;
    await page.goto(`${server.origin}${search}?q=${encodeURIComponent('đầu tư')}`, { waitUntil: 'networkidle' });
    const seen = [...(await cspViolations(page)), ...foreign];
    const usedPagefind = local.some((u) => u.startsWith('/pagefind/'));
    await page.close();
    expect(seen).toEqual([]);
    expect(usedPagefind, 'the search page loaded Pagefind').toBe(true);
  });

  it('the file check on a verification page runs under the CSP', async () => {
    const target = pages.find((p) => p.template === '/v/:code/');
    if (!target) return; // no verification pages built yet
    const page = await context.newPage();
    foreign.length = 0;
    await page.goto(server.origin + target.url, { waitUntil: 'networkidle' });
    const input = page.locator('input[type="file"]');
    expect(await input.count(), 'a file input on the verification page').toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), 'sngv-sec-')), 'x.pdf');
    writeFileSync(file, '%PDF-1.7\nnot the original\n');
    await input.first().setInputFiles(file);
    const live = page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]');
    await expect.poll(async () => (await live.allInnerTexts()).join(' ').trim().length, { timeout: 60_000 }).toBeGreaterThan(0);
    const seen = [...(await cspViolations(page)), ...foreign];
    await page.close();
    expect(seen).toEqual([]);
  }, 120_000);

  it('the CSP is in force: injected inline script, inline style and foreign resources are refused', async () => {
    const page = await context.newPage();
    await page.goto(server.origin + localePath('vi', '/policies/'), { waitUntil: 'networkidle' });
    foreignDone.length = 0;
    const result = await page.evaluate(async () => {
      const w = window as unknown as { __pwned?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.__pwned = true';
      document.head.append(s);
      const st = document.createElement('style');
      st.textContent = 'main { display: none !important }';
      document.head.append(st);
      const ext = document.createElement('script');
      ext.src = 'https://third-party.example/track.js';
      document.head.append(ext);
      const img = document.createElement('img');
      img.src = 'https://third-party.example/pixel.gif';
      img.alt = '';
      document.body.append(img);
      const div = document.createElement('div');
      div.innerHTML = '<img src="/khong-co.png" alt="" onerror="window.__pwned = true">';
      document.body.append(div);
      await new Promise((r) => setTimeout(r, 300));
      return { pwned: Boolean(w.__pwned), mainDisplay: getComputedStyle(document.querySelector('main')!).display };
    });
    const blocked = await cspViolations(page);
    await page.close();
    expect(result.pwned, 'injected script ran').toBe(false);
    expect(result.mainDisplay, 'injected style applied').not.toBe('none');
    expect(foreignDone, 'requests to another host got through').toEqual([]);
    expect(blocked.some((v) => v.startsWith('script-src') && v.endsWith('inline'))).toBe(true);
    expect(blocked.some((v) => v.startsWith('style-src') && v.endsWith('inline'))).toBe(true);
    expect(blocked.some((v) => v.includes('third-party.example/track.js'))).toBe(true);
    expect(blocked.some((v) => v.includes('third-party.example/pixel.gif'))).toBe(true);
  });
});
