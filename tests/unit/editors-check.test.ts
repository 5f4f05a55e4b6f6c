/**
 * What `npm run check` tells an editor about each kind of broken record, beyond the
 * base cases of content-check.test.ts: typo hints, missing fields explained, the line of
 * an unknown field, MDX components misspelt or misused, documents cited but not
 * registered, and the command's own output and exit code.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/node/content-check/check.ts';
import { MDX_COMPONENTS } from '../../src/lib/mdx/safe-subset.ts';
import { closest, editDistance } from '../../src/lib/content-check/suggest.ts';
import { findDocument } from '../../src/lib/mdx/doc-ref.ts';
import { labelTableCells, styleSteps } from '../../src/lib/mdx/html-transforms.ts';
import { keysAt } from '../../src/lib/schema-introspect.ts';
import { documentSchema } from '../../src/schemas/documents.ts';
import { copyFixture } from '../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..');
let fx: ReturnType<typeof copyFixture>;
afterEach(() => fx?.cleanup());

function problemsAfter(change: (f: typeof fx) => void) {
  fx = copyFixture();
  change(fx);
  return checkContent(fx.root).problems;
}

const POLICY = 'policies/vi/chinh-sach-a.mdx';
const body = (text: string) => (s: string) => `${s}\n${text}\n`;

describe('check: messages for broken records', () => {
  it('misspelt field: reported on its own line, with the right name', () => {
    const p = problemsAfter((f) => f.edit(POLICY, (s) => s.replace('effectiveFrom:', 'efectiveFrom:')));
    const typo = p.find((x) => x.field === 'efectiveFrom');
    expect(typo).toMatchObject({ file: POLICY, line: 10 });
    expect(typo!.en).toBe('unknown field(s) "efectiveFrom": check the spelling or remove them (did you mean "effectiveFrom"?)');
    expect(typo!.vi).toContain('(có phải ý bạn là "effectiveFrom"?)');
    // …and the field it should have been is missing, said with what it means and what to write.
    const missing = p.find((x) => x.field === 'effectiveFrom');
    expect(missing!.en).toBe('required field is missing: expected date YYYY-MM-DD (First day it applies)');
    expect(missing!.vi).toBe('thiếu trường bắt buộc: cần ngày YYYY-MM-DD (Ngày bắt đầu có hiệu lực)');
  });

  it('misspelt field inside a group (signer.nmae)', () => {
    const p = problemsAfter((f) => f.edit('documents/cv-1.yaml', (s) => s.replace('signer: { name:', 'signer: { nmae:')));
    expect(p.map((x) => x.field).sort()).toEqual(['signer.name', 'signer.nmae']);
    expect(p.find((x) => x.field === 'signer.nmae')!.en).toMatch(/did you mean "name"\?/);
  });

  it('misspelt value of a list: the nearest allowed value', () => {
    const p = problemsAfter((f) => f.edit(POLICY, (s) => s.replace('topics: [investment]', 'topics: [investmnet]')));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ field: 'topics.0', line: 5 });
    expect(p[0]!.en).toMatch(/expected one of .* \(did you mean "investment"\?\)$/);
  });

  it('a wrong guess is not offered: no hint for a value far from every allowed one', () => {
    const p = problemsAfter((f) => f.edit(POLICY, (s) => s.replace('status: in-force', 'status: abolished')));
    expect(p[0]!.en).not.toMatch(/did you mean/);
  });

  it('a missing group of texts says it needs three languages', () => {
    const p = problemsAfter((f) => f.edit(POLICY, (s) => s.replace(/^issuer:.*\n/m, '')));
    expect(p[0]!.en).toBe('required field is missing: expected text in three languages: vi (required), zh, en (Who issued the policy, e.g. "Lạng Sơn Provincial People\'s Committee")');
  });

  it('link to a misspelt entry id suggests the existing one', () => {
    const p = problemsAfter((f) => f.edit(POLICY, (s) => s.replace('unit: phong-a', 'unit: phong-aa')));
    expect(p[0]).toMatchObject({ file: POLICY, field: 'unit', line: 6 });
    expect(p[0]!.en).toBe('links to "phong-aa" but units has no entry with that id (did you mean "phong-a"?)');
  });

  it('misspelt MDX component: file, line, and the right name', () => {
    const p = problemsAfter((f) => f.edit(POLICY, body('<Calout type="tip">\n\nMẹo.\n\n</Calout>')));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: POLICY, field: '<Calout>', line: 16 });
    expect(p[0]!.en).toMatch(/^unknown component <Calout> \(did you mean <Callout>\?\)/);
    expect(p[0]!.vi).toMatch(/^không có thành phần <Calout> \(có phải ý bạn là <Callout>\?\)/);
  });

  it('components inside code and comments are not checked', () => {
    const p = problemsAfter((f) => f.edit(POLICY, body('```\n<Calout>\n```\n\n`<Nope />` {/* <Other /> */}')));
    expect(p).toEqual([]);
  });

  it('DocRef to an unregistered number fails; a registered one (any case and spacing) passes', () => {
    const bad = problemsAfter((f) => f.edit(POLICY, body('Căn cứ <DocRef number="99/CV-SNgV" />.')));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ file: POLICY, field: '<DocRef>', line: 16 });
    expect(bad[0]!.en).toBe('no registered document has the number "99/CV-SNgV"; register it first (content/documents/) or correct the number');
    fx.cleanup();
    expect(problemsAfter((f) => f.edit(POLICY, body('Căn cứ <DocRef number="1/cv-sngv" /> và <DocRef code="AB12CD34" />.')))).toEqual([]);
  });

  it('DocRef without a number, and Figure without alt text', () => {
    const p = problemsAfter((f) => f.edit(POLICY, body('<DocRef />\n\n<Figure src="/images/x.png" caption="Ảnh" />')));
    expect(p.map((x) => x.field)).toEqual(['<DocRef>', '<Figure> alt']);
    expect(p[1]!.en).toMatch(/<Figure> needs alt="…": a short description/);
  });

  it('the command: exit code 1, every problem with file:line, a pointer to the guide', () => {
    fx = copyFixture();
    fx.edit(POLICY, (s) => s.replace('status: in-force', 'status: in-forse'));
    fx.edit('faq/hoi-a.yaml', (s) => s.replace('topic: documents', 'topic: documnets'));
    const r = spawnSync(process.execPath, [join(REPO, 'scripts/check-content.ts')], { env: { ...process.env, CONTENT_DIR: fx.root, NO_COLOR: '1' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Có 2 lỗi trong nội dung / 2 problems in the content:');
    expect(r.stderr).toContain(`✗ ${POLICY}:9 — status`);
    expect(r.stderr).toContain('✗ faq/hoi-a.yaml:3 — topic');
    expect(r.stderr).toContain('(did you mean "documents"?)');
    expect(r.stderr).toContain('/editors/#thong-bao-loi');
    expect(r.stderr).not.toMatch(/\x1b\[/);
  });
});

describe('pieces the messages and components rely on', () => {
  it('edit distance and the nearest name', () => {
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('emial', ['email', 'unit', 'order'])).toBe('email');
    expect(closest('xyz', ['email', 'unit'])).toBeUndefined();
    expect(closest('Evnets', ['events', 'mous'])).toBe('events');
  });

  it('allowed keys are read from the schema, inside groups and lists too', () => {
    expect(keysAt(documentSchema, ['signer'])).toEqual(['name', 'position']);
    expect(keysAt(documentSchema, ['title'])).toEqual(['vi', 'zh', 'en']);
    expect(keysAt(documentSchema, [])).toContain('supersededBy');
    expect(keysAt(documentSchema, ['nowhere'])).toEqual([]);
  });

  it('the check knows exactly the components MDX content receives', () => {
    const index = readFileSync(join(REPO, 'src/components/mdx/index.ts'), 'utf8');
    const given = /mdxComponents = \{([^}]*)\}/.exec(index)![1]!.split(',').map((s) => s.trim()).filter(Boolean);
    expect(given.sort()).toEqual([...MDX_COMPONENTS].sort());
  });

  it('finding a cited document: by number (case and spaces ignored), by year when numbers recur, by code', () => {
    const docs = [
      { id: 'a', code: 'AAAA0000', number: '12/KH-SNgV', issued: '2025-01-02' },
      { id: 'b', code: 'BBBB1111', number: '12/KH-SNgV', issued: '2026-01-02' },
      { id: 'c', code: 'CCCC2222', number: '627/KH-SNgV', issued: '2025-04-17' },
    ];
    expect(findDocument(docs, { number: '627 / kh-sngv' })).toMatchObject({ ok: true, doc: { id: 'c' } });
    const twice = findDocument(docs, { number: '12/KH-SNgV' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.en).toBe('the number "12/KH-SNgV" belongs to several documents: a (2025-01-02), b (2026-01-02); add year="…" or use code="…"');
    expect(findDocument(docs, { number: '12/KH-SNgV', year: 2026 })).toMatchObject({ ok: true, doc: { id: 'b' } });
    expect(findDocument(docs, { code: 'bbbb1111' })).toMatchObject({ ok: true, doc: { id: 'b' } });
    expect(findDocument(docs, { code: 'ZZZZ9999' }).ok).toBe(false);
  });

  it('table cells get their column label; steps get the steps style', () => {
    const html =
      '<table><thead><tr><th>Dịch vụ</th><th align="right">Giá &amp; phí</th></tr></thead><tbody><tr><td>Dịch</td><td align="right">100</td></tr><tr><td>Phiên dịch</td><td>200</td></tr></tbody></table>';
    const { html: out, tables } = labelTableCells(html);
    expect(tables).toBe(1);
    expect(out.match(/data-label="Dịch vụ"/g)).toHaveLength(2);
    expect(out).toContain('<td data-label="Giá &amp; phí" align="right">100</td>');
    expect(labelTableCells('<p>no table</p>').tables).toBe(0);
    expect(styleSteps('<ol>\n<li>a</li>\n</ol>')).toBe('<ol class="steps">\n<li>a</li>\n</ol>');
    expect(styleSteps('<ul><li>a</li></ul>')).toBeNull();
  });
});
