import { describe, expect, it } from 'vitest';
import { FOLD_SENTINEL } from '../../src/lib/fold.ts';
import { FOLD_WEIGHT, elementRanges, extractIndexedText, prepareForIndex } from '../../src/lib/search-index.ts';
import { ROUTE_KINDS, ROUTE_KIND_NAMES, describeRoute as at } from '../../src/lib/route-kinds.ts';

const page = (main: string, lang = 'vi') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title><script type="module" src="/a.js"></script></head><body>` +
  `<header><nav>Đầu trang điều hướng</nav></header><main id="main">${main}</main><footer>Địa chỉ chân trang</footer></body></html>`;

describe('which pages are indexed (search rules of the route table)', () => {
  const indexable = (r: ReturnType<typeof at>) => r.search !== undefined && r.search !== 'never';
  it('keeps entry pages in every language', () => {
    for (const lang of [undefined, 'zh', 'en']) {
      const r = at('entry', { lang, section: 'policies', id: 'x' });
      expect(indexable(r), r.url).toBe(true);
      expect(r.entry).toBe(true);
    }
    expect(at('list', { section: 'policies' }).entry).toBeUndefined();
  });

  it('keeps the verification help (/v/) but not the page of each code', () => {
    expect(at('verify-home', { lang: 'zh' }).search).toBe('page');
    expect(at('verify', { code: 'M3Q8R4T6' }).search).toBe('never');
  });

  it('leaves out verification, editors, search, 404 and facet list pages', () => {
    for (const r of [
      at('verify', { code: 'M3Q8R4T6' }),
      at('stamp', { code: 'M3Q8R4T6' }),
      at('editors', {}),
      at('editors-translations', { lang: 'en' }),
      at('search', {}),
      at('search', { lang: 'zh' }),
      at('not-found', {}),
      at('facet', { section: 'policies', facet: 'topic', value: 'investment' }),
      at('facet-page', { lang: 'en', section: 'documents', facet: 'year', value: '2026', page: '2' }),
    ])
      expect(indexable(r), r.url).toBe(false);
  });

  it('gives every HTML page of the table a search rule, and no other file one', () => {
    for (const k of ROUTE_KIND_NAMES) expect('search' in ROUTE_KINDS[k], k).toBe(ROUTE_KINDS[k].page.endsWith('.astro'));
  });
});

describe('extractIndexedText', () => {
  it('reads only the marked body, minus ignored parts, scripts and styles', () => {
    const html = page(
      '<nav>Trang chủ</nav><article data-pagefind-body><h1>Ưu đãi <b>đầu</b> tư</h1><p class="x" data-pagefind-ignore>Bản dịch chưa có</p>' +
        '<p>Cửa khẩu &amp; Đồng Đăng</p><style>.a{}</style><script>var đ = 1</script><br><img src="a.png" alt="đ"></article>',
    );
    expect(extractIndexedText(html)).toBe('Ưu đãi đầu tư Cửa khẩu & Đồng Đăng');
  });

  it('finds nothing when no element is marked', () => {
    expect(extractIndexedText(page('<p>Đầu tư</p>'))).toBe('');
  });
});

describe('prepareForIndex', () => {
  it('adds a low-weight block with the folded words that hold đ, at the end of the page', () => {
    const out = prepareForIndex(at('entry', { section: 'policies', id: 'x' }), page('<article data-pagefind-body><h1>Ưu đãi đầu tư</h1><p>Hiệp định</p></article>'))!;
    const block = `<div hidden data-pagefind-body data-pagefind-weight="${FOLD_WEIGHT}">${FOLD_SENTINEL} dai dau dinh</div></body>`;
    expect(out.endsWith(`${block}</html>`)).toBe(true);
    // The page itself is unchanged before the block.
    expect(out.startsWith(page('<article data-pagefind-body><h1>Ưu đãi đầu tư</h1><p>Hiệp định</p></article>').replace('</body></html>', ''))).toBe(true);
  });

  it('adds the block even when there is nothing to fold, so the sentinel always ends the text', () => {
    const out = prepareForIndex(at('entry', { lang: 'en', section: 'policies', id: 'x' }), page('<article data-pagefind-body><h1>Investment</h1></article>', 'en'))!;
    expect(out).toContain(`${FOLD_SENTINEL} </div>`);
  });

  it('moves asides (the key-facts table) into the block, out of the excerpt', () => {
    const out = prepareForIndex(
      at('entry', { section: 'faq', id: 'x' }),
      page('<article data-pagefind-body><h1>Hỏi</h1><section data-search-aside><dl><dt>Đơn vị</dt><dd>Phòng <b>A</b></dd></dl></section><p>Trả lời</p></article>'),
    )!;
    expect(out).toContain('<h1>Hỏi</h1><p>Trả lời</p></article>');
    expect(out).toContain(`${FOLD_SENTINEL} don<section data-search-aside><dl><dt>Đơn vị</dt><dd>Phòng <b>A</b></dd></dl></section></div>`);
  });

  it('skips pages without a marked body, and excluded pages even with one', () => {
    expect(prepareForIndex(at('list', { section: 'policies' }), page('<h1>Chính sách</h1>'))).toBeNull();
    expect(prepareForIndex(at('verify', { code: 'M3Q8R4T6' }), page('<article data-pagefind-body><h1>Văn bản</h1></article>'))).toBeNull();
    expect(prepareForIndex(at('facet', { section: 'policies', facet: 'topic', value: 'investment' }), page('<article data-pagefind-body>x</article>'))).toBeNull();
  });

  it('indexes DDCI plan and indicator pages as type "ddci" when their template does not say so', () => {
    const out = prepareForIndex(at('ddci-plan', { lang: 'zh', year: '2026' }), page('<h1>任务</h1><p>内容</p>', 'zh-Hans'))!;
    expect(out).toContain('<main data-pagefind-body id="main">');
    expect(out).toContain('<span hidden data-pagefind-filter="type:ddci"></span></main>');
    // The overview is a page people look for (src/lib/search-pages.ts): indexed whole, as a page.
    expect(prepareForIndex(at('ddci', {}), page('<h1>DDCI</h1>'))).toContain('data-pagefind-filter="type:page"');
  });
});

describe('elementRanges', () => {
  it('returns the outermost marked elements, nested tags included', () => {
    const html = '<div><section data-x><section data-x><p>a</p></section><br></section><p>b</p><aside data-x>c</aside></div>';
    expect(elementRanges(html, 'data-x').map(([s, e]) => html.slice(s, e))).toEqual([
      '<section data-x><section data-x><p>a</p></section><br></section>',
      '<aside data-x>c</aside>',
    ]);
  });
});
