/**
 * Adding a section touches the registry and its labels only. In a copy of the project,
 * this test adds a "notices" section to src/schemas/index.ts (schema, listing, place in
 * LIST_ORDER) and its `section.notices` / `intro.notices` labels to src/i18n/, writes two
 * notices into a copy of the small fixture, builds, and finds what every section gets:
 * entry pages in three languages, the list and a facet list, search records with the
 * section's type, entries in the section's feed and the site feed, and open data (the
 * dataset, one file per record, its JSON Schema, its place in the index).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixture } from '../helpers/fixture.ts';
import { isolatedBuild, type IsolatedBuild } from '../../scripts/lib/isolated-build.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/server.ts';
import { nodeSearch } from '../../scripts/lib/pagefind-node.ts';

const SECTION = `  notices: section({
    dir: 'notices',
    format: 'yaml',
    schema: z.strictObject({
      title: localized,
      summary: localized,
      published: isoDate,
      unit: slug,
      related: z.array(entryRef).default([]),
      updates: z.array(update).default([]),
      sample,
    }),
    refs: ENTRY_REFS,
    listing: { facets: ['year', 'unit'], searchType: 'notice', date: (d) => d.published, facetValues: (d) => ({ unit: [d.unit] }) },
  }),
`;

const NOTICE = (n: string, date: string) => `title:
  vi: "Thông báo lịch tiếp công dân ${n}"
  zh: "公民接待日程通知 ${n}"
  en: "Notice of citizen reception hours ${n}"
summary:
  vi: "Lịch tiếp công dân của Sở trong tháng."
  en: "The department's reception hours this month."
published: '${date}'
unit: phong-a
sample: true
`;

const LABELS: Record<string, [string, string]> = {
  vi: ['Thông báo', 'Thông báo của Sở.'],
  zh: ['通知', '本厅通知。'],
  en: ['Notices', "The department's notices."],
};

let build: IsolatedBuild;
let work: string;
let fixture: ReturnType<typeof copyFixture>;
let server: StaticServer;
const read = (path: string) => readFileSync(join(build.dist, path), 'utf8');

beforeAll(async () => {
  fixture = copyFixture();
  mkdirSync(join(fixture.root, 'notices'));
  fixture.write('notices/thong-bao-1.yaml', NOTICE('1', '2026-03-02'));
  fixture.write('notices/thong-bao-2.yaml', NOTICE('2', '2026-04-06'));
  work = mkdtempSync(join(tmpdir(), 'sngv-new-section-'));
  build = isolatedBuild(work, fixture.root);
  // The registry: the section, its place in the order, and what its schema is made of.
  const registry = join(build.root, 'src', 'schemas', 'index.ts');
  let src = readFileSync(registry, 'utf8');
  src = src.replace("  'ddci-indicators': collection({", `${SECTION}  'ddci-indicators': collection({`);
  src = src.replace("'services', 'faq'];", "'services', 'faq', 'notices'];");
  src = `import { z } from 'astro/zod';\nimport { entryRef, isoDate, localized, sample, slug, update } from './common.ts';\n${src.replace("import type { z } from 'astro/zod';\n", '')}`;
  writeFileSync(registry, src);
  // Its labels.
  for (const [l, [name, intro]] of Object.entries(LABELS)) {
    const file = join(build.root, 'src', 'i18n', `${l}.json`);
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...messages, 'section.notices': name, 'intro.notices': intro }, null, 2));
  }
  execFileSync(build.cmd, build.args, { cwd: build.cwd, env: build.env, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveDist(build.dist);
}, 600_000);

afterAll(async () => {
  await server?.close();
  fixture?.cleanup();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a section added in the registry', () => {
  it('has entry pages in every language, under the section', () => {
    for (const prefix of ['', '/zh', '/en']) {
      const html = read(`${prefix}/notices/thong-bao-1/index.html`);
      expect(html).toContain('data-pagefind-body');
    }
    expect(read('/en/notices/thong-bao-2/index.html')).toMatch(/<h1[^>]*>Notice of citizen reception hours 2<\/h1>/);
    expect(read('/zh/notices/thong-bao-2/index.html')).toContain('公民接待日程通知 2');
  });

  it('is listed, newest first, with its facets', () => {
    const list = read('/en/notices/index.html');
    expect(list).toContain('Notices');
    expect(list.indexOf('/en/notices/thong-bao-2/')).toBeGreaterThan(-1);
    expect(list.indexOf('/en/notices/thong-bao-2/')).toBeLessThan(list.indexOf('/en/notices/thong-bao-1/'));
    expect(existsSync(join(build.dist, 'notices/unit/phong-a/index.html'))).toBe(true);
    expect(existsSync(join(build.dist, 'notices/year/2026/index.html'))).toBe(true);
  });

  it('is searchable, with its own type', async () => {
    const search = await nodeSearch(server.origin, 'en', build.dist);
    const hits = await search.search(null, { filters: { type: { any: ['notice'] } } });
    expect(hits.map((h) => h.url).sort()).toEqual(['/en/notices/thong-bao-1/', '/en/notices/thong-bao-2/']);
  });

  it('has a feed, and its entries are in the site feed', () => {
    const own = read('/notices/feed.xml');
    expect(own).toContain('/notices/thong-bao-1/');
    expect(own).toContain('/notices/thong-bao-2/');
    expect(read('/en/feed.xml')).toContain('/en/notices/thong-bao-2/');
  });

  it('is published as open data: dataset, records, schema, index', () => {
    const ds = JSON.parse(read('/api/v1/notices.json'));
    expect(ds.records.map((r: { id: string }) => r.id)).toEqual(['thong-bao-1', 'thong-bao-2']);
    expect(ds.records[0].title).toEqual({ vi: 'Thông báo lịch tiếp công dân 1', zh: '公民接待日程通知 1', en: 'Notice of citizen reception hours 1' });
    expect(JSON.parse(read('/api/v1/notices/thong-bao-2.json')).published).toBe('2026-04-06');
    expect(JSON.parse(read('/api/v1/schemas/notices.schema.json')).$defs.record.properties.published).toBeDefined();
    expect(read('/api/v1/notices.csv')).toContain('thong-bao-1');
    const index = JSON.parse(read('/api/v1/index.json'));
    expect(index.datasets.map((d: { id: string }) => d.id)).toContain('notices');
  });
});
