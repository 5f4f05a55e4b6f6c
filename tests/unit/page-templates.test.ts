import { describe, expect, it } from 'vitest';
import { classifyPage, moduleImports, pageAssets, representatives, templateOf } from '../../src/lib/page-templates.ts';

describe('templateOf', () => {
  it.each([
    ['/index.html', '/'],
    ['/404.html', '/404.html'],
    ['/policies/index.html', '/policies/'],
    ['/policies/mot-chinh-sach/index.html', '/policies/:id/'],
    ['/policies/topic/investment/index.html', '/policies/:facet/:value/'],
    ['/policies/page/2/index.html', '/policies/page/:n/'],
    ['/policies/topic/investment/page/3/index.html', '/policies/:facet/:value/page/:n/'],
    ['/search/index.html', '/search/'],
    ['/v/AB12CD34/index.html', '/v/:1/'],
    ['/ddci/2026/tasks/index.html', '/ddci/:1/:2/'],
  ])('%s → %s', (path, key) => {
    expect(templateOf(path)).toBe(key);
  });
});

describe('classifyPage', () => {
  it('reads the locale prefix and keeps the template the same across languages', () => {
    const vi = classifyPage('/mous/x/index.html');
    const zh = classifyPage('/zh/mous/x/index.html');
    const en = classifyPage('/en/mous/x/index.html');
    expect([vi.locale, zh.locale, en.locale]).toEqual(['vi', 'zh', 'en']);
    expect(new Set([vi.template, zh.template, en.template])).toEqual(new Set(['/mous/:id/']));
    expect(zh.url).toBe('/zh/mous/x/');
    expect(classifyPage('/zh/index.html')).toMatchObject({ locale: 'zh', template: '/', url: '/zh/' });
  });
  it('does not mistake a section starting with a locale code for a prefix', () => {
    expect(classifyPage('/envoys/index.html')).toMatchObject({ locale: 'vi', template: '/envoys/' });
  });
});

describe('representatives', () => {
  const page = (file: string, bytes: number) => ({ ...classifyPage(file), bytes });
  it('takes the largest page of a big template and every page of a small one, per locale', () => {
    const pages = [
      page('/policies/a/index.html', 10),
      page('/policies/b/index.html', 30),
      page('/policies/c/index.html', 20),
      page('/policies/d/index.html', 5),
      page('/zh/policies/a/index.html', 50),
      page('/editors/a/index.html', 1),
      page('/editors/b/index.html', 2),
    ];
    const files = representatives(pages).map((p) => p.file);
    expect(files).toEqual(['/editors/a/index.html', '/editors/b/index.html', '/policies/b/index.html', '/zh/policies/a/index.html']);
  });
});

describe('pageAssets and moduleImports', () => {
  it('finds same-site stylesheets and scripts only', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg"><link rel=stylesheet href=https://cdn.example/x.css><script type="module" src="/_astro/s.js"></script><script type="application/ld+json">{}</script>';
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css'], js: ['/_astro/s.js'] });
  });
  it('follows static imports of a bundled module', () => {
    expect(moduleImports('import{a as b}from"./chunk.A1.js";import "./side.js";const x=import("./lazy.js")')).toEqual(['./chunk.A1.js', './side.js']);
  });
});
