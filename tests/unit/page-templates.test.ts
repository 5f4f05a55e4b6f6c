import { describe, expect, it } from 'vitest';
import { moduleImports, pageAssets, representatives } from '../../src/lib/page-templates.ts';
import { describeRoute, type RouteKind, type RouteParams } from '../../src/lib/route-kinds.ts';

describe('representatives', () => {
  const page = (kind: RouteKind, params: RouteParams, bytes: number) => {
    const r = describeRoute(kind, params);
    return { ...r, file: `${r.url}index.html`, bytes };
  };
  it('takes the largest page of a big template and every page of a small one, per locale', () => {
    const pages = [
      page('entry', { section: 'policies', id: 'a' }, 10),
      page('entry', { section: 'policies', id: 'b' }, 30),
      page('entry', { section: 'policies', id: 'c' }, 20),
      page('entry', { section: 'policies', id: 'd' }, 5),
      page('entry', { lang: 'zh', section: 'policies', id: 'a' }, 50),
      page('ddci-plan', { year: '2025' }, 1),
      page('ddci-plan', { year: '2026' }, 2),
    ];
    const files = representatives(pages).map((p) => p.file);
    expect(files).toEqual(['/ddci/plans/2025/index.html', '/ddci/plans/2026/index.html', '/policies/b/index.html', '/zh/policies/a/index.html']);
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
