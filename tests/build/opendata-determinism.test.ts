/**
 * The same content gives byte-identical open data: a second build, into its own
 * folder and with its own cache, must write the same /api/ files, catalogue, feeds,
 * calendars and sitemap as the build the other tests read. (No build time, random id
 * or file-system order may leak into them.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../helpers/dist.ts';

function files(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    return statSync(join(root, rel)).isDirectory() ? files(root, rel) : [rel];
  });
}

/** Machine-readable outputs: everything under api/, and the catalogue, feeds, calendars and sitemap anywhere. */
const published = (root: string) =>
  files(root)
    .filter((f) => f.startsWith('api/') || /(^|\/)(catalog\.jsonld|feed\.xml|[^/]+\.ics|sitemap-[^/]+\.xml|robots\.txt)$/.test(f))
    .sort();

describe('open data is deterministic', () => {
  const second = mkdtempSync(join(tmpdir(), 'sngv-dist-'));
  const cache = mkdtempSync(join(tmpdir(), 'sngv-cache-'));
  afterAll(() => {
    rmSync(second, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('a second build writes byte-identical files', () => {
    execFileSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: '', DIST_DIR: second, ASTRO_CACHE_DIR: cache },
    });
    const a = published(DIST);
    const b = published(second);
    expect(a.filter((f) => f.startsWith('api/v1/')).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
    const differing = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  }, 600_000);
});
