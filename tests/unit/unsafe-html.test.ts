import { describe, expect, it } from 'vitest';
import { checkUnsafeHtml } from '../../src/lib/content-check/unsafe-html.ts';
import type { Problem } from '../../src/lib/content-check/problems.ts';

describe('raw HTML in MDX bodies', () => {
  const run = (body: string) => {
    const problems: Problem[] = [];
    checkUnsafeHtml({ file: 'policies/vi/x.mdx', body }, 10, problems);
    return problems;
  };
  it('stops a script, an iframe, an event handler and a javascript: link, naming the line', () => {
    const p = run('Dòng một.\n\n<script>alert(1)</script>\n<iframe src="https://x.example"></iframe>\n<img src="a.png" alt="" onerror="x()">\n[bấm](javascript:alert(1))\n');
    expect(p.map((x) => [x.line, x.field])).toEqual([
      [12, '<script>'],
      [13, '<iframe>'],
      [14, 'onerror'],
      [15, 'javascript:'],
    ]);
    expect(p[0]!.vi).toContain('dấu huyền');
    expect(p[0]!.en).toContain('backticks');
  });
  it('lets code spans, fenced code, escaped tags and ordinary markup through', () => {
    expect(run('Viết `<script>` trong mã, hoặc \\<script> thoát.\n\n```html\n<script>x()</script>\n```\n\n<b>đậm</b> <Callout type="note">ok</Callout>\n')).toEqual([]);
  });
});

describe('the content check (npm run check and the build) includes the raw-HTML rule', () => {
  it('reports a <script> in an MDX body with file and line', async () => {
    const { copyFixture } = await import('../helpers/fixture.ts');
    const { checkContent } = await import('../../src/lib/content-check/check.ts');
    const fx = copyFixture();
    try {
      fx.edit('policies/vi/chinh-sach-a.mdx', (s) => `${s}\n<script>alert(1)</script>\n`);
      const problems = checkContent(fx.root).problems.filter((p) => p.field === '<script>');
      expect(problems).toHaveLength(1);
      expect(problems[0]!.file).toMatch(/policies\/vi\/chinh-sach-a\.mdx$/);
      expect(problems[0]!.line).toBeGreaterThan(10);
    } finally {
      fx.cleanup();
    }
  });
});
