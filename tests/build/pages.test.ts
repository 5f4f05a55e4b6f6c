/**
 * Nothing dropped: every entry in content/ (counted here straight from the files, not
 * through the site's code) has a page in each language — translated, or showing the
 * Vietnamese text with the fallback notice. Restricted documents are the exception: they have
 * no page outside /v/ (tests/e2e/register-surfaces.test.ts checks they are named nowhere).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DIST, distFiles, readDist } from '../../scripts/lib/dist.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const MDX = ['policies', 'mous', 'trade-agreements', 'events'];
const YAML = ['documents', 'procedures', 'services', 'faq'];
const PREFIX = { vi: '', zh: '/zh', en: '/en' } as const;
const list = (dir: string, ext: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => ext.test(f) && !f.startsWith('_')) : []);

interface Expected {
  section: string;
  id: string;
  translated: Record<'zh' | 'en', boolean>;
}

function expectedEntries(): Expected[] {
  const out: Expected[] = [];
  for (const s of MDX) {
    for (const f of list(join(CONTENT, s, 'vi'), /\.mdx?$/)) {
      const id = f.replace(/\.mdx?$/, '');
      out.push({
        section: s,
        id,
        translated: { zh: existsSync(join(CONTENT, s, 'zh', f)), en: existsSync(join(CONTENT, s, 'en', f)) },
      });
    }
  }
  for (const s of YAML) {
    for (const f of list(join(CONTENT, s), /\.ya?ml$/)) {
      const data = parse(readFileSync(join(CONTENT, s, f), 'utf8'));
      if (s === 'documents' && data.visibility === 'restricted') {
        expect(existsSync(join(DIST, s, f.replace(/\.ya?ml$/, ''), 'index.html')), `restricted ${f} has no page`).toBe(false);
        continue;
      }
      const title = s === 'faq' ? data.question : data.title;
      out.push({ section: s, id: f.replace(/\.ya?ml$/, ''), translated: { zh: Boolean(title.zh), en: Boolean(title.en) } });
    }
  }
  return out;
}

describe('every entry is rendered in every language', () => {
  const entries = expectedEntries();
  it('finds the content', () => {
    expect(entries.length).toBeGreaterThan(30);
    expect(new Set(entries.map((e) => e.section)).size).toBe(MDX.length + YAML.length);
  });
  for (const locale of ['vi', 'zh', 'en'] as const) {
    it(`${locale}: one page per entry, with the fallback notice exactly where untranslated`, () => {
      const problems: string[] = [];
      for (const e of entries) {
        const path = `${PREFIX[locale]}/${e.section}/${e.id}/index.html`;
        if (!existsSync(join(DIST, path))) {
          problems.push(`missing ${path}`);
          continue;
        }
        const html = readDist(path);
        const hasNotice = html.includes('data-fallback-notice');
        const shouldHave = locale !== 'vi' && !e.translated[locale];
        if (hasNotice !== shouldHave) problems.push(`${path}: fallback notice ${hasNotice ? 'shown' : 'missing'}`);
      }
      expect(problems).toEqual([]);
    });
    it(`${locale}: list pages link every entry of their section`, () => {
      const problems: string[] = [];
      for (const section of [...MDX, ...YAML]) {
        // Long lists are paginated (/policies/page/2/): read every page of the list.
        const listPages = distFiles('index.html').filter((f) =>
          new RegExp(`^${PREFIX[locale]}/${section}/(page/\\d+/)?index\\.html$`).test(f),
        );
        const html = listPages.map((f) => readDist(f)).join('\n');
        for (const e of entries.filter((x) => x.section === section)) {
          if (!html.includes(`href="${PREFIX[locale]}/${section}/${e.id}/"`)) problems.push(`${section} list lacks ${e.id}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
  // The fallback itself is exercised on a fixture with untranslated entries: tests/e2e/fallback.test.ts.
});

describe('html lang and alternates', () => {
  const pages = distFiles('.html');
  it('every page has lang exactly vi, zh-Hans or en, matching its prefix', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const lang = /<html[^>]*\blang="([^"]+)"/.exec(readDist(p))?.[1];
      const want = p.startsWith('/zh/') ? 'zh-Hans' : p.startsWith('/en/') ? 'en' : 'vi';
      if (lang !== want) bad.push(`${p}: lang=${lang}`);
    }
    expect(bad).toEqual([]);
  });
  it('every page has one h1 and hreflang alternates for the three languages', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readDist(p);
      const h1 = html.match(/<h1[\s>]/g)?.length ?? 0;
      if (h1 !== 1) bad.push(`${p}: ${h1} h1`);
      if (p === '/404.html') continue;
      for (const l of ['vi', 'zh-Hans', 'en']) if (!html.includes(`hreflang="${l}" href=`)) bad.push(`${p}: no ${l} alternate`);
    }
    expect(bad).toEqual([]);
  });
});
