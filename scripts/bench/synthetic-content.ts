/**
 * A synthetic content folder for the benchmark: a copy of the real content/ plus N new
 * entries, each in Vietnamese, Chinese and English. Every new entry is a clone of a real
 * entry of a listed section (policies, MOUs, trade agreements, events, procedures,
 * services, FAQ, documents without a file) with a new id and newly generated text of
 * about the same length, so it passes the same schemas and checks as real content and
 * the site builds it exactly as it would build an editor's work.
 */
import { appendLog, chainEvents, readLog, type EventBody } from '../../src/node/register-log.ts';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { LIST_SECTIONS } from '../../src/lib/sections.ts';
import { CODE_ALPHABET } from '../../src/lib/crockford.ts';
import { markdownBody, rng, textOfLength, title, type Lang } from './text.ts';

const LANGS: Lang[] = ['vi', 'zh', 'en'];

interface Template {
  collection: string;
  dir: string;
  format: 'mdx' | 'yaml';
  id: string;
  /** Parsed front matter (MDX) or record (YAML). */
  data: Record<string, unknown>;
  bodyChars: number;
  /** A translation of this entry or, failing that, of another entry of its collection. */
  translation?: Record<Lang, Record<string, unknown> | undefined>;
}

function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error('MDX file without front matter');
  return { data: (parse(m[1]!) ?? {}) as Record<string, unknown>, body: m[2]! };
}

const files = (dir: string, re: RegExp) => (existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f) && !f.startsWith('_')).sort() : []);

function templates(source: string): Template[] {
  const out: Template[] = [];
  for (const { key } of LIST_SECTIONS) {
    const def = (COLLECTIONS as Record<string, { dir: string; format: 'mdx' | 'yaml' }>)[key];
    if (!def) continue;
    const base = join(source, def.dir);
    if (def.format === 'mdx') {
      const anyTr: Partial<Record<Lang, Record<string, unknown>>> = {};
      for (const l of ['zh', 'en'] as const) {
        const first = files(join(base, l), /\.mdx?$/)[0];
        if (first) anyTr[l] = splitMdx(readFileSync(join(base, l, first), 'utf8')).data;
      }
      for (const f of files(join(base, 'vi'), /\.mdx?$/)) {
        const { data, body } = splitMdx(readFileSync(join(base, 'vi', f), 'utf8'));
        const tr = (l: 'zh' | 'en') => (existsSync(join(base, l, f)) ? splitMdx(readFileSync(join(base, l, f), 'utf8')).data : anyTr[l]);
        out.push({ collection: key, dir: def.dir, format: 'mdx', id: f.replace(/\.mdx?$/, ''), data, bodyChars: body.length, translation: { vi: undefined, zh: tr('zh'), en: tr('en') } });
      }
    } else {
      for (const f of files(base, /\.ya?ml$/)) {
        const data = parse(readFileSync(join(base, f), 'utf8')) as Record<string, unknown>;
        // A published file has one hash and one record; only file-less documents are cloned.
        if (key === 'documents' && data.file) continue;
        out.push({ collection: key, dir: def.dir, format: 'yaml', id: f.replace(/\.ya?ml$/, ''), data, bodyChars: 0 });
      }
    }
  }
  if (out.length === 0) throw new Error(`no entries to clone in ${source}`);
  return out;
}

const isLocalized = (v: unknown): v is { vi: string; zh?: string; en?: string } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).vi === 'string' && Object.keys(v).every((k) => k === 'vi' || k === 'zh' || k === 'en');

/** Every `{ vi, zh?, en? }` text replaced by new text in all three languages, lengths kept. */
function relocalize(value: unknown, r: () => number): unknown {
  if (isLocalized(value)) {
    // Names and short labels stay short; longer texts get whole sentences of similar length.
    const len = value.vi.length;
    return Object.fromEntries(LANGS.map((l) => [l, len < 60 ? title(l, r) : textOfLength(l, r, l === 'zh' ? len / 3 : len)]));
  }
  if (Array.isArray(value)) return value.map((v) => relocalize(v, r));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, relocalize(v, r)]));
  return value;
}

/** A verification code not used by the real register (Crockford base32, 8 characters). */
function codeFor(k: number, taken: Set<string>): string {
  for (let salt = 0; ; salt++) {
    let x = BigInt(k) * 2654435761n + BigInt(salt) * 97n + 1099511627776n;
    let code = '';
    for (let i = 0; i < 8; i++) {
      code = CODE_ALPHABET[Number(x % 32n)] + code;
      x /= 32n;
    }
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** Strings quoted, so that a date stays a string for every YAML reader (Astro's included). */
const yaml = (data: unknown) => stringify(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
const frontMatter = (data: Record<string, unknown>, body: string) => `---\n${yaml(data)}---\n\n${body}\n`;

export interface SyntheticContent {
  root: string;
  /** New entries per language. */
  added: number;
  perCollection: Record<string, number>;
}

export function generateContent(source: string, out: string, n: number, seed = 7): SyntheticContent {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(source, out, { recursive: true });
  const tpl = templates(source);
  const taken = new Set<string>(
    files(join(source, 'documents'), /\.ya?ml$/).map((f) => String((parse(readFileSync(join(source, 'documents', f), 'utf8')) as { code?: string }).code)),
  );
  const perCollection: Record<string, number> = {};
  const issuedEvents: EventBody[] = [];
  const r = rng(seed);
  for (let k = 0; k < n; k++) {
    const t = tpl[k % tpl.length]!;
    const id = `${t.id}-b${k}`;
    perCollection[t.collection] = (perCollection[t.collection] ?? 0) + 1;
    if (t.format === 'mdx') {
      const vi = relocalize({ ...t.data }, r) as Record<string, unknown>;
      vi.title = title('vi', r);
      vi.summary = textOfLength('vi', r, String(t.data.summary ?? '').length || 160);
      mkdirSync(join(out, t.dir, 'vi'), { recursive: true });
      writeFileSync(join(out, t.dir, 'vi', `${id}.mdx`), frontMatter(vi, markdownBody('vi', r, t.bodyChars || 1500)));
      for (const l of ['zh', 'en'] as const) {
        const base = t.translation?.[l];
        if (!base) continue;
        const tr = relocalize({ ...base }, r) as Record<string, unknown>;
        tr.title = title(l, r);
        tr.summary = textOfLength(l, r, l === 'zh' ? 60 : 160);
        mkdirSync(join(out, t.dir, l), { recursive: true });
        writeFileSync(join(out, t.dir, l, `${id}.mdx`), frontMatter(tr, markdownBody(l, r, l === 'zh' ? (t.bodyChars || 1500) / 3 : t.bodyChars || 1500)));
      }
    } else {
      const rec = relocalize(structuredClone(t.data), r) as Record<string, unknown>;
      if (t.collection === 'documents') {
        rec.code = codeFor(k, taken);
        // Numbers are unique per year too (<DocRef number="…"> looks documents up by them).
        rec.number = `${k + 1}/SNgV-TT`;
        // Generated documents are issued and stay valid: a status needs an event of its own.
        delete rec.supersededBy;
        rec.status = 'valid';
        delete rec.statusDate;
        delete rec.statusReason;
        issuedEvents.push({ code: String(rec.code), event: 'issued', sha256: (rec.sha256 as string | undefined) ?? null, number: String(rec.number), issued: String(rec.issued) });
      }
      writeFileSync(join(out, t.dir, `${id}.yaml`), yaml(rec));
    }
  }
  // Registered like real ones, so the content check's replay of the register log passes.
  const log = readLog(out).events;
  appendLog(out, chainEvents(log, issuedEvents, '2026-01-01T00:00:00Z'));
  return { root: out, added: n, perCollection };
}
