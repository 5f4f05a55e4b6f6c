/**
 * The terminology glossary (content/glossary/<id>.yaml) in exactly the shared entry format:
 * term and definition in vi, zh and en; optional abbreviations, variants, avoid, see, sample;
 * nothing else. The collection's schema and pages are built separately; until then this test
 * is what keeps the files readable by them. Parsed with the `yaml` package, as the site does.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = join('content', 'glossary');
const LANGS = ['vi', 'zh', 'en'] as const;
const KEYS = ['term', 'abbreviations', 'variants', 'avoid', 'definition', 'see', 'sample'];
const files = existsSync(DIR) ? readdirSync(DIR).filter((f) => !f.startsWith('.')) : [];

/** Problems of one parsed entry, as readable lines (empty when it conforms). */
export function glossaryProblems(d: unknown): string[] {
  const out: string[] = [];
  if (!d || typeof d !== 'object' || Array.isArray(d)) return ['not a mapping'];
  const e = d as Record<string, unknown>;
  for (const k of Object.keys(e)) if (!KEYS.includes(k)) out.push(`unknown key "${k}"`);
  const text3 = (k: string) => {
    const v = e[k] as Record<string, unknown> | undefined;
    if (!v || typeof v !== 'object') return out.push(`${k}: required, one text per language`);
    for (const l of LANGS) if (typeof v[l] !== 'string' || !(v[l] as string).trim()) out.push(`${k}.${l}: required text`);
    for (const l of Object.keys(v)) if (!(LANGS as readonly string[]).includes(l)) out.push(`${k}.${l}: not a language (vi, zh, en)`);
  };
  text3('term');
  text3('definition');
  const strings = (v: unknown, where: string) => {
    if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string' || !x.trim())) out.push(`${where}: a non-empty list of texts`);
  };
  if (e.abbreviations !== undefined) strings(e.abbreviations, 'abbreviations');
  for (const k of ['variants', 'avoid'] as const) {
    const v = e[k];
    if (v === undefined) continue;
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      out.push(`${k}: a mapping from language to a list`);
      continue;
    }
    for (const [l, list] of Object.entries(v)) {
      if (!(LANGS as readonly string[]).includes(l)) out.push(`${k}.${l}: not a language (vi, zh, en)`);
      strings(list, `${k}.${l}`);
    }
  }
  if (e.see !== undefined) {
    strings(e.see, 'see');
    for (const s of (Array.isArray(e.see) ? e.see : []) as string[])
      if (!/^[a-z-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s)) out.push(`see: "${s}" is not <section>/<id>`);
  }
  if (e.sample !== undefined && typeof e.sample !== 'boolean') out.push('sample: true or false');
  // A form to avoid must not also be the preferred term. It may be a variant: variants are
  // what people type (search finds the term from them), avoid is what translators must not write.
  const avoid = (e.avoid ?? {}) as Record<string, string[]>;
  const term = (e.term ?? {}) as Record<string, string>;
  for (const [l, list] of Object.entries(avoid))
    for (const a of Array.isArray(list) ? list : [])
      if (a === term[l]) out.push(`avoid.${l}: "${a}" is also preferred`);
  return out;
}

describe('glossary entry format', () => {
  it('rejects what the format does not allow (the check can fail)', () => {
    expect(glossaryProblems({ term: { vi: 'a', zh: 'b' }, definition: { vi: 'a', zh: 'b', en: 'c' }, colour: 1 })).toEqual([
      'unknown key "colour"',
      'term.en: required text',
    ]);
    expect(glossaryProblems({ term: { vi: 'a', zh: 'b', en: 'c' }, definition: { vi: 'a', zh: 'b', en: 'c' }, avoid: { zh: ['b'], fr: ['x'] }, see: ['Bad ref'] })).toEqual([
      'avoid.fr: not a language (vi, zh, en)',
      'see: "Bad ref" is not <section>/<id>',
      'avoid.zh: "b" is also preferred',
    ]);
  });

  it('finds the entries', () => expect(files.length).toBeGreaterThanOrEqual(20));

  it.each(files)('%s: a slug file name, valid YAML in the shared format, links to real entries', (file) => {
    expect(file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/);
    const data = parse(readFileSync(join(DIR, file), 'utf8'), { uniqueKeys: true, prettyErrors: true });
    expect(glossaryProblems(data)).toEqual([]);
    for (const ref of (data.see ?? []) as string[]) {
      const [section, id] = ref.split('/');
      expect(existsSync(join('content', section!, `${id}.yaml`)) || existsSync(join('content', section!, 'vi', `${id}.mdx`)), ref).toBe(true);
    }
  });

  it('covers the terminology translators must take from it', () => {
    const ids = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
    for (const id of [
      'so-ngoai-vu-lang-son', 'phong-hop-tac-quoc-te-van-phong', 'phong-lanh-su-quan-ly-bien-gioi', 'trung-tam-thong-tin-dich-vu-doi-ngoai',
      'ddci', 'ddci-canh-tranh-binh-dang', 'ddci-phat-trien-kinh-te-tu-nhan', 'ddci-nang-dong-sang-tao', 'ddci-vai-tro-nguoi-dung-dau', 'ddci-nang-dong-hieu-luc',
      'rcep', 'acfta', 'cptpp', 'evfta', 'certificate-of-origin', 'c-o-mau-e', 'c-o-mau-rcep', 'co-quan-to-chuc-cap-c-o',
      'cua-khau', 'cua-khau-quoc-te-huu-nghi', 'mot-dau-moi', 'chi-phi-khong-chinh-thuc', 'gia-dong-viet-nam',
    ])
      expect(ids, id).toContain(id);
  });
});
