/**
 * Nothing under content/ is silently ignored: every file and folder must be one the
 * collections read (derived from the registry in src/schemas/index.ts, so a collection
 * added there is accepted at once) or one of the few listed exceptions. A misspelt
 * extension, a backup copy, an entry dropped into a sub-folder or a stray file would
 * otherwise pass the check and simply never appear on the site.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../schemas/index.ts';
import { LOCALES } from '../../schemas/common.ts';
import { LOG_FILE } from '../register-log.ts';
import { LOCK_DIR } from '../register-lock.ts';
import type { Problem } from '../../lib/content-check/problems.ts';
import { MDX_FILE, YAML_FILE } from './read.ts';
import { say, type Saying } from '../../lib/content-check/messages.ts';

/**
 * File names accepted in any folder: notes for editors and placeholders of empty folders.
 * Drafts (an entry file whose name starts with "_", in its right folder) are accepted too.
 */
export const ANY_FOLDER_EXCEPTIONS = ['README.md', '.gitkeep'];

/** Files and folders that belong to a collection without being entries. */
export const EXTRA_PATHS: Record<string, { what: string; whatVi?: string; example?: string; pattern?: RegExp }> = {
  // Published PDFs; each must be named by a record (checked with the register).
  'documents/files': { what: 'published PDF files of registered documents', whatVi: 'tệp PDF của văn bản đã đăng ký', example: 'kh-627-2025.pdf', pattern: /^[a-z0-9][a-z0-9._-]*\.pdf$/ },
  // Exists only while `npm run register` changes the register (a check may run meanwhile).
  [LOCK_DIR]: { what: 'the lock held while npm run register changes the register' },
  [LOG_FILE]: { what: 'the register log: hash-chained events of every verification code (npm run register)' },
  // Terminology entries in the shared glossary format (tests/unit/glossary-files.test.ts checks
  // them). When a glossary collection is registered it reads this folder and takes precedence.
  glossary: { what: 'terminology entries, one YAML file per term', whatVi: 'mục thuật ngữ, mỗi thuật ngữ một tệp YAML', example: 'certificate-of-origin.yaml', pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/ },
};

type Role =
  | { kind: 'yaml'; dir: string }
  | { kind: 'mdx'; dir: string }
  | { kind: 'locale'; dir: string; locale: string }
  | { kind: 'files'; dir: string; pattern: RegExp; what: string; whatVi: string; example: string }
  | { kind: 'parent'; dir: string };

/** What each folder under the root is for, from the registry. */
function folderRoles(): Map<string, Role> {
  const roles = new Map<string, Role>([['', { kind: 'parent', dir: '' }]]);
  const addParents = (dir: string) => {
    const parts = dir.split('/');
    for (let i = 1; i < parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!roles.has(p)) roles.set(p, { kind: 'parent', dir: p });
    }
  };
  for (const def of Object.values(COLLECTIONS)) {
    addParents(def.dir);
    roles.set(def.dir, { kind: def.format, dir: def.dir });
    if (def.format === 'mdx') for (const l of LOCALES) roles.set(`${def.dir}/${l}`, { kind: 'locale', dir: def.dir, locale: l });
  }
  for (const [path, extra] of Object.entries(EXTRA_PATHS)) {
    if (extra.pattern && !roles.has(path)) {
      addParents(path);
      roles.set(path, { kind: 'files', dir: path, pattern: extra.pattern, what: extra.what, whatVi: extra.whatVi ?? extra.what, example: extra.example ?? '' });
    }
  }
  return roles;
}

function childFolders(roles: Map<string, Role>, dir: string): string[] {
  const prefix = dir === '' ? '' : `${dir}/`;
  return [...roles.keys()].filter((k) => k.startsWith(prefix) && k !== dir && !k.slice(prefix.length).includes('/')).map((k) => `${k}/`);
}

/** What a folder may hold, in both languages, for the message. */
function expected(roles: Map<string, Role>, role: Role): Saying {
  switch (role.kind) {
    case 'yaml':
      return say('layout.yamlFolder', { dir: role.dir });
    case 'mdx':
      return say('layout.mdxFolder', { dir: role.dir, folders: LOCALES.map((l) => `${role.dir}/${l}/`) });
    case 'locale':
      return say('layout.localeFolder', { dir: role.dir, locale: role.locale });
    case 'files':
      return say('layout.filesFolder', { dir: role.dir, what: { en: role.what, vi: role.whatVi }, example: role.example });
    case 'parent':
      return say('layout.parentFolder', { dir: role.dir, folders: childFolders(roles, role.dir) });
  }
}

/** Why a file name is not read, when there is a likely reason. */
function reason(name: string, role: Role): Saying | undefined {
  const ext = role.kind === 'yaml' ? '.yaml' : '.mdx';
  if (name.startsWith('.')) return say('layout.hiddenFile');
  if (/\.(bak|old|orig|tmp|swp)$|~$/i.test(name)) return say('layout.backupFile');
  if ((role.kind === 'locale' || role.kind === 'mdx') && /\.md$/i.test(name)) return say('layout.markdownFile');
  if (role.kind === 'yaml' && /\.ya?ml$/i.test(name)) return say('layout.extensionCase', { ext });
  if ((role.kind === 'locale' || role.kind === 'mdx') && /\.mdx$/i.test(name)) return say('layout.extensionCase', { ext: '.mdx' });
  return undefined;
}

export function checkLayout(root: string, problems: Problem[]): void {
  const roles = folderRoles();
  const extraFiles = new Set(Object.keys(EXTRA_PATHS).filter((p) => !EXTRA_PATHS[p]!.pattern));
  const walk = (dir: string) => {
    const role = roles.get(dir)!;
    const abs = join(root, dir);
    for (const d of readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = dir === '' ? d.name : `${dir}/${d.name}`;
      const push = (said: Saying) => problems.push({ file: d.isDirectory() ? `${rel}/` : rel, field: d.isDirectory() ? '(folder)' : '(file)', ...said });
      if (d.isSymbolicLink() || lstatSync(join(abs, d.name)).isSymbolicLink()) {
        push(say('layout.symlink'));
        continue;
      }
      if (d.isDirectory()) {
        if (extraFiles.has(rel)) continue;
        if (roles.has(rel)) walk(rel);
        else {
          push(say('layout.folderNotRead', { expected: expected(roles, role) }));
        }
        continue;
      }
      if (!d.isFile()) {
        push(say('layout.notOrdinaryFile'));
        continue;
      }
      if (ANY_FOLDER_EXCEPTIONS.includes(d.name) || extraFiles.has(rel)) continue;
      // A draft is an entry file whose name starts with "_": documented in the editors'
      // guide, never loaded by the collections, so neither checked nor published.
      const name = d.name.startsWith('_') ? d.name.slice(1) : d.name;
      const ok =
        (role.kind === 'yaml' && YAML_FILE.test(name)) ||
        (role.kind === 'locale' && MDX_FILE.test(name)) ||
        (role.kind === 'files' && role.pattern.test(d.name));
      if (ok) continue;
      push(say('layout.fileNotRead', { why: reason(d.name, role), expected: expected(roles, role) }));
    }
  };
  walk('');
}
