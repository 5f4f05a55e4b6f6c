/**
 * Open data in the built site: every JSON under /api/v1/ validates against the schema
 * it publishes (ajv), every CSV says the same as its JSON, the catalogue, data package,
 * OpenAPI, feeds, calendars and sitemap parse and point at real files, and every
 * content file is in its dataset. Expected counts come from reading content/ here,
 * independently of the site's code.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';

const CONTENT = resolve(process.env.CONTENT_DIR || 'content');
const LANGS = ['vi', 'zh', 'en'] as const;
const PREFIX = { vi: '', zh: '/zh', en: '/en' } as const;
const HTML_LANG = { vi: 'vi', zh: 'zh-Hans', en: 'en' } as const;

/** Collections and how their files are laid out, as README.md documents them. */
const LAYOUT: Record<string, 'yaml' | 'mdx'> = {
  units: 'yaml',
  documents: 'yaml',
  policies: 'mdx',
  mous: 'mdx',
  'trade-agreements': 'mdx',
  events: 'mdx',
  procedures: 'yaml',
  services: 'yaml',
  faq: 'yaml',
};
/** Sections with pages and feeds (every collection but units). */
const SECTIONS = Object.keys(LAYOUT).filter((c) => c !== 'units');

const visible = (name: string) => !name.startsWith('.') && !name.startsWith('_');

/** Ids of the entries in a collection, from the file names in content/. */
/** Ids of the entries a collection publishes: every file, except restricted documents (listed nowhere). */
function contentIds(collection: string): string[] {
  const dir = LAYOUT[collection] === 'mdx' ? join(CONTENT, collection, 'vi') : join(CONTENT, collection);
  const ext = LAYOUT[collection] === 'mdx' ? /\.mdx?$/ : /\.ya?ml$/;
  return readdirSync(dir)
    .filter((f) => visible(f) && ext.test(f) && statSync(join(dir, f)).isFile())
    .map((f) => f.replace(ext, ''))
    .filter((id) => collection !== 'documents' || contentData('documents', id).visibility !== 'restricted')
    .sort();
}

/** The YAML data of an entry (front matter for MDX). */
function contentData(collection: string, id: string): Record<string, any> {
  if (LAYOUT[collection] === 'mdx') {
    const text = readFileSync(join(CONTENT, collection, 'vi', `${id}.mdx`), 'utf8');
    return parseYaml(text.split(/^---\s*$/m)[1]!);
  }
  const dir = join(CONTENT, collection);
  const file = existsSync(join(dir, `${id}.yaml`)) ? `${id}.yaml` : `${id}.yml`;
  return parseYaml(readFileSync(join(dir, file), 'utf8'));
}

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
const distPath = (url: string) => new URL(url).pathname;
const exists = (url: string) => {
  const p = distPath(url);
  return existsSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p));
};
const json = (path: string) => JSON.parse(readDist(path));

const index = json('/api/v1/index.json');
const schemaFiles = distFiles('.schema.json').filter((p) => p.startsWith('/api/v1/schemas/'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
for (const p of schemaFiles) ajv.addSchema(json(p));

function validate(schemaId: string, data: unknown, what: string): void {
  const v = ajv.getSchema(schemaId);
  expect(v, `schema ${schemaId}`).toBeTruthy();
  const ok = v!(data);
  expect(ok, `${what}: ${ajv.errorsText(v!.errors)}`).toBe(true);
}

describe('datasets hold every content entry', () => {
  it('lists a dataset for every collection', () => {
    const ids: string[] = index.datasets.map((d: { id: string }) => d.id);
    for (const c of Object.keys(LAYOUT)) expect(ids, c).toContain(c);
  });

  for (const collection of Object.keys(LAYOUT)) {
    it(`${collection}: one record per file in content/${collection}`, () => {
      const ds = json(`/api/v1/${collection}.json`);
      const expected = contentIds(collection);
      expect(ds.count).toBe(expected.length);
      expect(ds.records.map((r: { id: string }) => r.id)).toEqual(expected);
      const files = readdirSync(join(DIST, 'api/v1', collection)).map((f) => f.replace(/\.json$/, '')).sort();
      expect(files).toEqual(expected);
    });
  }

  it('DDCI: one record per indicator file, task file, yearly overall result and per-indicator result', () => {
    const dir = join(CONTENT, 'ddci');
    const yamlIn = (sub: string) =>
      readdirSync(join(dir, sub)).filter((f) => visible(f) && /\.ya?ml$/.test(f)).sort();
    const ids = (ds: string) => json(`/api/v1/${ds}.json`).records.map((r: { id: string }) => r.id).sort();
    expect(ids('ddci-indicators')).toEqual(yamlIn('indicators').map((f) => f.replace(/\.ya?ml$/, '')));
    expect(ids('ddci-tasks')).toEqual(yamlIn('tasks').map((f) => f.replace(/\.ya?ml$/, '')));
    const years = yamlIn('results').map((f) => parseYaml(readFileSync(join(dir, 'results', f), 'utf8')));
    expect(ids('ddci-overall')).toEqual(years.filter((y) => y.overall).map((y) => String(y.year)).sort());
    const perIndicator = years.flatMap((y) => (y.indicators ?? []).map((r: { indicator: string }) => `${y.year}-${r.indicator}`)).sort();
    expect(ids('ddci-results')).toEqual(perIndicator);
    for (const r of json('/api/v1/ddci-results.json').records) {
      const y = years.find((x) => x.year === r.year)!;
      const src = y.indicators.find((x: { indicator: string }) => x.indicator === r.indicator);
      expect(r.score, r.id).toBe(src.score);
      expect(r.rankOf, r.id).toBe(y.rankOf);
    }
  });

  it('records carry every language, a page per language, and the sample flag as in content', () => {
    for (const collection of SECTIONS) {
      for (const r of json(`/api/v1/${collection}.json`).records) {
        for (const l of LANGS) expect(exists(r.url[l]), `${collection}/${r.id} ${r.url[l]}`).toBe(true);
        expect(r.url.zh).toContain('/zh/');
        const text = r.title ?? r.question;
        expect(Object.keys(text).sort(), `${collection}/${r.id}`).toEqual(['en', 'vi', 'zh']);
        expect(r.sample, `${collection}/${r.id}`).toBe(contentData(collection, r.id).sample ?? false);
      }
    }
  });

  it('MDX translations appear in the record, untranslated languages are null', () => {
    for (const collection of SECTIONS.filter((c) => LAYOUT[c] === 'mdx'))
      for (const r of json(`/api/v1/${collection}.json`).records)
        for (const l of ['zh', 'en'] as const) {
          const file = join(CONTENT, collection, l, `${r.id}.mdx`);
          if (existsSync(file)) expect(r.title[l], `${collection}/${l}/${r.id}`).toBe(parseYaml(readFileSync(file, 'utf8').split(/^---\s*$/m)[1]!).title);
          else expect(r.title[l], `${collection}/${l}/${r.id}`).toBeNull();
        }
  });

  it('documents expose the verification address and hash, never a file name; only public files are linked', () => {
    for (const r of json('/api/v1/documents.json').records) {
      const src = contentData('documents', r.id);
      expect(r).not.toHaveProperty('file');
      expect(r.verificationUrl.endsWith(`/v/${src.code}/`)).toBe(true);
      expect(r.sha256).toBe(src.sha256 ?? null);
      if (src.visibility === 'restricted') expect(r.fileUrl).toBeNull();
      if (r.fileUrl) expect(exists(r.fileUrl), r.fileUrl).toBe(true);
    }
  });
});

describe('JSON validates against the published schemas', () => {
  it('publishes a schema for the index and for every dataset', () => {
    const names = schemaFiles.map((p) => p.replace('/api/v1/schemas/', '')).sort();
    expect(names).toEqual(['index.schema.json', ...index.datasets.map((d: { id: string }) => `${d.id}.schema.json`)].sort());
  });

  it('index.json', () => validate(index.$schema, index, 'index.json'));

  it('every dataset file and every record file', () => {
    let records = 0;
    for (const d of index.datasets) {
      const ds = json(`/api/v1/${d.id}.json`);
      validate(ds.$schema, ds, `${d.id}.json`);
      for (const r of ds.records) {
        const own = json(`/api/v1/${d.id}/${r.id}.json`);
        expect(own).toEqual(r);
        validate(`${ds.$schema}#/$defs/record`, own, `${d.id}/${r.id}.json`);
        records++;
      }
    }
    expect(records).toBeGreaterThan(0);
  });

  it('a record that breaks its schema is rejected (the check can fail)', () => {
    const ds = json('/api/v1/policies.json');
    const bad = { ...ds.records[0], title: { vi: 'x' } };
    expect(ajv.getSchema(`${ds.$schema}#/$defs/record`)!(bad)).toBe(false);
  });

  it('the index lists the right counts, sizes and SHA-256 of every file', () => {
    for (const d of index.datasets) {
      expect(d.count).toBe(json(`/api/v1/${d.id}.json`).records.length);
      for (const kind of ['json', 'csv', 'schema'] as const) {
        const buf = readFileSync(join(DIST, distPath(d.links[kind])));
        expect(d.sha256[kind], `${d.id} ${kind}`).toBe(sha256(buf));
        expect(d.bytes[kind]).toBe(buf.length);
      }
      expect(d.license.id).toBe('CC-BY-4.0');
    }
  });
});

/** A CSV cell as the documented rules write a JSON value (list columns are typed "list" in the data package). */
function cellOf(v: unknown, isList: boolean): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return isList ? v.join('; ') : JSON.stringify(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function at(record: any, column: string): unknown {
  let v = record;
  for (const key of column.split('_')) {
    if (v === null) return null;
    expect(v, `column ${column}`).toHaveProperty(key);
    v = v[key];
  }
  return v;
}

/** Columns a record's non-null values need (a null object has no leaves to check). */
function leafColumns(v: any, prefix = ''): string[] {
  if (v === null) return [];
  if (typeof v === 'object' && !Array.isArray(v))
    return Object.entries(v).flatMap(([k, x]) => leafColumns(x, prefix ? `${prefix}_${k}` : k));
  return [prefix];
}

describe('CSV says the same as JSON', () => {
  for (const collection of Object.keys(LAYOUT)) {
    it(`${collection}.csv`, () => {
      const buf = readFileSync(join(DIST, `api/v1/${collection}.csv`));
      expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = buf.toString('utf8');
      // Outside quoted cells every line ends with CRLF (RFC 4180).
      const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.endsWith('\r\n')).toBe(true);
      expect(/[^\r]\n/.test(unquoted)).toBe(false);
      const rows: string[][] = parseCsv(text, { bom: true, record_delimiter: '\r\n' });
      const [header, ...body] = rows;
      const records = json(`/api/v1/${collection}.json`).records;
      const types = new Map<string, string>(
        json('/api/v1/datapackage.json').resources.find((r: { name: string }) => r.name === collection).schema.fields.map((f: { name: string; type: string }) => [f.name, f.type]),
      );
      expect(body.length).toBe(records.length);
      for (const [i, r] of records.entries()) {
        for (const col of leafColumns(r)) expect(header, `${collection}: column for ${col}`).toContain(col);
        header!.forEach((col, j) => {
          const v = at(r, col);
          const cell = body[i]![j]!;
          if (Array.isArray(v) && types.get(col) !== 'list') expect(JSON.parse(cell), `${collection}/${r.id} ${col}`).toEqual(v);
          else expect(cell, `${collection}/${r.id} ${col}`).toBe(cellOf(v, types.get(col) === 'list'));
        });
      }
    });
  }
});

describe('catalogue, data package and OpenAPI', () => {
  it('DCAT-AP catalogue: three languages, licence, and distributions that are real files', () => {
    const cat = json('/catalog.jsonld');
    expect(cat['@type']).toBe('dcat:Catalog');
    expect(cat['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(cat['dct:title'].map((t: { '@language': string }) => t['@language']).sort()).toEqual(['en', 'vi', 'zh-Hans']);
    expect(cat['dcat:contactPoint']['vcard:hasEmail']['@id']).toMatch(/^mailto:.+@/);
    // Every dataset, and the register log (a JSON file that is not a table).
    expect(cat['dcat:dataset']).toHaveLength(index.datasets.length + 1);
    const log = cat['dcat:dataset'].find((d: any) => d['dct:identifier'] === 'register-log');
    expect(log['dcat:landingPage']['@id']).toMatch(/\/open-data\/#register-log$/);
    expect(log['dct:title'].map((t: { '@language': string }) => t['@language']).sort()).toEqual(['en', 'vi', 'zh-Hans']);
    const [logDist] = log['dcat:distribution'];
    expect(distPath(logDist['dcat:downloadURL']['@id'])).toBe('/api/v1/register-log.json');
    const logFile = readFileSync(join(DIST, 'api/v1/register-log.json'));
    expect(logDist['spdx:checksum']['spdx:checksumValue']).toEqual({ '@value': sha256(logFile), '@type': 'xsd:hexBinary' });
    expect(Number(logDist['dcat:byteSize']['@value'])).toBe(logFile.length);
    expect(readDist('/open-data/')).toContain('id="register-log"');
    for (const ds of cat['dcat:dataset'].filter((d: any) => d !== log)) {
      expect(ds['dct:license']['@id']).toContain('creativecommons.org/licenses/by/4.0');
      expect(ds['dcat:landingPage']['@id']).toContain(`#dataset-${ds['dct:identifier']}`);
      const media = ds['dcat:distribution'].map((d: any) => d['dcat:mediaType']['@id'].split('media-types/')[1]).sort();
      expect(media).toEqual(['application/json', 'text/csv']);
      for (const dist of ds['dcat:distribution']) {
        const buf = readFileSync(join(DIST, distPath(dist['dcat:downloadURL']['@id'])));
        expect(dist['spdx:checksum']['spdx:checksumValue']).toEqual({ '@value': sha256(buf), '@type': 'xsd:hexBinary' });
        expect(Number(dist['dcat:byteSize']['@value'])).toBe(buf.length);
      }
    }
    const page = readDist('/open-data/');
    for (const ds of cat['dcat:dataset'].filter((d: any) => d !== log)) expect(page).toContain(`id="dataset-${ds['dct:identifier']}"`);
  });

  it('Data Package: one resource per CSV, its hash and its columns', () => {
    const pkg = json('/api/v1/datapackage.json');
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    const tables = pkg.resources.filter((r: { type?: string }) => r.type === 'table');
    expect(tables.map((r: { name: string }) => r.name)).toEqual(index.datasets.map((d: { id: string }) => d.id));
    const log = pkg.resources.find((r: { name: string }) => r.name === 'register-log');
    expect(log).toMatchObject({ path: 'register-log.json', format: 'json', mediatype: 'application/json' });
    expect(log.hash).toBe(`sha256:${sha256(readFileSync(join(DIST, 'api/v1/register-log.json')))}`);
    expect(pkg.resources).toHaveLength(tables.length + 1);
    for (const r of tables) {
      const buf = readFileSync(join(DIST, 'api/v1', r.path));
      expect(r.hash).toBe(`sha256:${sha256(buf)}`);
      const [header, ...rows]: string[][] = parseCsv(buf.toString('utf8'), { bom: true });
      expect(r.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      r.schema.fields.forEach((f: any, j: number) => {
        for (const row of rows) {
          const cell = row[j]!;
          if (f.constraints?.required) expect(cell, `${r.name}.${f.name} required`).not.toBe('');
          if (cell === '') continue;
          if (f.type === 'integer') expect(cell).toMatch(/^-?\d+$/);
          if (f.type === 'date') expect(cell).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(cell);
          if (f.constraints?.enum) expect(f.constraints.enum).toContain(cell);
          if (f.type === 'array') expect(Array.isArray(JSON.parse(cell))).toBe(true);
        }
      });
    }
  });

  it('OpenAPI 3.1: every dataset endpoint, with schemas that compile and match the files', () => {
    const api = json('/api/v1/openapi.json');
    expect(api.openapi).toMatch(/^3\.1\./);
    expect(api.info.license.identifier).toBe('CC-BY-4.0');
    const loose = new Ajv2020({ strict: false });
    addFormats.default(loose);
    loose.addSchema(api, 'openapi');
    for (const d of index.datasets) {
      for (const p of [`/api/v1/${d.id}.json`, `/api/v1/${d.id}.csv`, `/api/v1/${d.id}/{id}.json`, `/api/v1/schemas/${d.id}.schema.json`])
        expect(api.paths, p).toHaveProperty([p]);
      const check = loose.getSchema(`openapi#/components/schemas/${d.id}.dataset`)!;
      expect(check(json(`/api/v1/${d.id}.json`)), loose.errorsText(check.errors)).toBe(true);
    }
    for (const p of Object.keys(api.paths)) if (!p.includes('{')) expect(existsSync(join(DIST, p)), p).toBe(true);
  });
});

/** Entries per section from content/: each file, plus each major update. */
/** Entries a feed holds: each entry, its major updates, and the status change of a document no longer valid. */
function feedItemCount(sections: string[]): number {
  let n = 0;
  for (const s of sections)
    for (const id of contentIds(s)) {
      const d = contentData(s, id);
      n += 1 + (d.updates ?? []).filter((u: { major?: boolean }) => u.major === true).length + (s === 'documents' && d.status !== 'valid' ? 1 : 0);
    }
  return n;
}
const statusChanges = (sections: string[]) =>
  sections.reduce((n, s) => n + (s === 'documents' ? contentIds(s).filter((id) => contentData(s, id).status !== 'valid').length : 0), 0);
const FEED_LIMIT = 100;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category', 'url', 'xhtml:link', 'sitemap'].includes(name) });

describe('feeds', () => {
  for (const l of LANGS) {
    it(`${PREFIX[l]}/feed.xml and each section's feed`, () => {
      const check = (path: string, expected: number) => {
        const feed = xml.parse(readDist(path)).feed;
        expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
        expect(feed['@_xml:lang']).toBe(HTML_LANG[l]);
        expect(feed.rights['#text']).toContain('CC BY 4.0');
        const entries = feed.entry ?? [];
        expect(entries.length, path).toBe(Math.min(FEED_LIMIT, expected));
        const ids = entries.map((e: { id: string }) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        const dates = entries.map((e: { updated: string }) => e.updated);
        expect([...dates].sort().reverse()).toEqual(dates);
        for (const e of entries) expect(exists(e.link[0]['@_href']), e.link[0]['@_href']).toBe(true);
        return entries;
      };
      const all = check(`${PREFIX[l]}/feed.xml`, feedItemCount(SECTIONS));
      const majors = feedItemCount(SECTIONS) - SECTIONS.reduce((n, s) => n + contentIds(s).length, 0) - statusChanges(SECTIONS);
      expect(all.filter((e: { id: string }) => e.id.includes('#status-')).length).toBe(statusChanges(SECTIONS));
      expect(all.filter((e: { id: string }) => e.id.includes('#update-')).length).toBe(majors);
      for (const s of SECTIONS) check(`${PREFIX[l]}/${s}/feed.xml`, feedItemCount([s]));
    });
  }

  it('pages announce the feed of their language', () => {
    for (const l of LANGS) expect(readDist(`${PREFIX[l]}/`)).toContain(`href="${PREFIX[l]}/feed.xml"`);
  });
});

describe('calendars', () => {
  const events = contentIds('events');
  const parse = (path: string) =>
    new ICAL.Component(ICAL.parse(readDist(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  for (const l of LANGS) {
    it(`${PREFIX[l]}/events.ics holds every event; each event page links its own .ics`, () => {
      const all = parse(`${PREFIX[l]}/events.ics`);
      expect(all.map((e) => e.uid.replace(/^events-|@.*$/g, '')).sort()).toEqual(events);
      for (const id of events) {
        const src = contentData('events', id);
        const [one] = parse(`${PREFIX[l]}/events/${id}.ics`);
        expect(one!.startDate.toString()).toBe(src.start);
        expect(one!.startDate.isDate).toBe(true);
        expect(readDist(`${PREFIX[l]}/events/${id}/`)).toContain(`href="${PREFIX[l]}/events/${id}.ics"`);
      }
    });
  }
});

describe('sitemap and robots.txt', () => {
  it('lists every page once, with its alternates in the three languages', () => {
    const maps = xml.parse(readDist('/sitemap-index.xml')).sitemapindex.sitemap.map((s: { loc: string }) => distPath(s.loc));
    const urls = maps.flatMap((m: string) => xml.parse(readDist(m)).urlset.url);
    // Verification pages of restricted documents exist but are announced nowhere.
    const restricted = contentIds('documents').length < readdirSync(join(CONTENT, 'documents')).filter((f) => /\.ya?ml$/.test(f)).length;
    expect(restricted, 'the content has a restricted sample document').toBe(true);
    const hidden = readdirSync(join(CONTENT, 'documents'))
      .filter((f) => /\.ya?ml$/.test(f) && !contentIds('documents').includes(f.replace(/\.ya?ml$/, '')))
      .map((f) => contentData('documents', f.replace(/\.ya?ml$/, '')).code as string);
    const pages = distFiles('.html')
      .filter((p) => p !== '/404.html')
      .map((p) => p.replace(/index\.html$/, ''))
      .filter((p) => !hidden.some((c) => p.includes(`/v/${c}/`)));
    const locs = urls.map((u: { loc: string }) => distPath(u.loc)).sort();
    for (const c of hidden) expect(locs.some((l: string) => l.includes(c)), c).toBe(false);
    expect(locs).toEqual([...pages].sort());
    const policies = urls.find((u: { loc: string }) => distPath(u.loc) === '/policies/');
    const alt = Object.fromEntries(policies['xhtml:link'].map((x: any) => [x['@_hreflang'], distPath(x['@_href'])]));
    expect(alt).toEqual({ vi: '/policies/', 'zh-Hans': '/zh/policies/', en: '/en/policies/' });
  });

  it('robots.txt points at the sitemap', () => {
    const robots = readDist('/robots.txt');
    const line = robots.split('\n').find((x) => x.startsWith('Sitemap: '))!;
    expect(existsSync(join(DIST, distPath(line.slice('Sitemap: '.length))))).toBe(true);
  });
});

describe('the open-data page', () => {
  for (const l of LANGS) {
    it(`${PREFIX[l]}/open-data/ lists each dataset with its count and licence, and carries schema.org JSON-LD`, () => {
      const html = readDist(`${PREFIX[l]}/open-data/`);
      expect(html).toContain(`<html lang="${HTML_LANG[l]}"`);
      expect(html).toContain('https://creativecommons.org/licenses/by/4.0/');
      for (const d of index.datasets) {
        const card = html.slice(html.indexOf(`id="dataset-${d.id}"`));
        expect(card.length, d.id).toBeLessThan(html.length);
        expect(card.slice(0, 2000)).toMatch(new RegExp(`<strong[^>]*>${d.count}</strong>`));
        expect(card.slice(0, 2000)).toContain(`href="/api/v1/${d.id}.csv"`);
      }
      const ld = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
      expect(ld).toBeTruthy();
      const data = JSON.parse(ld![1]!);
      expect(data['@type']).toBe('DataCatalog');
      expect(data.dataset).toHaveLength(index.datasets.length);
      for (const d of data.dataset) {
        expect(d['@type']).toBe('Dataset');
        expect(d.license).toBe('https://creativecommons.org/licenses/by/4.0/');
        expect(d.distribution.map((x: { contentUrl: string }) => exists(x.contentUrl))).toEqual([true, true]);
      }
    });
  }
});
