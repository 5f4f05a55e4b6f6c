/**
 * Validates the whole content tree the way the build sees it and returns every
 * problem at once: schema errors, duplicate ids and codes, translations without an
 * original, references to missing entries, and published files whose hash does not
 * match the register. Used by the build (integration), `npm run check` and tests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import { translationSchema } from '../../schemas/articles.ts';
import { describeIssue, say } from '../../lib/content-check/messages.ts';
import type { Problem } from '../../lib/content-check/problems.ts';
import { readMdxCollection, readYamlCollection, type RawEntry } from './read.ts';
import { remembered } from './shared-reads.ts';
import { checkDdci } from '../../lib/ddci/check.ts';
import { issueHint, missingFieldMessage } from '../../lib/content-check/hints.ts';
import { didYouMean } from '../../lib/content-check/suggest.ts';
import { checkMdxBody } from '../../lib/mdx/safe-subset.ts';
import { findDocument, type DocLike } from '../../lib/mdx/doc-ref.ts';
import { checkLayout } from './layout.ts';
import { checkBodyText, fileTooLarge, MAX_DOCUMENT_FILE_BYTES } from '../../lib/content-check/limits.ts';
import { checkRegisterRecords } from './register-records.ts';
import { checkGlossary } from '../../lib/content-check/glossary.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CheckedEntry extends RawEntry {
  collection: CollectionName;
  /** Parsed data when valid. */
  value?: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  /** Every entry read, valid or not, per collection (originals and translations). */
  entries: CheckedEntry[];
}

function validate(entry: CheckedEntry, schema: { safeParse: (v: unknown, o?: object) => any }, problems: Problem[]): void {
  if (entry.data === undefined) return;
  const res = schema.safeParse(entry.data, { reportInput: true });
  if (res.success) {
    entry.value = res.data;
    return;
  }
  for (const issue of res.error.issues) {
    const path = issue.path as PropertyKey[];
    const { id, en, vi } = missingFieldMessage(issue, schema) ?? describeIssue(issue);
    const hint = issueHint(issue, schema);
    // An unknown field is pointed at by its own line and name, not its parent's.
    const at = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...path, issue.keys[0]!] : path;
    problems.push({ file: entry.file, line: entry.lineOf(at), field: at.join('.') || '(record)', id, en: en + hint.en, vi: vi + hint.vi });
  }
}

/** Values at a dotted path where `[]` walks a list; yields [concrete path, value]. */
function* valuesAt(data: unknown, pattern: string): Generator<[PropertyKey[], unknown]> {
  const parts = pattern.split('.');
  function* walk(node: unknown, i: number, path: PropertyKey[]): Generator<[PropertyKey[], unknown]> {
    if (node === undefined || node === null) return;
    if (i === parts.length) {
      yield [path, node];
      return;
    }
    const part = parts[i]!;
    const list = part.endsWith('[]');
    const key = list ? part.slice(0, -2) : part;
    const child = (node as Record<string, unknown>)[key];
    if (list) {
      if (!Array.isArray(child)) return;
      for (let k = 0; k < child.length; k++) yield* walk(child[k], i + 1, [...path, key, k]);
      // A list of ids ends the walk at each element.
    } else {
      yield* walk(child, i + 1, [...path, key]);
    }
  }
  yield* walk(data, 0, []);
}

export function checkContent(root: string): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const ids = new Map<CollectionName, Set<string>>();

  if (!existsSync(root)) {
    problems.push({
      file: root,
      field: '(folder)',
      ...say('content.folderMissing'),
    });
    return { problems, entries };
  }

  checkLayout(root, problems);
  for (const name of COLLECTION_NAMES) {
    const def = COLLECTIONS[name];
    const raw = def.format === 'yaml' ? readYamlCollection(root, def.dir, problems) : readMdxCollection(root, def.dir, problems);
    const seen = new Map<string, string>();
    const originals = new Set<string>();
    for (const r of raw) {
      const entry: CheckedEntry = { ...r, collection: name };
      entries.push(entry);
      if (!SLUG.test(entry.id)) {
        problems.push({
          file: entry.file,
          field: '(file name)',
          ...say('file.badId', { id: entry.id }),
        });
      }
      const key = `${entry.locale ?? ''}/${entry.id.toLowerCase()}`;
      const prev = seen.get(key);
      if (prev) {
        problems.push({
          file: entry.file,
          field: '(id)',
          ...say('file.duplicateId', { id: entry.id, prev }),
        });
      } else seen.set(key, entry.file);
      const isTranslation = def.format === 'mdx' && entry.locale !== 'vi';
      validate(entry, isTranslation ? translationSchema : def.schema, problems);
      if (!isTranslation) originals.add(entry.id);
    }
    if (def.format === 'mdx') {
      for (const e of entries) {
        if (e.collection === name && e.locale !== 'vi' && !originals.has(e.id)) {
          problems.push({
            file: e.file,
            field: '(file)',
            ...say('file.orphanTranslation', { dir: def.dir, id: e.id }),
          });
        }
      }
    }
    ids.set(name, originals);
  }

  checkDocuments(root, entries, problems);
  checkReferences(entries, ids, problems);
  checkRestrictedReferences(entries, problems);
  problems.push(...checkDdci(entries));
  problems.push(...checkGlossary(entries, ids));
  // A restricted document is cited nowhere outside /v/: <DocRef> finds only public ones.
  const docs = entries.flatMap((e) =>
    e.collection === 'documents' && e.value && (e.value as { visibility?: string }).visibility !== 'restricted'
      ? [{ id: e.id, ...(e.value as { code: string; number: string; issued: string }) }]
      : [],
  );
  for (const e of entries) if (e.body !== undefined) checkBody(e, docs, problems);
  return { problems, entries };
}

/** An MDX body: the safe subset (src/lib/mdx/safe-subset.ts), invisible characters, cited documents. */
function checkBody(e: CheckedEntry, docs: readonly DocLike[], problems: Problem[]): void {
  const { problems: here, uses } = checkMdxBody(e.body!, e.file, e.bodyLine ?? 1);
  checkBodyText(e.file, e.body!, e.bodyLine ?? 1, here);
  for (const use of uses) {
    if (use.name !== 'DocRef') continue;
    const found = findDocument(docs, { number: use.attrs.number, code: use.attrs.code, year: use.attrs.year });
    if (!found.ok) here.push({ file: e.file, line: use.line, field: '<DocRef>', id: found.id, en: found.en, vi: found.vi });
  }
  // In the order of the file, as an editor reads it.
  problems.push(...here.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

function checkDocuments(root: string, entries: CheckedEntry[], problems: Problem[]): void {
  const byCode = new Map<string, CheckedEntry>();
  const docs = entries.filter((e) => e.collection === 'documents' && e.value);
  for (const doc of docs) {
    const v = doc.value as { code: string; file?: string; sha256?: string };
    const prev = byCode.get(v.code);
    if (prev) {
      problems.push({
        file: doc.file,
        line: doc.lineOf(['code']),
        field: 'code',
        ...say('doc.duplicateCode', { code: v.code, file: prev.file }),
      });
    } else byCode.set(v.code, doc);
    if (v.file) {
      const path = join(root, 'documents', 'files', v.file);
      const size = existsSync(path) ? statSync(path).size : 0;
      if (size > MAX_DOCUMENT_FILE_BYTES) {
        const big = fileTooLarge(`documents/files/${v.file}`, size, MAX_DOCUMENT_FILE_BYTES);
        problems.push({ file: doc.file, line: doc.lineOf(['file']), field: 'file', ...say('doc.publishedFileTooBig', { file: v.file, big }) });
      } else if (!existsSync(path)) {
        problems.push({
          file: doc.file,
          line: doc.lineOf(['file']),
          field: 'file',
          ...say('doc.fileMissing', { file: v.file }),
        });
      } else if (v.sha256) {
        const actual = remembered('sha256', path, () => createHash('sha256').update(readFileSync(path)).digest('hex'));
        if (actual !== v.sha256) {
          problems.push({
            file: doc.file,
            line: doc.lineOf(['sha256']),
            field: 'sha256',
            ...say('doc.hashMismatch', { file: v.file, actual }),
          });
        }
      }
    }
  }
  for (const doc of docs) {
    const v = doc.value as { supersededBy?: string };
    if (v.supersededBy && !byCode.has(v.supersededBy)) {
      problems.push({
        file: doc.file,
        line: doc.lineOf(['supersededBy']),
        field: 'supersededBy',
        ...say('doc.unknownReplacement', { supersededBy: v.supersededBy }),
      });
    }
  }
  checkNumbersPerYear(docs, problems);
  checkRegisterRecords(root, entries, problems);
  // Invalid records count too: their file is already explained by the record's own problem.
  checkUnreferencedFiles(root, entries.filter((e) => e.collection === 'documents'), problems);
}

/**
 * Document numbers restart every year, so (number, year of issue) names one document; two
 * records with the same pair are one document registered twice or a mistyped number.
 * Numbers left unknown ("…") are not compared.
 */
function checkNumbersPerYear(docs: CheckedEntry[], problems: Problem[]): void {
  const seen = new Map<string, CheckedEntry>();
  for (const doc of docs) {
    const v = doc.value as { number: string; issued: string };
    if (v.number.includes('…')) continue;
    const key = `${v.number.trim().toLowerCase()}|${v.issued.slice(0, 4)}`;
    const prev = seen.get(key);
    if (!prev) {
      seen.set(key, doc);
      continue;
    }
    problems.push({
      file: doc.file,
      line: doc.lineOf(['number']),
      field: 'number',
      ...say('doc.numberTwice', { file: prev.file, number: v.number, year: v.issued.slice(0, 4) }),
    });
  }
}

/** A PDF in documents/files/ that no record names would never be published: say so rather than drop it. */
function checkUnreferencedFiles(root: string, docs: CheckedEntry[], problems: Problem[]): void {
  const dir = join(root, 'documents', 'files');
  if (!existsSync(dir)) return;
  const named = new Set(docs.map((d) => ((d.value ?? d.data) as { file?: unknown } | undefined)?.file).filter((f) => typeof f === 'string'));
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || named.has(name)) continue;
    problems.push({
      file: `documents/files/${name}`,
      field: '(file)',
      ...say('doc.unnamedFile', { name }),
    });
  }
}

/**
 * A restricted document is listed nowhere and named by no page outside /v/: an entry that
 * refers to one (related, a DDCI source, a replacement) would print its title on a public page.
 */
function checkRestrictedReferences(entries: CheckedEntry[], problems: Problem[]): void {
  const restricted = new Map<string, string>();
  for (const e of entries) {
    const v = e.value as { visibility?: string; code?: string } | undefined;
    if (e.collection === 'documents' && v?.visibility === 'restricted') {
      restricted.set(e.id, e.id);
      if (v.code) restricted.set(`#${v.code}`, e.id);
    }
  }
  if (restricted.size === 0) return;
  for (const e of entries) {
    const def = COLLECTIONS[e.collection] as { refs?: Record<string, string> };
    if (!e.value || !def.refs) continue;
    for (const [pattern, target] of Object.entries(def.refs)) {
      for (const [path, value] of valuesAt(e.value, pattern)) {
        if (typeof value !== 'string') continue;
        const id =
          target === 'documents' ? restricted.get(value)
          : target === 'documents#code' ? (e.collection === 'documents' && (e.value as { visibility?: string }).visibility === 'restricted' ? undefined : restricted.get(`#${value}`))
          : target === '*' && value.startsWith('documents/') ? restricted.get(value.slice('documents/'.length))
          : undefined;
        if (!id) continue;
        problems.push({
          file: e.file,
          line: e.lineOf(path),
          field: path.join('.'),
          ...say('ref.restricted', { value, id }),
        });
      }
    }
  }
}

function checkReferences(entries: CheckedEntry[], ids: Map<CollectionName, Set<string>>, problems: Problem[]): void {
  for (const e of entries) {
    const def = COLLECTIONS[e.collection] as { refs?: Record<string, string> };
    if (!e.value || !def.refs) continue;
    for (const [pattern, target] of Object.entries(def.refs)) {
      if (target === 'documents#code') continue; // checked with the register above
      for (const [path, value] of valuesAt(e.value, pattern)) {
        if (typeof value !== 'string') continue;
        let coll = target;
        let id = value;
        if (target === '*') {
          const cut = value.indexOf('/');
          coll = value.slice(0, cut);
          id = value.slice(cut + 1);
          if (!ids.has(coll as CollectionName)) {
            problems.push({
              file: e.file,
              line: e.lineOf(path),
              field: path.join('.'),
              ...say('ref.unknownCollection', { value, coll, known: [...ids.keys()].join(', ') }),
            });
            continue;
          }
        }
        if (!ids.get(coll as CollectionName)?.has(id)) {
          const hint = didYouMean(id, ids.get(coll as CollectionName) ?? []);
          problems.push({
            file: e.file,
            line: e.lineOf(path),
            field: path.join('.'),
            ...say('ref.unknownId', { id, coll, hint }),
          });
        }
      }
    }
  }
}
