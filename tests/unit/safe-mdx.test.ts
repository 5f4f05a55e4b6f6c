/**
 * The pieces behind the safe MDX subset: the URL rule on its own, the tree check on
 * parsed bodies, and the same check inside the MDX compiler (the satteri plugin the
 * build runs), which must refuse a content file before any of its code exists and leave
 * the project's own MDX (outside content/) alone.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { judgeUrl } from '../../src/lib/safe-url.ts';
import { checkMdxBody } from '../../src/lib/mdx/safe-subset.ts';
import { safeMdxPlugin } from '../../src/node/mdx/safe-mdx-plugin.ts';
import { externalLinksPlugin } from '../../src/node/mdx/external-links.ts';

describe('judgeUrl', () => {
  it.each([
    ['/policies/rcep/', 'link'],
    ['policies/rcep/', 'link'],
    ['#muc-2', 'link'],
    ['?page=2', 'link'],
    ['https://wto.org/x?y=1#z', 'link'],
    ['HTTPS://WTO.ORG/', 'link'],
    ['mailto:so@langson.gov.vn', 'link'],
    ['tel:+842053812345', 'link'],
    ['/images/a.png', 'image'],
    ['/v/', 'field'],
    ['/a:b/', 'field'],
  ] as const)('accepts %s as %s', (url, use) => expect(judgeUrl(url, use).ok).toBe(true));

  it.each([
    ['javascript:alert(1)', 'link', /"javascript:" is not allowed/],
    [' JAVASCRIPT:alert(1)', 'link', /"javascript:" is not allowed/],
    ['\u0001javascript:alert(1)', 'link', /control or invisible/],
    ['java\nscript:alert(1)', 'link', /control or invisible/],
    ['java\u200bscript:x', 'link', /control or invisible/],
    ['data:text/html,x', 'link', /"data:"/],
    ['vbscript:x', 'link', /"vbscript:"/],
    ['file:///etc/passwd', 'link', /"file:"/],
    ['//evil.example', 'link', /protocol-relative/],
    ['/\\evil.example', 'link', /backslash/],
    ['\\\\evil.example\\x', 'link', /backslash/],
    ['https:evil.example', 'link', /needs a host/],
    ['https:/evil.example', 'link', /needs a host/],
    ['https://localhost/x', 'link', /not a public host/],
    ['http://example.com', 'link', /plain "http:"/],
    ['x:y', 'link', /"x:" is not allowed/],
    ['https://cdn.example/a.png', 'image', /images come only from this site/],
    ['a.png', 'image', /from the site root/],
    ['policies/', 'field', /relative path/],
    ['', 'link', /empty/],
  ] as const)('refuses %j as %s', (url, use, says) => {
    const v = judgeUrl(url, use);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.en).toMatch(says);
      expect(v.vi.length).toBeGreaterThan(10);
    }
  });
});

describe('checkMdxBody', () => {
  it('reports lines of the file, counting from where the body starts', () => {
    const { problems } = checkMdxBody('Một.\n\n{x}\n', 'policies/vi/a.mdx', 20);
    expect(problems.map((p) => [p.line, p.field])).toEqual([[22, '{…}']]);
  });

  it('hands the components it accepted to the cross-file checks', () => {
    const { problems, uses } = checkMdxBody('Theo <DocRef number="1/CV" year="2025" />.\n\n<Figure src="/images/a.png" alt="Ảnh" width={640} />\n', 'x.mdx');
    expect(problems).toEqual([]);
    expect(uses).toEqual([
      { name: 'DocRef', attrs: { number: '1/CV', year: '2025' }, line: 1 },
      { name: 'Figure', attrs: { src: '/images/a.png', alt: 'Ảnh', width: '640' }, line: 3 },
    ]);
  });

  it('an expression that only looks like a number is refused', () => {
    const { problems } = checkMdxBody('<Figure src="/images/a.png" alt="a" width={6+4} />\n', 'x.mdx');
    expect(problems.map((p) => p.field)).toEqual(['<Figure> width']);
  });
});

const compile = (source: string, file: string) =>
  mdxToJs(source, { mdastPlugins: [safeMdxPlugin('/site/content')], hastPlugins: [externalLinksPlugin('/site/content')], fileURL: pathToFileURL(file), jsxImportSource: 'astro', elementAttributeNameCase: 'html' });

describe('the same rule inside the MDX compiler (the build)', () => {
  it('stops a content file with the file, line and field', () => {
    expect(() => compile('\n\n\nimport fs from "node:fs"\n\n<Callout onError="x" />\n', '/site/content/policies/vi/a.mdx')).toThrow(
      /policies\/vi\/a\.mdx:4 — import\/export[\s\S]*policies\/vi\/a\.mdx:6 — <Callout> onError/,
    );
  });

  it('refuses a front-matter layout, which the MDX integration would import', () => {
    const run = () =>
      mdxToJs('Chữ.\n', {
        mdastPlugins: [safeMdxPlugin('/site/content')],
        fileURL: pathToFileURL('/site/content/policies/vi/a.mdx'),
        data: { astro: { frontmatter: { title: 'x', layout: 'data:text/javascript,1' }, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
      });
    expect(run).toThrow(/policies\/vi\/a\.mdx — layout/);
  });

  it('compiles a safe content file, marking links to other sites as external in its language', () => {
    const { code } = compile('Xem [RCEP](https://wto.org/rcep) và [trang](/faq/).\n', '/site/content/policies/vi/a.mdx') as { code: string };
    expect(code).toContain('rel: "external noopener noreferrer"');
    expect(code).toContain('(trang bên ngoài)');
    expect(code.match(/external noopener/g)).toHaveLength(1);
  });

  it('leaves the project’s own MDX outside content/ alone', () => {
    const { code } = compile('{props.x ? <p>a</p> : null}\n', '/site/src/components/editors/GuideEn.mdx') as { code: string };
    expect(code).toContain('props.x');
  });
});
