/**
 * Hostile, broken and contradictory content, each class in its own copy of the small
 * fixture, run through the real `npm run check` command (scripts/check-content.ts):
 * it must exit 1, name the file (and line where there is one) and the field, say what is
 * expected in Vietnamese and English, and never print a stack trace. Many classes try to
 * slip past the rules through MDX's own syntax (backticks or braces in attribute values,
 * entities, mixed case, reference-style links), not only the obvious forms.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture } from '../helpers/fixture.ts';
import { HOSTILE_CLASSES, POLICY, type HostileClass } from '../helpers/hostile-classes.ts';

const REPO = join(import.meta.dirname, '..', '..');
const fixtures: ReturnType<typeof copyFixture>[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

const run = promisify(execFile);

/**
 * Runs the check command on a content folder, as an editor would. Asynchronous, so the
 * classes below run a few at a time: each is a separate process in its own folder.
 */
async function check(root: string): Promise<{ status: number | null; out: string }> {
  const options = { cwd: REPO, encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CONTENT_DIR: root, NO_COLOR: '1', BUILD_DATE: '2026-11-26' } };
  try {
    const res = await run(process.execPath, [join(REPO, 'scripts', 'check-content.ts')], options);
    return { status: 0, out: `${res.stdout}\n${res.stderr}` };
  } catch (e) {
    const err = e as { code?: number | string; signal?: string; stdout?: string; stderr?: string };
    return { status: typeof err.code === 'number' ? err.code : null, out: `${err.stdout ?? ''}\n${err.stderr ?? ''}` };
  }
}

function prepare(c: HostileClass) {
  const fx = copyFixture();
  fixtures.push(fx);
  c.setup({
    ...fx,
    mkdir: (dir) => mkdirSync(join(fx.root, dir), { recursive: true }),
    symlink: (target, path) => symlinkSync(target, join(fx.root, path)),
    writeBytes: (file, bytes) => writeFileSync(join(fx.root, file), bytes),
  });
  return fx;
}

describe('the unbroken fixture passes, so every failure below is the hostile input', () => {
  it('npm run check exits 0 on the fixture', async () => {
    const fx = copyFixture();
    fixtures.push(fx);
    const { status, out } = await check(fx.root);
    expect(out).toContain('content files valid');
    expect(status).toBe(0);
  });
});

describe(`npm run check refuses ${HOSTILE_CLASSES.length} classes of hostile or contradictory content`, () => {
  it('has at least 30 classes', () => expect(HOSTILE_CLASSES.length).toBeGreaterThanOrEqual(30));

  it.concurrent.for(HOSTILE_CLASSES.map((c) => [c.name, c] as const))('%s', async ([, c], { expect }) => {
    const fx = prepare(c);
    const { status, out } = await check(fx.root);
    expect(status, out).toBe(1);
    // "✗ file[:line] — field", then the Vietnamese and English explanation.
    const where = c.line === undefined ? `✗ ${c.file}` : `✗ ${c.file}:${c.line}`;
    const heads = out.split('\n').filter((l) => l.startsWith('✗ '));
    const hit = heads.find((l) => l.startsWith(`${where} — `) || (c.line === undefined && l.startsWith(`${where}:`) ));
    expect(hit, `no problem reported for ${where}:\n${out}`).toBeDefined();
    expect(hit!.split(' — ')[1], out).toContain(c.field);
    expect(out).toMatch(c.says);
    expect(out).toMatch(/\n {4}vi: .+\n {4}en: .+/);
    // Never a stack trace, never a crash.
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(out).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError:/);
  });
});

describe('what stays allowed', () => {
  it('a draft (name starting with "_") in its folder is neither checked nor published', async () => {
    const fx = copyFixture();
    fixtures.push(fx);
    fx.write('faq/_nhap.yaml', 'question: { vi: chưa xong\n');
    fx.write('policies/vi/_nhap.mdx', '---\ntitle: x\n---\n\n{process.env.HOME}\n');
    const { status, out } = await check(fx.root);
    expect(out).toContain('content files valid');
    expect(status).toBe(0);
  });

  it('components with literal attributes, comments, escapes, safe links and images pass', async () => {
    const fx = copyFixture();
    fixtures.push(fx);
    fx.edit(POLICY, (s) =>
      [
        s,
        '{/* Ghi chú cho biên tập viên: không hiện trên trang. */}',
        '',
        '<Callout type="warning" title="Hạn chót {không phải biểu thức} `và dấu huyền`">',
        '',
        'Viết thoát \\{process.env.X} và \\<script> hiện như chữ; `<iframe>` trong mã cũng vậy.',
        '',
        '</Callout>',
        '',
        'Xem [RCEP](https://wto.org/rcep), [trang](/policies/), [mục](#a), [thư](mailto:a@example.gov.vn), [gọi](tel:+842053812345) và [chú thích][r], H<sub>2</sub>O, m<sup>2</sup>.',
        '',
        '[r]: /faq/ "Câu hỏi"',
        '',
        '![Sơ đồ](/images/so-do.svg)',
        '',
        '<DocRef number="1/CV-SNgV" year="2025" />',
        '',
      ].join('\n'),
    );
    const { status, out } = await check(fx.root);
    expect(out).toContain('content files valid');
    expect(status).toBe(0);
  });
});
