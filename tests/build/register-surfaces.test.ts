/**
 * What the built site says about the register, read from dist/: a document revoked through
 * `npm run register -- --revoke` says so in its list page, the feeds of the three languages
 * and its stamp page; a restricted document is named nowhere outside its /v/ page (and the
 * register log, which carries its events); the log is published as the chain in content/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { contentRoot } from '../../src/node/content-root.ts';
import { readLog } from '../../src/node/register-log.ts';
import { getT, label } from '../../src/lib/i18n.ts';
import { LOCALES } from '../../src/lib/locales.ts';
import { localePath } from '../../src/lib/urls.ts';
import { formatDateShort } from '../../src/lib/dates.ts';

interface Doc {
  code: string;
  number: string;
  status: string;
  statusDate?: string;
  visibility: string;
  type: string;
  file?: string;
  sha256?: string;
  title: { vi: string; zh?: string; en?: string };
  summary: { vi: string; zh?: string; en?: string };
  signer: { name: string };
}
const root = contentRoot();
const entries = checkContent(root).entries.filter((e) => e.collection === 'documents');
const docs = entries.map((e) => ({ id: e.id, ...(e.value as unknown as Doc) }));
const log = readLog(root).events;
const revoked = docs.find((d) => d.status === 'revoked' && d.visibility === 'public' && d.file)!;
const restricted = docs.find((d) => d.visibility === 'restricted')!;
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'category'].includes(name) });

describe('the content has what these tests need', () => {
  it('a public document revoked through the command (a revoked event in the log), and a restricted one', () => {
    expect(revoked).toBeDefined();
    expect(log.filter((e) => e.code === revoked.code).map((e) => e.event)).toContain('revoked');
    expect(restricted).toBeDefined();
    expect(log.filter((e) => e.code === restricted.code).map((e) => e.event)).toContain('issued');
  });
});

describe('a revoked document says so', () => {
  for (const l of LOCALES) {
    const t = getT(l);
    const status = t('status.revoked');

    it(`${l}: in the documents list, next to its title, in words`, () => {
      const html = readDist(localePath(l, '/documents/'));
      const at = html.indexOf(`href="${localePath(l, `/documents/${revoked.id}/`)}"`);
      expect(at).toBeGreaterThan(-1);
      const item = html.slice(at, html.indexOf('</li>', html.indexOf('class="badges"', at)));
      expect(item).toContain(status);
    });

    it(`${l}: in the site feed and the documents feed: its entry's summary, and an entry for the change`, () => {
      for (const path of [localePath(l, '/feed.xml'), localePath(l, '/documents/feed.xml')]) {
        const entries = xml.parse(readDist(path)).feed.entry as { id: string; title: { '#text': string }; summary: { '#text': string }; updated: string }[];
        const url = `${localePath(l, `/documents/${revoked.id}/`)}`;
        const main = entries.find((e) => new URL(e.id).pathname === url)!;
        const prefix = t('feed.status.prefix', { status, date: formatDateShort(revoked.statusDate!, l) });
        expect(main.summary['#text'].startsWith(prefix), `${path}: ${main.summary['#text']}`).toBe(true);
        const change = entries.find((e) => e.id.endsWith(`${url}#status-${revoked.statusDate}`))!;
        expect(change, path).toBeDefined();
        expect(change.title['#text'].startsWith(status), change.title['#text']).toBe(true);
        expect(change.updated).toBe(`${revoked.statusDate}T00:00:00+07:00`);
      }
    });

    it(`${l}: its stamp page prints no QR code but a notice`, () => {
      const html = readDist(localePath(l, `/v/${revoked.code}/stamp/`));
      expect(html).not.toContain('<svg');
      expect(html).not.toContain(`/qr/${revoked.code}.svg`);
      expect(html).toContain(`data-stamp-void="revoked"`);
      expect(html).toContain(formatDateShort(revoked.statusDate!, l));
    });

    it(`${l}: its PDF link on the verification page names the status`, () => {
      const html = readDist(localePath(l, `/v/${revoked.code}/`));
      const a = /<a class="button" href="\/documents\/files\/[^"]+"[^>]*>([\s\S]*?)<\/a>/.exec(html)![1]!;
      expect(a.toLowerCase()).toContain(status.toLowerCase());
    });
  }

  it('a valid document keeps its printable stamp with its number and date beside the QR', () => {
    const valid = docs.find((d) => d.status === 'valid' && d.visibility === 'public')!;
    const html = readDist(`/v/${valid.code}/stamp/`);
    expect(html).toContain('<svg');
    expect(html).toContain(`${valid.number} · ${formatDateShort((valid as any).issued, 'vi')}`);
    // The domain too, in the short address under the QR.
    const host = new URL(readDist('/sitemap-index.xml').match(/<loc>([^<]+)<\/loc>/)![1]!).host;
    expect(html).toContain(`${host}/v/${valid.code}`);
  });
});

describe('a restricted document is named nowhere outside /v/', () => {
  const own = (p: string) => p.includes(`/v/${restricted.code}/`) || p.startsWith(`/qr/${restricted.code}.`) || p === '/api/v1/register-log.json';
  const marks = [restricted.id, restricted.code, restricted.number, restricted.sha256!, restricted.title.vi, restricted.title.en!, restricted.title.zh!, restricted.summary.vi.slice(0, 40)];

  it('no page, feed, sitemap, open-data file or calendar in dist/ holds its id, code, number, hash, title or summary', () => {
    const files = distFiles().filter((p) => /\.(html|xml|json|jsonld|csv|ics|txt)$/.test(p) && !own(p));
    expect(files.length).toBeGreaterThan(400);
    const hits: string[] = [];
    for (const p of files) {
      const text = readFileSync(join(DIST, p), 'utf8');
      for (const m of marks) if (text.includes(m)) hits.push(`${p}: ${m}`);
    }
    expect(hits).toEqual([]);
  });

  it('its /v/ page shows number, date, type, unit, status and hash, and no title, summary or signer; not indexed', () => {
    for (const l of LOCALES) {
      const html = readDist(localePath(l, `/v/${restricted.code}/`));
      const t = getT(l);
      expect(html).toContain(restricted.number);
      expect(html).toContain(restricted.sha256!);
      expect(html).toContain(label(t, 'docType', restricted.type));
      expect(html).toContain(label(t, 'status', restricted.status));
      expect(html).toContain('<meta name="robots" content="noindex">');
      for (const m of [restricted.title.vi, restricted.title.en!, restricted.title.zh!, restricted.summary.vi.slice(0, 40), restricted.signer.name]) expect(html).not.toContain(m);
      expect(html).not.toContain(`/documents/${restricted.id}/`);
    }
  });
});

describe('the published register log', () => {
  it('is the chain kept in content/documents/, as one JSON array', () => {
    const published = JSON.parse(readDist('/api/v1/register-log.json'));
    expect(published).toEqual(log);
    expect(published.map((e: { seq: number }) => e.seq)).toEqual(log.map((_, i) => i));
  });

  it('every verification page states the site domain, in the three languages', () => {
    const host = new URL(readDist('/sitemap-index.xml').match(/<loc>([^<]+)<\/loc>/)![1]!).host;
    for (const l of LOCALES) {
      const html = readDist(localePath(l, `/v/${revoked.code}/`));
      for (const other of LOCALES) {
        const [before] = getT(other)('verify.domain', { host: '\u0000' }).split('\u0000');
        expect(html).toContain(before!);
      }
      expect(html).toMatch(new RegExp(`<strong[^>]*>${host.replaceAll(".", "\\.")}</strong>`));
    }
  });
});
