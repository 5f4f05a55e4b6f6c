/**
 * Each kind of bad input names the file, the field and what was expected; all problems
 * are reported together; the valid fixture passes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { checkContent } from '../../src/node/content-check/check.ts';
import { copyFixture } from '../helpers/fixture.ts';

let fx: ReturnType<typeof copyFixture>;
afterEach(() => fx?.cleanup());

function problemsAfter(change: (f: typeof fx) => void) {
  fx = copyFixture();
  change(fx);
  return checkContent(fx.root).problems;
}

describe('content check', () => {
  it('passes the valid fixture and reads every file', () => {
    fx = copyFixture();
    const { problems, entries } = checkContent(fx.root);
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.file).sort()).toEqual([
      'documents/cv-1.yaml',
      'faq/hoi-a.yaml',
      'policies/vi/chinh-sach-a.mdx',
      'policies/zh/chinh-sach-a.mdx',
      'units/phong-a.yaml',
    ]);
  });

  it('missing required field: names file, line and field', () => {
    const p = problemsAfter((f) => f.edit('units/phong-a.yaml', (s) => s.replace(/^email:.*\n/m, '')));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'units/phong-a.yaml', field: 'email' });
    expect(p[0]!.en).toMatch(/required field is missing/);
    expect(p[0]!.vi).toMatch(/thiếu trường bắt buộc/);
  });

  it('wrong type', () => {
    const p = problemsAfter((f) => f.edit('units/phong-a.yaml', (s) => s.replace('order: 1', 'order: "first"')));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'units/phong-a.yaml', field: 'order', line: 9 });
    expect(p[0]!.en).toMatch(/wrong type: expected number/);
  });

  it('bad date: impossible calendar day and wrong format', () => {
    const p = problemsAfter((f) => {
      f.edit('documents/cv-1.yaml', (s) => s.replace("'2025-05-02'", "'2025-02-30'"));
      f.edit('faq/hoi-a.yaml', (s) => s.replace("'2025-06-01'", "'01/06/2025'"));
    });
    expect(p.map((x) => `${x.file} ${x.field}`)).toEqual(['documents/cv-1.yaml issued', 'faq/hoi-a.yaml updated']);
    expect(p[0]!.en).toMatch(/real calendar date/);
    expect(p[1]!.en).toMatch(/YYYY-MM-DD/);
    expect(p[1]!.vi).toMatch(/YYYY-MM-DD/);
  });

  it('unknown enum value lists the allowed ones', () => {
    const p = problemsAfter((f) => f.edit('policies/vi/chinh-sach-a.mdx', (s) => s.replace('status: in-force', 'status: active')));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'policies/vi/chinh-sach-a.mdx', field: 'status', line: 9 });
    expect(p[0]!.en).toContain('"in-force", "upcoming", "expired"');
  });

  it('unknown field (typo) is reported, not ignored', () => {
    const p = problemsAfter((f) => f.edit('units/phong-a.yaml', (s) => s + 'emial: x@y.vn\n'));
    expect(p[0]!.en).toMatch(/unknown field\(s\) "emial"/);
  });

  it('duplicate id and duplicate verification code', () => {
    const p = problemsAfter((f) => {
      f.write('units/phong-a.yml', 'x: 1\n');
      f.write('documents/cv-2.yaml', `${'code: AB12CD34\n'}${'number: 2/CV\ntype: letter\ntitle: { vi: T }\nsummary: { vi: S }\nissued: 2025-01-01\nunit: phong-a\nsigner: { name: Ai Đó, position: { vi: GĐ } }\nnoFileReason: { vi: Không }\nvisibility: public\nstatus: valid\n'}`);
    });
    const dup = p.find((x) => x.field === '(id)');
    expect(dup?.file).toBe('units/phong-a.yml');
    expect(dup?.en).toMatch(/duplicate id "phong-a"/);
    const code = p.find((x) => x.field === 'code');
    expect(code?.file).toBe('documents/cv-2.yaml');
    expect(code?.en).toMatch(/duplicate verification code AB12CD34/);
  });

  it('reference to a missing entry, in a field and in related', () => {
    const p = problemsAfter((f) => {
      f.edit('policies/vi/chinh-sach-a.mdx', (s) => s.replace('sourceDocument: cv-1', 'sourceDocument: cv-9'));
      f.edit('faq/hoi-a.yaml', (s) => s.replace('policies/chinh-sach-a', 'policies/khong-co'));
    });
    expect(p.map((x) => `${x.file} ${x.field}`).sort()).toEqual(['faq/hoi-a.yaml related.0', 'policies/vi/chinh-sach-a.mdx sourceDocument']);
    expect(p.find((x) => x.field === 'sourceDocument')!.en).toMatch(/documents has no entry with that id/);
  });

  it('translation without a Vietnamese original', () => {
    const p = problemsAfter((f) => f.write('policies/zh/mo-coi.mdx', "---\ntitle: 孤儿\nsummary: 没有原文的译文\ntranslated: '2025-01-01'\n---\n\n正文\n"));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'policies/zh/mo-coi.mdx', field: '(file)' });
    expect(p[0]!.en).toMatch(/without a Vietnamese original/);
  });

  it('malformed YAML names the line', () => {
    const p = problemsAfter((f) => f.edit('faq/hoi-a.yaml', (s) => s.replace('topic: documents', 'topic: [documents')));
    expect(p[0]).toMatchObject({ file: 'faq/hoi-a.yaml', field: '(file)' });
    expect(p[0]!.line).toBeGreaterThan(0);
  });

  it('hash that does not match the published file', () => {
    const p = problemsAfter((f) => {
      const pdf = Buffer.from('%PDF-1.4 sample\n');
      mkdirSync(join(f.root, 'documents/files'), { recursive: true });
      writeFileSync(join(f.root, 'documents/files/cv-1.pdf'), pdf);
      const wrong = createHash('sha256').update('other').digest('hex');
      f.edit('documents/cv-1.yaml', (s) => s.replace(/noFileReason:.*\n/, `sha256: ${wrong}\nfile: cv-1.pdf\n`));
    });
    // Two problems: the file does not match, and the register log registered no hash for this code.
    expect(p).toHaveLength(2);
    expect(p[0]).toMatchObject({ file: 'documents/cv-1.yaml', field: 'sha256' });
    expect(p[0]!.en).toMatch(/does not match documents\/files\/cv-1.pdf/);
    expect(p[1]!.en).toMatch(/register log holds sha256 \(none\) for AB12CD34/);
  });

  it('superseded document pointing to a missing code', () => {
    const p = problemsAfter((f) =>
      f.edit('documents/cv-1.yaml', (s) =>
        s.replace('status: valid', "status: superseded\nstatusDate: '2025-06-01'\nstatusReason: { vi: Thay thế }\nsupersededBy: ZZ99ZZ99"),
      ),
    );
    expect(p.filter((x) => x.field === 'supersededBy')).toHaveLength(1);
    // …and the status was written by hand instead of with the command.
    expect(p.find((x) => x.field === 'status')!.en).toMatch(/npm run register -- --supersede AB12CD34 --by ZZ99ZZ99/);
  });

  it('a published file that no record names is reported, not silently left out', () => {
    const p = problemsAfter((f) => {
      mkdirSync(join(f.root, 'documents/files'), { recursive: true });
      writeFileSync(join(f.root, 'documents/files/mo-coi.pdf'), '%PDF-1.4\n');
    });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'documents/files/mo-coi.pdf', field: '(file)' });
    expect(p[0]!.en).toMatch(/no document record names this file/);
  });

  it('reports all problems at once', () => {
    const p = problemsAfter((f) => {
      f.edit('units/phong-a.yaml', (s) => s.replace('order: 1', 'order: -1'));
      f.edit('faq/hoi-a.yaml', (s) => s.replace('topic: documents', 'topic: visas'));
      f.edit('policies/vi/chinh-sach-a.mdx', (s) => s.replace('unit: phong-a', 'unit: phong-b'));
    });
    expect(p.length).toBe(3);
  });
});
