/**
 * src/lib/ holds pure, browser-safe code: no Node built-in, no environment, no process.
 * What touches files, the environment or processes lives in src/node/ (and the Astro
 * data layer in src/data/), so a module here can be used in a page script or a test
 * without a file system behind it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const LIB = join(ROOT, 'src', 'lib');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : /\.ts$/.test(n) ? [join(dir, n)] : []));

const NODE_ONLY = [
  [/from ['"]node:/, 'imports a Node built-in'],
  [/\bprocess\.(env|cwd|exit|argv)\b/, 'reads the process'],
  [/import\.meta\.env\b/, 'reads the build environment'],
  // Types are erased: a type from src/node/ costs nothing at run time.
  [/^import (?!type )[^;]*from ['"](\.\.\/)+node\//m, 'imports from src/node/'],
] as const;

describe('src/lib is pure', () => {
  it('no module uses Node, the environment or src/node/', () => {
    const problems = walk(LIB).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return NODE_ONLY.filter(([re]) => re.test(code)).map(([, what]) => `${relative(ROOT, file)} ${what}`);
    });
    expect(problems).toEqual([]);
  });
});

// Tools that benchmarks and scripts share with the tests live in scripts/lib/; a script that
// reached into tests/ would break when a test helper changes for a test's sake.
describe('scripts stand without the tests', () => {
  it('no script imports from tests/', () => {
    const problems = walk(join(ROOT, 'scripts')).filter((file) => /(?:from|import)\s*\(?\s*['"](\.\.\/)+tests\//.test(readFileSync(file, 'utf8')));
    expect(problems.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
