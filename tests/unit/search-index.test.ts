import { describe, expect, it } from 'vitest';
import { FOLD_SENTINEL } from '../../src/lib/fold.ts';
import { FOLD_WEIGHT, elementRanges, extractIndexedText, isEntryPage, prepareForIndex, shouldIndex } from '../../src/lib/search-index.ts';

const page = (main: string, lang = 'vi') =>
  `<!doctype html><html lang="${lang}"><head><title>x</title><script type="module" src="/a.js"></script></head><body>` +
  `<header><nav>Đầu trang điều hướng</nav></header><main id="main">${main}</main><footer>Địa chỉ chân trang</footer></body></html>`;

describe('which pages are indexed', () => {
  it('keeps entry pages in every language', () => {
    for (const p of ['/policies/x/index.html', '/zh/policies/x/index.html', '/en/faq/y/', '/documents/kh-ddci-2026/']) expect(shouldIndex(p), p).toBe(true);
    expect(isEntryPage('/zh/policies/x/index.html')).toBe(true);
    expect(isEntryPage('/policies/index.html')).toBe(false);
  });

  it('keeps the verification help (/v/) but not the page of each code', () => {
    expect(shouldIndex('/zh/v/index.html')).toBe(true);
    expect(shouldIndex('/v/M3Q8R4T6/index.html')).toBe(false);
  });

  it('leaves out verification, editors, search, 404 and facet list pages', () => {
    for (const p of [
      '/v/M3Q8R4T6/index.html',
      '/editors/index.html',
      '/en/editors/translations/index.html',
      '/search/index.html',
      '/zh/search/index.html',
      '/404.html',
      '/policies/topic/investment/index.html',
      '/en/documents/year/2026/index.html',
    ])
      expect(shouldIndex(p), p).toBe(false);
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
    const out = prepareForIndex('/policies/x/index.html', page('<article data-pagefind-body><h1>Ưu đãi đầu tư</h1><p>Hiệp định</p></article>'))!;
    const block = `<div hidden data-pagefind-body data-pagefind-weight="${FOLD_WEIGHT}">${FOLD_SENTINEL} dai dau dinh</div></body>`;
    expect(out.endsWith(`${block}</html>`)).toBe(true);
    // The page itself is unchanged before the block.
    expect(out.startsWith(page('<article data-pagefind-body><h1>Ưu đãi đầu tư</h1><p>Hiệp định</p></article>').replace('</body></html>', ''))).toBe(true);
  });

  it('adds the block even when there is nothing to fold, so the sentinel always ends the text', () => {
    const out = prepareForIndex('/en/policies/x/', page('<article data-pagefind-body><h1>Investment</h1></article>', 'en'))!;
    expect(out).toContain(`${FOLD_SENTINEL} </div>`);
  });

  it('moves asides (the key-facts table) into the block, out of the excerpt', () => {
    const out = prepareForIndex(
      '/faq/x/',
      page('<article data-pagefind-body><h1>Hỏi</h1><section data-search-aside><dl><dt>Đơn vị</dt><dd>Phòng <b>A</b></dd></dl></section><p>Trả lời</p></article>'),
    )!;
    expect(out).toContain('<h1>Hỏi</h1><p>Trả lời</p></article>');
    expect(out).toContain(`${FOLD_SENTINEL} don<section data-search-aside><dl><dt>Đơn vị</dt><dd>Phòng <b>A</b></dd></dl></section></div>`);
  });

  it('skips pages without a marked body, and excluded pages even with one', () => {
    expect(prepareForIndex('/policies/', page('<h1>Chính sách</h1>'))).toBeNull();
    expect(prepareForIndex('/v/M3Q8R4T6/', page('<article data-pagefind-body><h1>Văn bản</h1></article>'))).toBeNull();
    expect(prepareForIndex('/policies/topic/investment/', page('<article data-pagefind-body>x</article>'))).toBeNull();
  });

  it('indexes DDCI task and indicator pages as type "ddci" when their template does not say so', () => {
    const out = prepareForIndex('/zh/ddci/tasks/2026-1/', page('<h1>任务</h1><p>内容</p>', 'zh-Hans'))!;
    expect(out).toContain('<main data-pagefind-body id="main">');
    expect(out).toContain('<span hidden data-pagefind-filter="type:ddci"></span></main>');
    // The overview is a page people look for (src/lib/search-pages.ts): indexed whole, as a page.
    expect(prepareForIndex('/ddci/', page('<h1>DDCI</h1>'))).toContain('data-pagefind-filter="type:page"');
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
