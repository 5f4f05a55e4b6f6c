/** The pure open-data serialisers: record schemas, CSV, JSON, the publisher, Atom and iCalendar. */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { conform, recordSchemaFromZod, type JsonSchema } from '../../src/lib/opendata/record-schema.ts';
import { csvColumns, toCsv } from '../../src/lib/opendata/csv.ts';
import { stableJson } from '../../src/lib/opendata/json.ts';
import { publishOpenData, type PublishContext } from '../../src/lib/opendata/publish.ts';
import type { Dataset } from '../../src/lib/opendata/dataset.ts';
import { sha256Hex } from '../../src/lib/opendata/hash.ts';
import { atomXml } from '../../src/lib/opendata/atom.ts';
import { feedEntries, type FeedSource } from '../../src/lib/opendata/feed-entries.ts';
import { icsCalendar } from '../../src/lib/opendata/calendar.ts';
import { isoDate, localized } from '../../src/schemas/common.ts';

const demoSchema = z.strictObject({
  title: z.string(),
  name: localized,
  when: isoDate,
  until: isoDate.optional(),
  tags: z.array(z.string()).default([]),
  steps: z.array(localized).default([]),
  file: z.string().optional(),
  price: z.number().int(),
});

const record = recordSchemaFromZod(demoSchema, {
  translatable: ['title'],
  omit: ['file'],
  lead: { id: { type: 'string' } },
});

describe('record schema from zod', () => {
  it('makes every field present, translations nullable, dates typed, omitted fields gone', () => {
    const p = record.properties!;
    expect(Object.keys(p)).toEqual(['id', 'title', 'name', 'when', 'until', 'tags', 'steps', 'price']);
    expect(record.required).toEqual(Object.keys(p));
    expect(p.title!.properties!.zh!.type).toEqual(['string', 'null']);
    expect(p.name!.required).toEqual(['vi', 'zh', 'en']);
    expect(p.when!.format).toBe('date');
    expect(p.until!.type).toEqual(['string', 'null']);
    expect(p.steps!.items!.properties!.en!.type).toEqual(['string', 'null']);
    expect(p.file).toBeUndefined();
  });

  it('conform fills nulls and drops what the schema does not name', () => {
    const r = conform(record, { id: 'x', title: { vi: 'A' }, name: { vi: 'B', en: 'b' }, when: '2026-01-02', tags: [], steps: [{ vi: 's' }], file: 'secret.pdf', price: 5 });
    expect(r).toEqual({ id: 'x', title: { vi: 'A', zh: null, en: null }, name: { vi: 'B', zh: null, en: 'b' }, when: '2026-01-02', until: null, tags: [], steps: [{ vi: 's', zh: null, en: null }], price: 5 });
    expect(JSON.stringify(r)).not.toContain('secret');
  });
});

describe('CSV', () => {
  const rows = [
    conform(record, { id: 'a', title: { vi: 'Hợp tác, "đầu tư"\nmới', zh: '合作' }, name: { vi: 'N' }, when: '2026-01-02', tags: ['trade', 'border'], steps: [{ vi: 'một' }], price: 1200 }),
    conform(record, { id: 'b', title: { vi: 'Đơn giản' }, name: { vi: 'M', zh: '名' }, when: '2026-02-03', until: '2026-12-31', tags: [], steps: [], price: 0 }),
  ];

  it('starts with a BOM, ends lines with CRLF and names localized columns per language', () => {
    const csv = toCsv(record, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid,title_vi,title_zh,title_en,name_vi,name_zh,name_en,when,until,tags,steps,price');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips quotes, commas and line breaks through an RFC 4180 parser', () => {
    const csv = toCsv(record, rows);
    // A line break inside a cell is always quoted, even a bare LF.
    expect(csv).toContain('"Hợp tác, ""đầu tư""\nmới"');
    const lf = toCsv(record, [conform(record, { id: 'l', title: { vi: 'một\nhai' }, name: { vi: 'N' }, when: '2026-01-02', tags: [], steps: [], price: 1 })]);
    expect(lf).toContain(',"một\nhai",');
    const parsed: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' });
    expect(parsed).toHaveLength(3);
    const [a, b] = [parsed[1]!, parsed[2]!];
    expect(a[1]).toBe('Hợp tác, "đầu tư"\nmới');
    expect(a[2]).toBe('合作');
    expect(a[3]).toBe('');
    expect(a[9]).toBe('trade; border');
    expect(JSON.parse(a[10]!)).toEqual([{ en: null, vi: 'một', zh: null }]);
    expect(a[11]).toBe('1200');
    expect(b[8]).toBe('2026-12-31');
    expect(b[9]).toBe('');
    expect(b[10]).toBe('[]');
  });

  it('refuses a list value containing the separator, naming where it comes from', () => {
    const bad = conform(record, { id: 'c', title: { vi: 'T' }, name: { vi: 'N' }, when: '2026-01-02', tags: ['a;b'], steps: [], price: 1 });
    expect(() => toCsv(record, [bad], () => 'content/demo/c.yaml: ')).toThrow(/content\/demo\/c\.yaml: field "tags"/);
  });

  it('refuses two fields that would flatten to the same column', () => {
    const clash: JsonSchema = { type: 'object', properties: { a_b: { type: 'string' }, a: { type: 'object', properties: { b: { type: 'string' } } } } };
    expect(() => csvColumns(clash)).toThrow(/a_b/);
  });
});

describe('stable JSON', () => {
  it('depends on the data, not on the order keys were added', () => {
    expect(stableJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(stableJson({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 }));
    expect(stableJson({ b: 1, a: 2 }).indexOf('"a"')).toBeLessThan(stableJson({ b: 1, a: 2 }).indexOf('"b"'));
  });
});

const ctx: PublishContext = {
  site: 'https://example.test/',
  title: { vi: 'Dữ liệu mở', zh: '开放数据', en: 'Open data' },
  description: { vi: 'Mô tả', zh: '说明', en: 'Description' },
  publisher: { name: { vi: 'Sở', zh: '厅', en: 'Department' }, email: 'a@example.test', url: 'https://example.test/', phone: '0205 1' },
  page: '/open-data/',
};

function demoDataset(id: string, ids: string[], reversed = false): Dataset {
  const records = ids.map((rid, i) => conform(record, { id: rid, title: { vi: `T${i}` }, name: { vi: 'N' }, when: `2026-01-0${i + 1}`, tags: [], steps: [], price: i }) as Dataset['records'][number]);
  return {
    id,
    title: { vi: `Bộ ${id}`, zh: null, en: `Set ${id}` },
    description: { vi: 'Mô tả', zh: null, en: null },
    schema: record,
    records: reversed ? records.reverse() : records,
    lastModified: '2026-01-09',
    page: `/${id}/`,
    source: (rid) => `content/${id}/${rid}.yaml`,
  };
}

describe('publishOpenData', () => {
  const pub = publishOpenData([demoDataset('zeta', ['b', 'a']), demoDataset('alpha', ['x'])], ctx);

  it('writes every file of every dataset, and the catalogue files', () => {
    for (const p of [
      '/api/v1/index.json',
      '/api/v1/alpha.json',
      '/api/v1/alpha.csv',
      '/api/v1/alpha/x.json',
      '/api/v1/zeta/a.json',
      '/api/v1/zeta/b.json',
      '/api/v1/schemas/zeta.schema.json',
      '/api/v1/schemas/index.schema.json',
      '/api/v1/openapi.json',
      '/api/v1/datapackage.json',
      '/catalog.jsonld',
    ])
      expect(pub.files.has(p), p).toBe(true);
    expect(pub.index.datasets.map((d) => d.id)).toEqual(['alpha', 'zeta']);
    expect(JSON.parse(pub.files.get('/api/v1/zeta.json')!).records.map((r: { id: string }) => r.id)).toEqual(['a', 'b']);
  });

  it('lists the SHA-256 and size of the files it wrote', () => {
    const e = pub.index.datasets.find((d) => d.id === 'zeta')!;
    expect(e.sha256.csv).toBe(sha256Hex(pub.files.get('/api/v1/zeta.csv')!));
    expect(e.sha256.json).toBe(sha256Hex(pub.files.get('/api/v1/zeta.json')!));
    expect(e.count).toBe(2);
    expect(e.links.record).toBe('https://example.test/api/v1/zeta/{id}.json');
  });

  it('gives the same bytes for the same datasets in another order', () => {
    const again = publishOpenData([demoDataset('alpha', ['x']), demoDataset('zeta', ['b', 'a'], true)], ctx);
    expect([...again.files.entries()].sort()).toEqual([...pub.files.entries()].sort());
  });

  it('validates its own output against the schemas it publishes', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    for (const [p, text] of pub.files) if (p.endsWith('.schema.json')) ajv.addSchema(JSON.parse(text));
    const check = (schemaId: string, data: unknown) => {
      const v = ajv.getSchema(schemaId)!;
      expect(v(data), JSON.stringify(v.errors)).toBe(true);
    };
    check('https://example.test/api/v1/schemas/index.schema.json', JSON.parse(pub.files.get('/api/v1/index.json')!));
    check('https://example.test/api/v1/schemas/zeta.schema.json', JSON.parse(pub.files.get('/api/v1/zeta.json')!));
    check('https://example.test/api/v1/schemas/zeta.schema.json#/$defs/record', JSON.parse(pub.files.get('/api/v1/zeta/a.json')!));
    const broken = { ...JSON.parse(pub.files.get('/api/v1/zeta/a.json')!), price: 'free' };
    expect(ajv.getSchema('https://example.test/api/v1/schemas/zeta.schema.json#/$defs/record')!(broken)).toBe(false);
  });

  it('refuses reserved and duplicate ids, naming the file', () => {
    expect(() => publishOpenData([demoDataset('index', ['a'])], ctx)).toThrow(/reserved/);
    expect(() => publishOpenData([demoDataset('dup', ['a', 'a'])], ctx)).toThrow(/content\/dup\/a\.yaml/);
  });
});

describe('Atom feeds', () => {
  const src = (id: string, modified: string, extra: Partial<FeedSource> = {}): FeedSource => ({
    section: 'policies',
    id,
    path: `/policies/${id}/`,
    title: { vi: `Chính sách ${id} & <mới>`, en: `Policy ${id}` },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    published: '2026-01-01',
    modified,
    updates: [],
    categories: [{ term: 'policies', label: 'Policies' }],
    ...extra,
  });

  it('puts major updates in as items of their own, newest first, and skips minor ones', () => {
    const entries = feedEntries(
      [
        src('a', '2026-02-01', {
          updates: [
            { date: '2026-03-01', note: { vi: 'Sửa lớn', en: 'Big change' }, major: true },
            { date: '2026-03-05', note: { vi: 'Sửa chính tả' }, major: false },
          ],
        }),
        src('b', '2026-02-10'),
      ],
      'en',
      'https://example.test/',
      { update: 'Update' },
    );
    expect(entries.map((e) => e.title)).toEqual(['Update: Policy a', 'Policy b', 'Policy a']);
    expect(entries[0]!.id).toBe('https://example.test/en/policies/a/#update-2026-03-01-1');
    expect(entries[0]!.summary).toBe('Big change');
  });

  it('marks a Vietnamese fallback with xml:lang and escapes text', () => {
    const entries = feedEntries([src('c', '2026-02-01')], 'zh', 'https://example.test/', { update: '更新' });
    const xml = atomXml({
      id: 'https://example.test/zh/feed.xml',
      title: 'Sở & Co',
      lang: 'zh-Hans',
      updated: entries[0]!.updated,
      self: 'https://example.test/zh/feed.xml',
      alternate: 'https://example.test/zh/',
      author: { name: 'Sở' },
      rights: 'CC BY 4.0',
      entries,
    });
    expect(xml).toContain('Chính sách c &amp; &lt;mới&gt;');
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(xml);
    expect(doc.feed['@_xml:lang']).toBe('zh-Hans');
    expect(doc.feed.entry[0]['@_xml:lang']).toBe('vi');
    expect(doc.feed.entry[0].title['#text']).toBe('Chính sách c & <mới>');
    expect(doc.feed.entry[0].updated).toBe('2026-02-01T00:00:00+07:00');
  });

  it('keeps only the newest entries', () => {
    const many = Array.from({ length: 12 }, (_, i) => src(`p${String(i).padStart(2, '0')}`, `2026-01-${String(i + 1).padStart(2, '0')}`));
    const entries = feedEntries(many, 'vi', 'https://example.test/', { update: 'Cập nhật' }, 5);
    expect(entries.map((e) => e.link.split('/').at(-2))).toEqual(['p11', 'p10', 'p09', 'p08', 'p07']);
  });
});

describe('iCalendar', () => {
  const ics = icsCalendar(
    [
      { uid: 'events-b@x', title: 'Hội chợ, Lạng Sơn; 2027', description: 'Mô tả', location: 'Lạng Sơn', start: '2027-10-20', end: '2027-10-23', status: 'scheduled', url: 'https://example.test/events/b/', modified: '2026-05-01', categories: ['Hội chợ'] },
      { uid: 'events-a@x', title: 'Đối thoại', description: 'Mô tả', location: 'Sở', start: '2026-12-10', status: 'cancelled', url: 'https://example.test/events/a/', modified: '2026-11-16', categories: [] },
    ],
    { name: 'Sự kiện', productId: '-//example.test//events//VI' },
  );

  it('parses, with whole days, an exclusive end and text escaped', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['events-a@x', 'events-b@x']);
    const fair = events[1]!;
    expect(fair.summary).toBe('Hội chợ, Lạng Sơn; 2027');
    expect(fair.startDate.isDate).toBe(true);
    expect(fair.startDate.toString()).toBe('2027-10-20');
    expect(fair.endDate.toString()).toBe('2027-10-24');
    expect(events[0]!.endDate.toString()).toBe('2026-12-11');
    expect(events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('stamps events with their content date, not the time of the build', () => {
    expect(ics).toContain('DTSTAMP:20261116T000000Z');
    expect(ics).toContain('DTSTAMP:20260501T000000Z');
  });
});
