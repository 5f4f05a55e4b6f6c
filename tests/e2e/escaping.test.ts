/**
 * Text from content is text: a YAML record and an MDX entry whose fields say
 * `<script>alert(…)</script>` are built into their own site (a copy of the small fixture,
 * built in isolation: scripts/lib/isolated-build.ts) and must show those characters to
 * the reader, in every language, with no script element and no dialog in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { copyFixture } from '../helpers/fixture.ts';
import { isolatedBuild } from '../../scripts/lib/isolated-build.ts';
import { launch } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { tags } from '../helpers/html.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';

const XSS = (where: string) => `<script>alert('${where}')</script>`;

const FAQ = `question:
  vi: "Câu hỏi ${XSS('vi')} có an toàn?"
  zh: "问题 ${XSS('zh')} 安全吗?"
  en: "Is ${XSS('en')} safe?"
answer:
  vi: "Trả lời <img src=x onerror=alert(1)> và <b>đậm</b>."
  zh: "回答 <img src=x onerror=alert(2)>。"
  en: "Answer <img src=x onerror=alert(3)>."
topic: documents
unit: phong-a
updated: '2025-06-01'
sample: true
`;

const POLICY = `---
title: "Chính sách ${XSS('title')}"
summary: "Tóm tắt ${XSS('summary')}"
published: '2025-06-01'
topics: [investment]
unit: phong-a
issuer: { vi: "UBND tỉnh ${XSS('issuer')}" }
status: in-force
effectiveFrom: '2025-07-01'
sample: true
---

Đoạn văn nhắc đến \`${XSS('code')}\` trong mã và \\<script> viết thoát.
`;

const POLICY_ZH = `---
title: "政策 ${XSS('zh-title')}"
summary: "摘要 ${XSS('zh-summary')}"
translated: '2025-06-02'
---

正文。
`;

let fixture: ReturnType<typeof copyFixture>;
let work: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  fixture = copyFixture();
  fixture.write('faq/hoi-xss.yaml', FAQ);
  fixture.write('policies/vi/xss.mdx', POLICY);
  fixture.write('policies/zh/xss.mdx', POLICY_ZH);
  work = mkdtempSync(join(tmpdir(), 'sngv-xss-'));
  const build = isolatedBuild(work, fixture.root);
  execFileSync(build.cmd, build.args, { cwd: build.cwd, env: build.env, stdio: ['ignore', 'ignore', 'inherit'] });
  dist = build.dist;
  server = await serveDist(dist);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fixture?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

const PAGES = LOCALES.flatMap((l) => [localePath(l, '/faq/hoi-xss/'), localePath(l, '/policies/xss/')]);

describe('content text containing markup', () => {
  it.each(PAGES)('%s: no script element and no event handler came from the content', (url) => {
    const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
    const found: string[] = [];
    for (const { name, attrs } of tags(html)) {
      if (name === 'script') found.push(`<script ${[...attrs.keys()].join(' ')}>`);
      for (const a of attrs.keys()) if (/^on/.test(a)) found.push(`<${name} ${a}>`);
    }
    expect(found).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(');
  });

  it.each(LOCALES)('%s: Chromium shows the characters as text and runs nothing', async (locale) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(server.origin + localePath(locale, '/faq/hoi-xss/'));
    const faqTitle = await page.locator('h1').innerText();
    await page.goto(server.origin + localePath(locale, '/policies/xss/'));
    const policyTitle = await page.locator('h1').innerText();
    const body = await page.locator('main').innerText();
    await page.close();
    expect(faqTitle).toContain(XSS(locale));
    expect(policyTitle).toMatch(/<script>alert\('(zh-)?title'\)<\/script>/);
    if (locale !== 'zh') {
      // Vietnamese body (English falls back to it); the Chinese translation has its own.
      expect(body).toContain(XSS('code'));
      expect(body).toContain('<script> viết thoát');
    }
    expect(dialogs).toEqual([]);
  });
});
