/**
 * The reading rules of the content tree, the one place that turns files into data: which
 * files are entries, how their text is decoded, and how YAML (records and MDX front
 * matter) is parsed, refusing hostile input (aliases, tags, duplicate keys, deep nesting,
 * oversized files). `npm run check`, the check before every build and the Astro
 * collection loaders (src/node/content-loader.ts) all read through here, keeping enough
 * position information to point an editor at the line of a bad field.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { Problem } from '../../lib/content-check/problems.ts';
import { remembered } from './shared-reads.ts';
import { LOCALES, type Locale } from '../../lib/locales.ts';
import { checkValues, fileTooLarge, MAX_DEPTH, MAX_TEXT_FILE_BYTES } from '../../lib/content-check/limits.ts';
import { say, type Saying } from '../../lib/content-check/messages.ts';

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
  /** The whole text of the file, when it could be read. */
  text?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function yamlProblem(file: string, line: number | undefined, said: Saying): Problem {
  return { file, line, field: '(file)', ...said };
}

function parseYaml(
  text: string,
  file: string,
  lineOffset: number,
  problems: Problem[],
): { data: unknown; lineOf: RawEntry['lineOf'] } {
  const none = { data: undefined, lineOf: () => undefined };
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    // YAML 1.2 core schema: dates stay strings, "no" stays a string.
    // Duplicate keys are found below in one pass: the parser's own check compares every
    // pair of keys, which a file of 20,000 keys turns into seconds.
    doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  } catch {
    // Only pathological input gets here (e.g. thousands of nested brackets overflow the parser).
    problems.push(yamlProblem(file, undefined, say('yaml.unreadable')));
    return none;
  }
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      if (/call stack/i.test(e.message)) {
        // The parser gives up on thousands of nested brackets; say what that means.
        problems.push(yamlProblem(file, line === undefined ? undefined : line + lineOffset, say('yaml.tooDeep', { depth: MAX_DEPTH })));
        continue;
      }
      problems.push(yamlProblem(
        file,
        line === undefined ? undefined : line + lineOffset,
        say('yaml.invalid', { reason: e.message.split('\n')[0] ?? '' }),
      ));
    }
    return none;
  }
  // Anchors and aliases (&a, *a) repeat a value elsewhere; content never needs them and
  // nested aliases expand exponentially (a "billion laughs" file). Refuse them outright.
  let alias: Node | undefined;
  let tagged: Node | undefined;
  let duplicate: { key: string; node: Node } | undefined;
  visit(doc, {
    Map(_k, map) {
      const seen = new Set<string>();
      for (const item of map.items) {
        const key = isScalar(item.key) ? String(item.key.value) : undefined;
        if (key === undefined) continue;
        if (seen.has(key) && !duplicate) duplicate = { key, node: item.key as Node };
        seen.add(key);
      }
    },
    Alias(_k, node) {
      alias = node;
      return visit.BREAK;
    },
    Node(_k, node) {
      // Explicit tags (!!binary, !custom) change how a value is read; content needs none.
      if (node.tag && !tagged) tagged = node;
    },
  });
  if (duplicate && !alias) {
    const at = duplicate.node.range ? lc.linePos(duplicate.node.range[0]).line + lineOffset : undefined;
    problems.push(yamlProblem(file, at, say('yaml.duplicateKey', { key: duplicate.key.slice(0, 60) })));
    return none;
  }
  if (tagged && !alias) {
    const at = tagged.range ? lc.linePos(tagged.range[0]).line + lineOffset : undefined;
    problems.push(yamlProblem(file, at, say('yaml.tag', { tag: tagged.tag })));
    return none;
  }
  if (alias) {
    const at = alias.range ? lc.linePos(alias.range[0]).line + lineOffset : undefined;
    problems.push(yamlProblem(
      file,
      at,
      say('yaml.alias'),
    ));
    return none;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    problems.push(yamlProblem(file, undefined, say('yaml.unreadableDeep')));
    return none;
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
  checkValues(file, data, lineOf, problems);
  return { data, lineOf };
}

/** Entry files the collection loaders read (src/content.config.ts uses the same patterns). */
export const YAML_FILE = /^[^._].*\.ya?ml$/;
export const MDX_FILE = /^[^._].*\.mdx$/;

function filesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => d.name)
    .sort();
}

/**
 * The text of a content file, or undefined (with a problem) when it is too large, not
 * UTF-8 text, or starts with a byte-order mark, which the front-matter reader of the
 * build does not expect.
 */
function readText(path: string, file: string, problems: Problem[]): string | undefined {
  const size = statSync(path).size;
  if (size > MAX_TEXT_FILE_BYTES) {
    problems.push(fileTooLarge(file, size, MAX_TEXT_FILE_BYTES));
    return undefined;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    problems.push({ file, line: 1, field: '(file)', ...say('file.notUtf8') });
    return undefined;
  }
  if (text.startsWith('\ufeff')) {
    problems.push({
      file,
      line: 1,
      field: '(file)',
      ...say('file.bom'),
    });
    return undefined;
  }
  return text;
}

/** One file as every reader gets it: its entry and the problems found reading it. */
interface FileRead {
  entry: RawEntry;
  problems: Problem[];
}

function readYamlFile(root: string, path: string, name: string): FileRead {
  return remembered('yaml', path, () => {
    const problems: Problem[] = [];
    const file = relative(root, path);
    const text = readText(path, file, problems);
    const { data, lineOf } = text === undefined ? { data: undefined, lineOf: () => undefined } : parseYaml(text, file, 0, problems);
    return { entry: { id: name.replace(/\.ya?ml$/, ''), file, data, lineOf, text }, problems };
  });
}

function readMdxFile(root: string, path: string, name: string, locale: Locale): FileRead {
  return remembered('mdx', path, () => {
    const problems: Problem[] = [];
    const file = relative(root, path);
    const id = name.replace(/\.mdx$/, '');
    const text = readText(path, file, problems);
    const m = text === undefined ? null : FRONT_MATTER.exec(text);
    if (text === undefined || !m) {
      if (text !== undefined) {
        problems.push({
          file,
          line: 1,
          field: '(front matter)',
          ...say('file.noFrontMatter'),
        });
      }
      return { entry: { id, locale, file, data: undefined, lineOf: () => undefined }, problems };
    }
    // Front matter starts on line 2 of the file (after the opening ---).
    const { data, lineOf } = parseYaml(m[1] ?? '', file, 1, problems);
    const bodyLine = m[0].split('\n').length + (m[0].endsWith('\n') ? 0 : 1);
    return { entry: { id, locale, file, data, lineOf, body: text.slice(m[0].length), bodyLine, text }, problems };
  });
}

/** Entries in file-name order; their problems are added to `problems`. */
function collect(reads: FileRead[], problems: Problem[]): RawEntry[] {
  for (const r of reads) problems.push(...r.problems);
  return reads.map((r) => r.entry);
}

export function readYamlCollection(root: string, dir: string, problems: Problem[]): RawEntry[] {
  const abs = join(root, dir);
  return collect(filesIn(abs, YAML_FILE).map((name) => readYamlFile(root, join(abs, name), name)), problems);
}

/** The MDX files of a collection, Vietnamese originals first (or only the given locales). */
export function readMdxCollection(root: string, dir: string, problems: Problem[], locales: readonly Locale[] = LOCALES): RawEntry[] {
  const reads: FileRead[] = [];
  for (const locale of locales) {
    const abs = join(root, dir, locale);
    for (const name of filesIn(abs, MDX_FILE)) reads.push(readMdxFile(root, join(abs, name), name, locale));
  }
  return collect(reads, problems);
}
