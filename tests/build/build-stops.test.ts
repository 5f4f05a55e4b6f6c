/**
 * The real `astro build` refuses bad content: it exits non-zero and its message names the
 * file, the field and what was expected (the same checker as `npm run check`).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyFixture } from '../helpers/fixture.ts';
import { isolatedBuild } from '../../scripts/lib/isolated-build.ts';

const fx = copyFixture();
const work = mkdtempSync(join(tmpdir(), 'sngv-stops-'));
afterAll(() => {
  fx.cleanup();
  rmSync(work, { recursive: true, force: true });
});

describe('astro build with broken content', () => {
  it('stops before rendering and lists every problem', () => {
    fx.edit('policies/vi/chinh-sach-a.mdx', (s) => s.replace("published: '2025-06-01'", "published: '2025-13-01'"));
    fx.edit('faq/hoi-a.yaml', (s) => s.replace('unit: phong-a', 'unit: phong-z'));
    const b = isolatedBuild(work, fx.root);
    const res = spawnSync(b.cmd, b.args, { cwd: b.cwd, env: b.env, encoding: 'utf8' });
    const out = res.stdout + res.stderr;
    expect(res.status).not.toBe(0);
    expect(out).toContain('policies/vi/chinh-sach-a.mdx:4 — published');
    expect(out).toContain('a real calendar date');
    expect(out).toContain('faq/hoi-a.yaml:4 — unit');
    expect(out).toContain('units has no entry with that id');
  });

  it('stops when one event of the register log was tampered with, naming the event and the fix', () => {
    const tampered = copyFixture();
    try {
      // The fixture's only event: its document number rewritten, its hash left as it was.
      tampered.edit('documents/register-log.jsonl', (s) => s.replace('"number":"1/CV-SNgV"', '"number":"2/CV-SNgV"'));
      const res = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: tampered.root, DIST_DIR: join(tmpdir(), `sngv-never-log-${process.pid}`), ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const out = res.stdout + res.stderr;
      expect(res.status).not.toBe(0);
      expect(out).toContain('documents/register-log.jsonl:1 — seq 0 (AB12CD34) hash');
      expect(out).toContain('the event was changed after it was written');
      expect(out).toContain('git checkout content/documents/register-log.jsonl');
    } finally {
      tampered.cleanup();
    }
  });
});
