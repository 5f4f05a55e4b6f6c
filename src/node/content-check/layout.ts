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
function expected(roles: Map<string, Role>, role: Role): { en: string; vi: string } {
  switch (role.kind) {
    case 'yaml':
      return { en: `${role.dir}/ holds one YAML record per entry: ${role.dir}/<id>.yaml`, vi: `${role.dir}/ chứa mỗi mục một tệp YAML: ${role.dir}/<mã>.yaml` };
    case 'mdx': {
      const list = LOCALES.map((l) => `${role.dir}/${l}/`).join(', ');
      return {
        en: `MDX files belong in ${list.replace(/, ([^,]*)$/, ' or $1')}: ${role.dir}/<language>/<id>.mdx; move this file into the folder of its language`,
        vi: `tệp MDX phải nằm trong ${list.replace(/, ([^,]*)$/, ' hoặc $1')}: ${role.dir}/<ngôn ngữ>/<mã>.mdx; hãy chuyển tệp vào thư mục ngôn ngữ của nó`,
      };
    }
    case 'locale':
      return { en: `${role.dir}/${role.locale}/ holds one MDX file per entry: ${role.dir}/${role.locale}/<id>.mdx (no sub-folders)`, vi: `${role.dir}/${role.locale}/ chứa mỗi mục một tệp MDX: ${role.dir}/${role.locale}/<mã>.mdx (không có thư mục con)` };
    case 'files':
      return { en: `${role.dir}/ holds only ${role.what}, named in lower case, e.g. ${role.example}`, vi: `${role.dir}/ chỉ chứa ${role.whatVi}, tên viết thường, ví dụ ${role.example}` };
    case 'parent': {
      const list = childFolders(roles, role.dir).join(', ');
      const where = role.dir === '' ? 'the content folder' : `${role.dir}/`;
      const whereVi = role.dir === '' ? 'thư mục nội dung' : `${role.dir}/`;
      return { en: `${where} holds only the folders ${list}`, vi: `${whereVi} chỉ chứa các thư mục ${list}` };
    }
  }
}

/** Why a file name is not read, when there is a likely reason. */
function reason(name: string, role: Role): { en: string; vi: string } | undefined {
  const ext = role.kind === 'yaml' ? '.yaml' : '.mdx';
  if (name.startsWith('.')) return { en: 'hidden files (name starting with ".") are not read', vi: 'tệp ẩn (tên bắt đầu bằng ".") không được đọc' };
  if (/\.(bak|old|orig|tmp|swp)$|~$/i.test(name)) return { en: 'this looks like a backup or temporary copy, which is not read: delete it (the history is kept by version control)', vi: 'tệp này có vẻ là bản sao lưu hoặc tạm, không được đọc: hãy xóa (lịch sử đã được lưu bởi hệ thống quản lý phiên bản)' };
  if ((role.kind === 'locale' || role.kind === 'mdx') && /\.md$/i.test(name)) return { en: 'Markdown (.md) files are not read here: rename it to .mdx', vi: 'tệp Markdown (.md) không được đọc ở đây: hãy đổi đuôi thành .mdx' };
  if (role.kind === 'yaml' && /\.ya?ml$/i.test(name)) return { en: `the extension must be written in lower case: ${ext}`, vi: `đuôi tệp phải viết thường: ${ext}` };
  if ((role.kind === 'locale' || role.kind === 'mdx') && /\.mdx$/i.test(name)) return { en: 'the extension must be written in lower case: .mdx', vi: 'đuôi tệp phải viết thường: .mdx' };
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
      const push = (en: string, vi: string) => problems.push({ file: d.isDirectory() ? `${rel}/` : rel, field: d.isDirectory() ? '(folder)' : '(file)', en, vi });
      if (d.isSymbolicLink() || lstatSync(join(abs, d.name)).isSymbolicLink()) {
        push('symbolic links are not followed in content: put the file itself here', 'không đi theo liên kết tượng trưng (symbolic link) trong nội dung: hãy đặt chính tệp vào đây');
        continue;
      }
      if (d.isDirectory()) {
        if (extraFiles.has(rel)) continue;
        if (roles.has(rel)) walk(rel);
        else {
          const exp = expected(roles, role);
          push(`this folder is not read by the site, so nothing in it would be published; ${exp.en}`, `thư mục này không được trang đọc nên không gì trong đó được đăng; ${exp.vi}`);
        }
        continue;
      }
      if (!d.isFile()) {
        push('only ordinary files belong in content', 'nội dung chỉ chứa tệp thông thường');
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
      const exp = expected(roles, role);
      const why = reason(d.name, role);
      push(
        `this file is not read by the site${why ? `: ${why.en}` : ''}; ${exp.en}`,
        `tệp này không được trang đọc${why ? `: ${why.vi}` : ''}; ${exp.vi}`,
      );
    }
  };
  walk('');
}
