/**
 * What `npm run new -- <collection> <id>` does, as a function the tests can call:
 * refuse an unknown collection, an invalid id or one already used; otherwise write the
 * template files, re-check them with the content check, and undo the write if the
 * template itself would not pass (so an editor never starts from a broken file).
 */
import { LOCALES } from '../../lib/locales.ts';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { checkContent } from '../content-check/check.ts';
import type { Problem } from '../../lib/content-check/problems.ts';
import { closest } from '../../lib/content-check/suggest.ts';
import { SLUG_RE, slugify } from '../../lib/editors/slugify.ts';
import { TEMPLATE_RULES, newEntryFiles, todayInVietnam, type NewFile } from '../../lib/editors/template.ts';
import { say, type MessageId } from '../../lib/content-check/messages.ts';

export interface Refusal {
  ok: false;
  /** Why nothing was written (src/lib/content-check/messages.ts), in both languages. */
  id: MessageId;
  vi: string;
  en: string;
  problems?: Problem[];
}

export interface Created {
  ok: true;
  collection: CollectionName;
  id: string;
  files: NewFile[];
  /** Problems elsewhere in the content (not caused by the new files), to mention. */
  otherProblems: number;
}

/** Common singular or Vietnamese words an editor may type for a collection. */
const ALIASES: Record<string, CollectionName> = {
  policy: 'policies',
  'chinh-sach': 'policies',
  mou: 'mous',
  'thoa-thuan': 'mous',
  agreement: 'trade-agreements',
  'hiep-dinh': 'trade-agreements',
  event: 'events',
  'su-kien': 'events',
  document: 'documents',
  'van-ban': 'documents',
  procedure: 'procedures',
  'thu-tuc': 'procedures',
  service: 'services',
  'dich-vu': 'services',
  unit: 'units',
  'don-vi': 'units',
  'hoi-dap': 'faq',
};

function existingFiles(root: string, collection: CollectionName, id: string): string[] {
  const def = COLLECTIONS[collection];
  const dirs = def.format === 'mdx' ? LOCALES.map((l) => join(def.dir, l)) : [def.dir];
  const out: string[] = [];
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs)) {
      // Same id in any case or extension: file systems of editors' PCs ignore case.
      if (name.replace(/\.(mdx?|ya?ml)$/, '').toLowerCase() === id.toLowerCase()) out.push(join(dir, name));
    }
  }
  return out;
}

export function createEntry(root: string, collectionArg: string | undefined, id: string | undefined, today = todayInVietnam()): Created | Refusal {
  const list = COLLECTION_NAMES.join(', ');
  if (!collectionArg || !id) {
    return { ok: false, ...say('new.usage', { list }) };
  }
  const collection = (COLLECTION_NAMES as string[]).includes(collectionArg) ? (collectionArg as CollectionName) : ALIASES[slugify(collectionArg)];
  if (!collection) {
    const hint = closest(collectionArg, COLLECTION_NAMES);
    return { ok: false, ...say('new.unknownCollection', { collection: collectionArg, hint, list }) };
  }
  if (collection === 'documents') {
    // A document's code must come from the register log, with its hash: only the register command writes both.
    return { ok: false, ...say('new.documentsUseRegister') };
  }
  if (!SLUG_RE.test(id)) {
    const s = slugify(id);
    return { ok: false, ...say('new.badId', { id, example: s && SLUG_RE.test(s) ? s : undefined }) };
  }
  const rule = TEMPLATE_RULES[collection];
  if (rule && !rule.id.test(id)) return { ok: false, ...say('new.idBreaksRule', { id, rule: rule.help }) };
  const taken = existingFiles(root, collection, id);
  if (taken.length > 0) {
    return { ok: false, ...say('new.idTaken', { id, collection, files: taken }) };
  }

  const before = checkContent(root);
  const ids: Record<string, string[]> = {};
  const records: Record<string, { id: string; data: unknown }[]> = {};
  for (const e of before.entries) {
    if (e.locale !== undefined && e.locale !== 'vi') continue;
    (ids[e.collection] ??= []).push(e.id);
    (records[e.collection] ??= []).push({ id: e.id, data: e.value ?? e.data });
  }
  // Documents are refused above; the template still takes the codes in use, for its own checks.
  const codes = before.entries.flatMap((e) => {
    const code = e.collection === 'documents' ? (e.data as { code?: unknown } | undefined)?.code : undefined;
    return typeof code === 'string' ? [code] : [];
  });
  const files = newEntryFiles(collection, id, { today, ids, codes, records });

  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
  }
  const after = checkContent(root);
  const mine = new Set(files.map((f) => f.path));
  const own = after.problems.filter((p) => mine.has(p.file));
  if (own.length > 0) {
    for (const f of files) rmSync(join(root, f.path), { force: true });
    const needsUnit = own.some((p) => p.field === 'unit');
    return {
      ok: false,
      ...(needsUnit ? say('new.noUnitYet') : say('new.wouldNotPass')),
      problems: own,
    };
  }
  return { ok: true, collection, id, files, otherProblems: after.problems.length };
}
