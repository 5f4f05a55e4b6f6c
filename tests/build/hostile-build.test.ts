/**
 * A representative subset of the hostile classes (tests/helpers/hostile-classes.ts), each
 * built with the real `astro build` in its own isolated project: the build must stop
 * before rendering, name the file and field, run none of the content's code (an import
 * that would write a marker file, an expression reading a secret) and leave nothing of
 * the input in dist/.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixture } from '../helpers/fixture.ts';
import { isolatedBuild } from '../../scripts/lib/isolated-build.ts';
import { HOSTILE_CLASSES, POLICY, type HostileClass } from '../helpers/hostile-classes.ts';

const SECRET = `sngv-secret-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'sngv-hostile-build-'));
const MARKER = join(work, 'code-ran');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Code that would leave a trace if the build ever ran it. */
const RUNS_CODE: HostileClass = {
  name: 'an import that writes a file and an expression that reads a secret',
  setup: (fx) =>
    fx.edit(POLICY, (s) => `${s}\nimport { writeFileSync } from "node:fs"\nexport const x = writeFileSync(${JSON.stringify(MARKER)}, "ran")\n\nMáy dựng: {process.env.SNGV_TEST_SECRET}\n`),
  file: POLICY,
  line: 16,
  field: 'import/export',
  says: /run code on the machine that builds the site/,
};

const pick = (name: string) => {
  const c = HOSTILE_CLASSES.find((x) => x.name === name);
  if (!c) throw new Error(`no hostile class "${name}"`);
  return c;
};

const SUBSET: HostileClass[] = [
  RUNS_CODE,
  pick('<meta http-equiv=refresh> after a backtick inside an attribute value'),
  pick('onError in camel case on a component'),
  pick('set:html on a component'),
  pick('a front-matter layout naming a module to import'),
  pick('a reference-style javascript: link'),
  pick('a YAML alias bomb'),
  pick('an MDX file with an upper-case extension'),
  pick('a document issued in 2099'),
];

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

describe('astro build stops on hostile content before rendering anything', () => {
  it.each(SUBSET.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fx = copyFixture();
    try {
      c.setup({
        ...fx,
        mkdir: (dir) => mkdirSync(join(fx.root, dir), { recursive: true }),
        symlink: (target, path) => symlinkSync(target, join(fx.root, path)),
        writeBytes: (file, bytes) => writeFileSync(join(fx.root, file), bytes),
      });
      const b = isolatedBuild(join(work, String(SUBSET.indexOf(c))), fx.root, { SNGV_TEST_SECRET: SECRET, BUILD_DATE: '2026-11-26', NO_COLOR: '1' });
      const res = spawnSync(b.cmd, b.args, { cwd: b.cwd, env: b.env, encoding: 'utf8' });
      const out = `${res.stdout}\n${res.stderr}`;
      expect(res.status, out).not.toBe(0);
      const where = c.line === undefined ? c.file : `${c.file}:${c.line}`;
      expect(out).toContain(`${where} — `);
      expect(out).toContain(c.field);
      expect(out).toMatch(c.says);
      // Nothing rendered, nothing executed.
      expect(htmlFiles(b.dist)).toEqual([]);
      expect(existsSync(MARKER)).toBe(false);
      expect(out).not.toContain(SECRET);
    } finally {
      fx.cleanup();
    }
  }, 180_000);
});
