/**
 * Reads the content tree without Astro: YAML records and MDX front matter, keeping
 * enough position information to point an editor at the line of a bad field.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { Problem } from './problems.ts';

export interface RawEntry {
  /** Entry id (file name without extension). */
  id: string;
  /** Locale of an MDX file; undefined for YAML records. */
  locale?: 'vi' | 'zh' | 'en';
  /** Path relative to the content root. */
  file: string;
  /** Parsed YAML (record or front matter); undefined when it could not be parsed. */
  data: unknown;
  /** Line of a dotted field path, when it can be found. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Markdown body of an MDX file. */
  body?: string;
  /** Line of the file on which the body starts (MDX only). */
  bodyLine?: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYaml(
  text: string,
  file: string,
  lineOffset: number,
  problems: Problem[],
): { data: unknown; lineOf: RawEntry['lineOf'] } {
  const lc = new LineCounter();
  // YAML 1.2 core schema: dates stay strings, "no" stays a string.
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      problems.push({
        file,
        line: line === undefined ? undefined : line + lineOffset,
        field: '(file)',
        en: `not valid YAML: ${e.message.split('\n')[0]}`,
        vi: `YAML không hợp lệ (kiểm tra thụt lề, dấu hai chấm, dấu nháy): ${e.message.split('\n')[0]}`,
      });
    }
    return { data: undefined, lineOf: () => undefined };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    // Walk down as far as the path exists, so a missing field points at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as Node | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        return lc.linePos(node.range[0]).line + lineOffset;
      }
      if (n === 0 && (isMap(doc.contents) || isSeq(doc.contents))) return 1 + lineOffset;
    }
    return undefined;
  };
  return { data: doc.toJS(), lineOf };
}

function filesIn(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => ext.test(f) && !f.startsWith('.') && !f.startsWith('_'))
    .sort();
}

export function readYamlCollection(root: string, dir: string, problems: Problem[]): RawEntry[] {
  const abs = join(root, dir);
  return filesIn(abs, /\.ya?ml$/).map((name) => {
    const path = join(abs, name);
    const file = relative(root, path);
    const { data, lineOf } = parseYaml(readFileSync(path, 'utf8'), file, 0, problems);
    return { id: name.replace(/\.ya?ml$/, ''), file, data, lineOf };
  });
}

export function readMdxCollection(root: string, dir: string, problems: Problem[]): RawEntry[] {
  const out: RawEntry[] = [];
  for (const locale of ['vi', 'zh', 'en'] as const) {
    const abs = join(root, dir, locale);
    for (const name of filesIn(abs, /\.mdx?$/)) {
      const path = join(abs, name);
      const file = relative(root, path);
      const text = readFileSync(path, 'utf8');
      const m = FRONT_MATTER.exec(text);
      if (!m) {
        problems.push({
          file,
          line: 1,
          field: '(front matter)',
          en: 'the file must start with front matter between two lines of "---"',
          vi: 'tệp phải bắt đầu bằng phần thông tin (front matter) nằm giữa hai dòng "---"',
        });
        out.push({ id: name.replace(/\.mdx?$/, ''), locale, file, data: undefined, lineOf: () => undefined });
        continue;
      }
      // Front matter starts on line 2 of the file (after the opening ---).
      const { data, lineOf } = parseYaml(m[1] ?? '', file, 1, problems);
      const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
      out.push({ id: name.replace(/\.mdx?$/, ''), locale, file, data, lineOf, body: text.slice(m[0].length), bodyLine });
    }
    // Stray files in the collection folder itself are almost always a misplaced entry.
  }
  for (const name of filesIn(join(root, dir), /\.mdx?$/)) {
    problems.push({
      file: join(dir, name),
      field: '(file)',
      en: `MDX files belong in ${dir}/vi/, ${dir}/zh/ or ${dir}/en/; move this file into the folder of its language`,
      vi: `tệp MDX phải nằm trong ${dir}/vi/, ${dir}/zh/ hoặc ${dir}/en/; hãy chuyển tệp vào thư mục ngôn ngữ của nó`,
    });
  }
  return out;
}
