/**
 * Limits on what one content file may hold. Real entries are far below them (the
 * longest title is about 110 characters, the longest summary about 1,200, the largest
 * file 7 KB); they exist so that a runaway or hostile file is refused with a message
 * instead of exhausting the build, and so a title still fits a page heading.
 */
import type { Problem } from './problems.ts';
import { findInvisible, invisibleMessage } from './invisible.ts';
import { say } from './messages.ts';
import { LOCALES } from '../locales.ts';

/** Bytes of a YAML record or an MDX file (front matter and body). */
export const MAX_TEXT_FILE_BYTES = 256 * 1024;
/** Bytes of a published PDF under documents/files/. */
export const MAX_DOCUMENT_FILE_BYTES = 20 * 1024 * 1024;
/** Levels of lists and groups in a YAML record (real records use 6). */
export const MAX_DEPTH = 12;
/** Characters of one text value, per field name; any other text value gets MAX_TEXT. */
export const MAX_CHARS: Record<string, number> = { title: 300, question: 300, name: 300, shortName: 100, summary: 2000 };
export const MAX_TEXT = 10_000;

const LOCALE_KEYS = new Set<string>(LOCALES);

function kib(n: number): string {
  return `${Math.round(n / 1024)} KB`;
}

export function fileTooLarge(file: string, bytes: number, limit: number): Problem {
  return {
    file,
    field: '(file)',
    ...say('limit.fileTooBig', { size: kib(bytes), limit: kib(limit) }),
  };
}

/**
 * Walks parsed YAML (a record or MDX front matter): depth, length of every text, and
 * invisible characters in every text. `lineOf` points at the field.
 */
export function checkValues(file: string, data: unknown, lineOf: (path: readonly PropertyKey[]) => number | undefined, problems: Problem[]): void {
  let deep = false;
  const walk = (v: unknown, path: PropertyKey[], depth: number) => {
    if (depth > MAX_DEPTH) {
      if (!deep) {
        deep = true;
        problems.push({
          file,
          line: lineOf(path),
          field: path.join('.') || '(record)',
          ...say('limit.tooDeep', { depth: MAX_DEPTH }),
        });
      }
      return;
    }
    if (typeof v === 'string') {
      const field = path.join('.') || '(record)';
      const named = [...path].reverse().find((p) => typeof p === 'string' && !LOCALE_KEYS.has(p)) as string | undefined;
      const limit = (named && MAX_CHARS[named]) || MAX_TEXT;
      if (v.length > limit) {
        problems.push({
          file,
          line: lineOf(path),
          field,
          ...say('limit.textTooLong', { length: v.length, limit, field: named && MAX_CHARS[named] ? named : undefined }),
        });
      }
      const hidden = findInvisible(v);
      if (hidden) problems.push({ file, line: lineOf(path), field, ...invisibleMessage(hidden.name) });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], depth + 1));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k], depth + 1);
  };
  walk(data, [], 0);
}

/** Invisible characters in an MDX body, one problem per line that has one. */
export function checkBodyText(file: string, body: string, firstLine: number, problems: Problem[]): void {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const hidden = findInvisible(lines[i]!.replace(/\r$/, '').replace(/\t/g, ' '));
    if (hidden) problems.push({ file, line: firstLine + i, field: '(body)', ...invisibleMessage(hidden.name) });
  }
}
