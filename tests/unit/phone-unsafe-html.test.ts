import { describe, expect, it } from 'vitest';
import { telHref, telText } from '../../src/lib/phone.ts';
import { checkUnsafeHtml } from '../../src/lib/content-check/unsafe-html.ts';
import type { Problem } from '../../src/lib/content-check/problems.ts';

describe('phone numbers', () => {
  it('link with digits only and print without breakable spaces', () => {
    expect(telHref('0205 3812 345')).toBe('tel:02053812345');
    expect(telHref('+84 (205) 381')).toBe('tel:+84205381');
    expect(telText('0205 3812 345')).toBe('0205\u00a03812\u00a0345');
  });
});

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
