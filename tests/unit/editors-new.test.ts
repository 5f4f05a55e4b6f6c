/**
 * `npm run new`: on a temporary copy of the real content, every collection's new entry
 * passes `npm run check` straight away while its placeholders stay visible (sample: true,
 * «…» listed as unfinished); invalid, taken or unknown names are refused and nothing is
 * written.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { createEntry } from '../../src/node/editors/new-entry.ts';
import { TEMPLATE_RULES } from '../../src/lib/editors/template.ts';
import { findPlaceholders } from '../../src/lib/editors/placeholders.ts';
import { slugify } from '../../src/lib/editors/slugify.ts';
import { copyFixture, MIN_FIXTURE } from '../helpers/fixture.ts';

const REPO = join(import.meta.dirname, '..', '..');
const CONTENT = join(REPO, 'content');
let fx: ReturnType<typeof copyFixture> | undefined;
afterEach(() => {
  fx?.cleanup();
  fx = undefined;
});

function node(script: string, root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(REPO, 'scripts', script), ...args], {
    env: { ...process.env, CONTENT_DIR: root, NO_COLOR: '1' },
    encoding: 'utf8',
  });
}

/** Every file under a folder, relative, to prove a refusal wrote nothing. */
function tree(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? tree(root, join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('npm run new, every collection', () => {
  // One copy of the real content for all collections (copying it per test costs seconds each).
  let shared: ReturnType<typeof copyFixture>;
  beforeAll(() => {
    shared = copyFixture(CONTENT);
  });
  afterAll(() => shared.cleanup());

  // Documents are registered with npm run register instead (tested below and in register.test.ts).
  it.each(COLLECTION_NAMES.filter((c) => c !== 'documents'))('%s: the new entry passes the check and is visibly unfinished', (collection) => {
    const root = shared.root;
    const id = TEMPLATE_RULES[collection]?.example ?? 'muc-moi-thu-nghiem';
    const before = checkContent(root).problems;
    const res = createEntry(root, collection, id, '2026-05-04');
    expect(res.ok, JSON.stringify(res)).toBe(true);
    if (!res.ok) return;
    const def = COLLECTIONS[collection];
    expect(res.files.map((f) => f.path)).toEqual(
      def.format === 'mdx' ? ['vi', 'zh', 'en'].map((l) => `${def.dir}/${l}/${id}.mdx`) : [`${def.dir}/${id}.yaml`],
    );
    const after = checkContent(root);
    expect(after.problems).toEqual(before);
    // The record is read back as the build reads it: a sample, with every placeholder listed.
    const original = after.entries.find((e) => e.collection === collection && e.id === id && (e.locale ?? 'vi') === 'vi')!;
    expect(original.value).toBeDefined();
    if ('sample' in (original.value as object)) expect((original.value as { sample: boolean }).sample).toBe(true);
    const unfinished = findPlaceholders(after.entries).map((h) => h.file);
    expect(unfinished).toContain(original.file);
    // Every field line carries a comment saying what it is.
    const text = readFileSync(join(root, original.file), 'utf8');
    expect(text).toMatch(/# .*\((bắt buộc \/ required)\)/);
  });
});

describe('npm run new', () => {

  it('MDX: the Vietnamese file holds every fact, translations only title, summary, date and body', () => {
    fx = copyFixture(MIN_FIXTURE);
    const res = createEntry(fx.root, 'events', 'hoi-cho-2027', '2026-05-04');
    expect(res.ok).toBe(true);
    const front = (f: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(fx!.root, f), 'utf8'))![1]!);
    expect(Object.keys(front('events/vi/hoi-cho-2027.mdx'))).toEqual(
      expect.arrayContaining(['title', 'summary', 'published', 'topics', 'unit', 'start', 'location', 'kind', 'status', 'sample']),
    );
    expect(front('events/vi/hoi-cho-2027.mdx')).toMatchObject({ unit: 'phong-a', published: '2026-05-04', kind: 'trade-fair', sample: true });
    expect(Object.keys(front('events/zh/hoi-cho-2027.mdx')).sort()).toEqual(['summary', 'title', 'translated']);
    expect(front('events/en/hoi-cho-2027.mdx').title).toMatch(/^«.*»$/);
  });

  it('documents: refused, pointing to npm run register (only it writes the code into the register log), and nothing is written', () => {
    fx = copyFixture(CONTENT);
    const files = tree(fx.root);
    const res = createEntry(fx.root, 'documents', 'cv-moi', '2026-05-04');
    expect(res).toMatchObject({ ok: false });
    if (res.ok) return;
    expect(res.en).toMatch(/npm run register -- <file\.pdf>/);
    expect(res.vi).toMatch(/npm run register/);
    expect(tree(fx.root)).toEqual(files);
  });

  it('refuses an id already used, in any language folder, and writes nothing', () => {
    fx = copyFixture(MIN_FIXTURE);
    const files = tree(fx.root);
    const res = createEntry(fx.root, 'policies', 'chinh-sach-a');
    expect(res).toMatchObject({ ok: false });
    if (res.ok) return;
    expect(res.en).toMatch(/already exists in policies: policies\/vi\/chinh-sach-a\.mdx, policies\/zh\/chinh-sach-a\.mdx/);
    expect(res.vi).toMatch(/đã có trong policies/);
    expect(tree(fx.root)).toEqual(files);
  });

  it('refuses an invalid id and suggests a valid one', () => {
    fx = copyFixture(MIN_FIXTURE);
    const files = tree(fx.root);
    for (const bad of ['Hội chợ Việt–Trung 2027', 'Chinh_Sach', 'a--b', '-x']) {
      const res = createEntry(fx.root, 'events', bad);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.en).toMatch(/is not a valid id/);
    }
    const res = createEntry(fx.root, 'events', 'Hội chợ Việt–Trung 2027');
    if (!res.ok) {
      expect(res.vi).toContain('Ví dụ: hoi-cho-viet-trung-2027');
      expect(res.en).toContain('For example: hoi-cho-viet-trung-2027');
    }
    expect(tree(fx.root)).toEqual(files);
  });

  it('refuses an id that breaks a collection naming rule (DDCI tasks are <plan>-<nn>)', () => {
    fx = copyFixture(CONTENT);
    const res = createEntry(fx.root, 'ddci-tasks', 'nhiem-vu-moi');
    expect(res).toMatchObject({ ok: false });
    if (!res.ok) expect(res.en).toContain('<plan year>-<two-digit number>, e.g. 2026-12');
  });

  it('an unknown collection gets the nearest name; singular and Vietnamese words are understood', () => {
    fx = copyFixture(MIN_FIXTURE);
    const res = createEntry(fx.root, 'evnets', 'x');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.en).toContain('there is no collection "evnets" (did you mean "events"?)');
    expect(createEntry(fx.root, 'su-kien', 'hoi-cho-a', '2026-05-04')).toMatchObject({ ok: true, collection: 'events' });
    expect(createEntry(fx.root, 'policy', 'chinh-sach-b', '2026-05-04')).toMatchObject({ ok: true, collection: 'policies' });
  });

  it('without any unit yet, says to create one first instead of writing a broken file', () => {
    const empty = copyFixture(MIN_FIXTURE);
    try {
      spawnSync('rm', ['-r', join(empty.root, 'units'), join(empty.root, 'policies'), join(empty.root, 'faq'), join(empty.root, 'documents')]);
      const res = createEntry(empty.root, 'policies', 'chinh-sach-moi');
      expect(res).toMatchObject({ ok: false });
      if (!res.ok) expect(res.en).toMatch(/there is no unit .* create one first/);
      expect(existsSync(join(empty.root, 'policies/vi/chinh-sach-moi.mdx'))).toBe(false);
    } finally {
      empty.cleanup();
    }
  });

  it('the commands themselves: new, then check passes and lists the placeholders', () => {
    fx = copyFixture(MIN_FIXTURE);
    const made = node('new-entry.ts', fx.root, '--', 'policies', 'ho-tro-logistics');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/policies\/vi\/ho-tro-logistics\.mdx {3}← mở tệp này trước \/ open this first/);
    expect(made.stdout).toContain('http://localhost:4321/policies/ho-tro-logistics/');
    const checked = node('check-content.ts', fx.root);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toMatch(/✓ 8 tệp nội dung hợp lệ/);
    expect(checked.stdout).toContain('policies/vi/ho-tro-logistics.mdx — title, summary, issuer.vi, issuer.zh, issuer.en, (body)');
    const again = node('new-entry.ts', fx.root, 'policies', 'ho-tro-logistics');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Không tạo được mục mới / Nothing created');
  });
});

describe('slugify', () => {
  it('folds Vietnamese letters, đ included, and joins words with hyphens', () => {
    expect(slugify('Hội chợ Thương mại Quốc tế Việt – Trung 2027')).toBe('hoi-cho-thuong-mai-quoc-te-viet-trung-2027');
    expect(slugify('Đường dây nóng ĐẦU TƯ')).toBe('duong-day-nong-dau-tu');
    expect(slugify('  --Ưu đãi__đầu tư!!  ')).toBe('uu-dai-dau-tu');
  });
});
