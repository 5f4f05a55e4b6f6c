/**
 * The editors' pages in the built site, and the editors' workflow end to end: following
 * the guide, a new editor adds a policy in three languages and an event with `npm run new`,
 * fills them in with the MDX components, builds, and finds them on the site; a citation of
 * an unregistered document stops the build with the file and line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isolatedBuild } from '../../scripts/lib/isolated-build.ts';
import { readDist } from '../../scripts/lib/dist.ts';
import { copyFixture } from '../helpers/fixture.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { createEntry } from '../../src/node/editors/new-entry.ts';
import { translationReport } from '../../src/lib/translations/report.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';

const REPO = join(import.meta.dirname, '..', '..');
const EDITOR_PAGES = ['/editors/', '/editors/components/', '/editors/translations/', '/editors/fields/policies/'];
const prefixes = ['', '/zh', '/en'];

describe('editors pages in the built site', () => {
  it('exist in every language, are noindex, carry no script, and are left out of search', () => {
    for (const p of EDITOR_PAGES)
      for (const l of prefixes) {
        const html = readDist(`${l}${p}`);
        expect(html, `${l}${p}`).toContain('<meta name="robots" content="noindex">');
        expect(html).not.toMatch(/<script\b(?![^>]*application\/(ld\+)?json)/);
        expect(html).not.toContain('data-pagefind-body');
      }
  });

  it('are linked from the footer, not from the main navigation', () => {
    const home = readDist('/');
    const nav = /<nav class="mainnav"[\s\S]*?<\/nav>/.exec(home)?.[0] ?? '';
    expect(nav).not.toBe('');
    expect(nav).not.toContain('/editors/');
    const footer = /<footer[\s\S]*?<\/footer>/.exec(home)![0];
    expect(footer).toContain('href="/editors/"');
  });

  it('the guide is Vietnamese at /editors/, English at /en/editors/, the Vietnamese under a notice at /zh/editors/', () => {
    expect(readDist('/editors/')).toMatch(/<h1[^>]*>Hướng dẫn cho biên tập viên<\/h1>/);
    expect(readDist('/en/editors/')).toMatch(/<h1[^>]*>Editors[’'] guide<\/h1>/);
    const zh = readDist('/zh/editors/');
    expect(zh).toContain('<html lang="zh-Hans"');
    expect(zh).toContain('本指南有越南语和英语两个版本，以下为越南语原文。');
    expect(zh).toMatch(/<div class="prose guide" lang="vi">/);
  });

  it('the components page renders the real components', () => {
    for (const l of ['', '/en']) {
      const html = readDist(`${l}/editors/components/`);
      expect(html).toMatch(/<div class="notice callout callout-warning" role="note">/);
      expect(html).toMatch(/<span class="docref"><a href="[^"]*\/documents\/[a-z0-9-]+\/"/);
      expect(html).toMatch(/href="(\/en)?\/v\/[0-9A-HJKMNP-TV-Z]{8}\/"/);
      expect(html).toContain('<ol class="steps">');
      expect(html).toMatch(/<td data-label="[^"]+">/);
      expect(html).toMatch(/<caption>/);
    }
    expect(readDist('/editors/')).toMatch(/<figure class="mdx-figure">\s*<img src="\/images\/editors\/quy-trinh-vi\.svg" alt="[^"]+"/);
  });

  it('has a field page per collection', () => {
    for (const c of COLLECTION_NAMES) expect(readDist(`/en/editors/fields/${c}/`)).toContain(`npm run new -- ${c}`);
  });

  it('the translation status page lists exactly what the report lists', () => {
    const report = translationReport(checkContent(join(REPO, 'content')).entries);
    const gaps = report.collections.reduce((n, c) => n + c.gaps.length, 0);
    for (const l of prefixes) {
      const html = readDist(`${l}/editors/translations/`);
      expect((html.match(/<tr data-gap="/g) ?? []).length, l).toBe(gaps);
    }
  });
});

describe('a new editor follows the guide', () => {
  const fx = copyFixture();
  // In its own copy of the project (scripts/lib/isolated-build.ts): builds of other
  // content running at the same time cannot disturb it.
  const out = mkdtempSync(join(tmpdir(), 'sngv-editors-'));
  const b = isolatedBuild(out, fx.root);
  afterAll(() => {
    fx.cleanup();
    rmSync(out, { recursive: true, force: true });
  });
  const build = () => spawnSync(b.cmd, b.args, { cwd: b.cwd, env: b.env, encoding: 'utf8' });
  const page = (p: string) => readFileSync(join(b.dist, p, 'index.html'), 'utf8');

  it('adds a policy in three languages and an event, builds, and sees them', () => {
    expect(createEntry(fx.root, 'policies', 'ho-tro-logistics', '2026-05-04').ok).toBe(true);
    expect(createEntry(fx.root, 'events', 'hoi-thao-logistics-2027', '2026-05-04').ok).toBe(true);
    // Fill in the placeholders as the comments say, delete "sample: true", use the components.
    const fill = (file: string, values: [RegExp, string][], body: string) =>
      fx.edit(file, (s) => {
        let out = s;
        for (const [re, v] of values) out = out.replace(re, v);
        return out.replace(/\n---\n[\s\S]*$/, `\n---\n\n${body}\n`);
      });
    fill(
      'policies/vi/ho-tro-logistics.mdx',
      [
        [/^title: .*$/m, 'title: "Hỗ trợ doanh nghiệp logistics"'],
        [/^summary: .*$/m, 'summary: "Tư vấn thủ tục cho doanh nghiệp logistics xuyên biên giới."'],
        [/^ {2}vi: "«.*»"$/m, '  vi: "UBND tỉnh Lạng Sơn"'],
        [/^ {2}zh: "«.*»"$/m, '  zh: "谅山省人民委员会"'],
        [/^ {2}en: "«.*»"$/m, '  en: "Lạng Sơn Provincial People\'s Committee"'],
        [/^sample: true\n/m, ''],
      ],
      'Căn cứ <DocRef number="1/CV-SNgV" />.\n\n<Callout type="tip">\n\nGọi cho Trung tâm.\n\n</Callout>\n\n<Steps>\n\n1. Chuẩn bị hồ sơ.\n2. Nộp hồ sơ.\n\n</Steps>\n\n<Table caption="Mức hỗ trợ">\n\n| Đối tượng | Hỗ trợ |\n| --- | --- |\n| Doanh nghiệp nhỏ | Tư vấn miễn phí |\n\n</Table>',
    );
    fill('policies/zh/ho-tro-logistics.mdx', [[/^title: .*$/m, 'title: "物流企业支持"'], [/^summary: .*$/m, 'summary: "为跨境物流企业提供手续咨询。"']], '<Callout>\n\n请致电中心。\n\n</Callout>');
    fill('policies/en/ho-tro-logistics.mdx', [[/^title: .*$/m, 'title: "Support for logistics companies"'], [/^summary: .*$/m, 'summary: "Advice on procedures for cross-border logistics companies."']], 'Call the Centre.');
    fill(
      'events/vi/hoi-thao-logistics-2027.mdx',
      [
        [/^title: .*$/m, 'title: "Hội thảo logistics 2027"'],
        [/^summary: .*$/m, 'summary: "Doanh nghiệp logistics gặp đối tác Quảng Tây."'],
        [/^start: .*$/m, 'start: "2027-03-15"'],
        [/^ {2}vi: "«.*»"$/m, '  vi: "Thành phố Lạng Sơn"'],
        [/^ {2}zh: "«.*»"$/m, '  zh: "谅山市"'],
        [/^ {2}en: "«.*»"$/m, '  en: "Lang Son City"'],
      ],
      'Hội thảo cho doanh nghiệp.',
    );
    // Not translated yet: the guide says to delete the translation files.
    rmSync(join(fx.root, 'events/zh/hoi-thao-logistics-2027.mdx'));
    rmSync(join(fx.root, 'events/en/hoi-thao-logistics-2027.mdx'));
    expect(checkContent(fx.root).problems).toEqual([]);

    const res = build();
    expect(res.status, res.stderr.slice(-3000)).toBe(0);
    const vi = page('policies/ho-tro-logistics');
    expect(vi).toMatch(/<h1[^>]*>Hỗ trợ doanh nghiệp logistics<\/h1>/);
    expect(vi).not.toContain('«');
    expect(vi).toContain('Công văn thử'); // the cited document's title, from the register
    expect(vi).toContain('href="/v/AB12CD34/"');
    expect(vi).toContain('<ol class="steps">');
    expect(vi).toContain('<td data-label="Đối tượng">Doanh nghiệp nhỏ</td>');
    expect(page('zh/policies/ho-tro-logistics')).toMatch(/<h1[^>]*>物流企业支持<\/h1>[\s\S]*<strong lang="zh-Hans">注意<\/strong>/);
    expect(page('en/policies/ho-tro-logistics')).toMatch(/<h1[^>]*>Support for logistics companies<\/h1>/);
    const event = page('en/events/hoi-thao-logistics-2027');
    expect(event).toMatch(/<h1 lang="vi">Hội thảo logistics 2027<\/h1>/);
    expect(event).toContain('Lang Son City');
    expect(event).toMatch(/<li class="badge sample">Sample<\/li>/);
  }, 600_000);

  it('a citation of an unregistered document stops the build, naming file and line', () => {
    fx.edit('policies/vi/ho-tro-logistics.mdx', (s) => s.replace('<DocRef number="1/CV-SNgV" />', '<DocRef number="404/CV-SNgV" />'));
    const res = build();
    const log = res.stdout + res.stderr;
    expect(res.status).not.toBe(0);
    expect(log).toMatch(/policies\/vi\/ho-tro-logistics\.mdx:\d+ — <DocRef>/);
    expect(log).toContain('no registered document has the number "404/CV-SNgV"');
  }, 600_000);
});
