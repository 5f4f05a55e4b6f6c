/**
 * The collection loader reads through the content check's reader, and with shared reads
 * on, every reader of a build gets the first reading of an unchanged file instead of
 * parsing it again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { contentLoader, ContentLoadError, type LoaderSource } from '../../src/node/content-loader.ts';
import { readMdxCollection, readYamlCollection } from '../../src/node/content-check/read.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { remembered, shareReads, sharedReadStats, unshareReads } from '../../src/node/content-check/shared-reads.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { translationSchema } from '../../src/schemas/articles.ts';
import type { Problem } from '../../src/lib/content-check/problems.ts';
import { copyFixture, MIN_FIXTURE } from '../helpers/fixture.ts';

type Entry = Parameters<DataStore['set']>[0];

/** The part of Astro's loader context the loader uses, with the collection's schema as parseData. */
function context(schema: { parse: (v: unknown) => unknown }, entries = new Map<string, Entry>()) {
  const imports: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: Entry) => (entries.set(e.id, e), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: (f: string) => void imports.push(f),
  } as unknown as DataStore;
  const ctx = {
    collection: 'test',
    store,
    config: { root: new URL(`file://${join(MIN_FIXTURE, '..', '..', '..')}/`) },
    parseData: async ({ data }: { data: unknown }) => schema.parse(data),
    generateDigest: (s: string) => String(s.length) + ':' + s.slice(0, 20),
  } as unknown as LoaderContext;
  return { ctx, entries, imports };
}

afterEach(() => unshareReads());

describe('collection loader', () => {
  it('stores the YAML records the check reads, under the same ids, validated by the schema', async () => {
    const { ctx, entries } = context(COLLECTIONS.units.schema);
    await contentLoader({ root: MIN_FIXTURE, dir: 'units', format: 'yaml' }).load(ctx);
    const checked = checkContent(MIN_FIXTURE).entries.filter((e) => e.collection === 'units');
    expect([...entries.keys()]).toEqual(checked.map((e) => e.id));
    for (const e of checked) {
      const stored = entries.get(e.id)!;
      expect(stored.data).toEqual(e.value);
      expect(stored.filePath).toBe(`tests/fixtures/content-min/units/${e.id}.yaml`);
      expect(stored.deferredRender).toBeUndefined();
    }
  });

  it('stores MDX originals by file name and translations as "<locale>/<id>", rendered on demand, body without front matter', async () => {
    const src: LoaderSource = { root: MIN_FIXTURE, dir: 'policies', format: 'mdx', locales: ['zh', 'en'], localeInId: true };
    const { ctx, entries } = context(translationSchema);
    await contentLoader(src).load(ctx);
    expect([...entries.keys()]).toEqual(['zh/chinh-sach-a']);
    const tr = entries.get('zh/chinh-sach-a')!;
    expect(tr.deferredRender).toBe(true);
    expect(tr.body).not.toMatch(/^---/);
    expect(tr.body).toBe(tr.body?.trim());

    const vi = context(COLLECTIONS.policies.schema);
    await contentLoader({ ...src, locales: ['vi'], localeInId: false }).load(vi.ctx);
    expect([...vi.entries.keys()]).toEqual(['chinh-sach-a']);
  });

  it('keeps an unchanged entry of a cached store without validating it again, and drops entries whose file is gone', async () => {
    const { ctx, entries, imports } = context(COLLECTIONS.policies.schema);
    const src: LoaderSource = { root: MIN_FIXTURE, dir: 'policies', format: 'mdx', locales: ['vi'], localeInId: false };
    await contentLoader(src).load(ctx);
    entries.set('removed-since', { id: 'removed-since', data: {} });
    let validated = 0;
    const again = { ...ctx, parseData: async (o: { data: unknown }) => (validated++, o.data) } as LoaderContext;
    await contentLoader(src).load(again);
    expect(validated).toBe(0);
    expect(imports).toEqual([entries.get('chinh-sach-a')!.filePath]);
    expect(entries.has('removed-since')).toBe(false);
  });

  it('stops with the check\'s own message when a file breaks the reading rules', async () => {
    const copy = copyFixture();
    try {
      copy.write('units/phong-b.yaml', 'a: &x [1]\nb: *x\n');
      const { ctx } = context(COLLECTIONS.units.schema);
      const load = contentLoader({ root: copy.root, dir: 'units', format: 'yaml' }).load(ctx);
      await expect(load).rejects.toBeInstanceOf(ContentLoadError);
      await expect(load).rejects.toThrow(/units\/phong-b\.yaml:2[\s\S]*YAML aliases/);
    } finally {
      copy.cleanup();
    }
  });
});

describe('shared reads', () => {
  let copy: ReturnType<typeof copyFixture>;
  beforeEach(() => {
    copy = copyFixture();
  });
  afterEach(() => copy.cleanup());

  it('are off unless turned on: every call reads the file again', () => {
    const a = readYamlCollection(copy.root, 'units', []);
    const b = readYamlCollection(copy.root, 'units', []);
    expect(a[0]!.data).toEqual(b[0]!.data);
    expect(a[0]!.data).not.toBe(b[0]!.data);
    expect(sharedReadStats()).toBeUndefined();
  });

  it('give every reader the first reading of an unchanged file, problems included', () => {
    shareReads();
    copy.write('units/phong-b.yaml', 'a: 1\na: 2\n');
    const p1: Problem[] = [];
    const p2: Problem[] = [];
    const first = readYamlCollection(copy.root, 'units', p1);
    const second = readYamlCollection(copy.root, 'units', p2);
    expect(second[0]!.data).toBe(first[0]!.data);
    expect(p1).toHaveLength(1);
    expect(p2).toEqual(p1);
    expect(sharedReadStats()).toEqual({ hits: 2, misses: 2 });
    // The whole check reads through the same memo.
    const checked = checkContent(copy.root).entries.find((e) => e.collection === 'units' && e.id === 'phong-a')!;
    expect(checked.data).toBe(first[0]!.data);
  });

  it('read a file again once it changes', () => {
    shareReads();
    const before = readMdxCollection(copy.root, 'policies', [], ['vi'])[0]!;
    const file = join(copy.root, before.file);
    copy.edit(before.file, (s) => s.replace(/\n---\n/, '\nextra: yes\n---\n'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const after = readMdxCollection(copy.root, 'policies', [], ['vi'])[0]!;
    expect(after.data).toMatchObject({ extra: 'yes' });
    expect(before.data).not.toHaveProperty('extra');
  });

  it('keep different readings of one file apart', () => {
    shareReads();
    const path = join(copy.root, 'units', 'phong-a.yaml');
    expect(remembered('one', path, () => 1)).toBe(1);
    expect(remembered('two', path, () => 2)).toBe(2);
    expect(remembered('one', path, () => 3)).toBe(1);
  });
});
