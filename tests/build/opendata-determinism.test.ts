/**
 * The same content gives byte-identical open data: a second build, in its own copy of the
 * project and with its own cache (tests/helpers/second-build.ts, shared with the feedback
 * test), must write the same /api/ files, catalogue, feeds, calendars and sitemap as the
 * build the other tests read. (No build time, random id or file-system order may leak in.)
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/dist.ts';
import { secondBuild } from '../helpers/second-build.ts';

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
  it('a second build writes byte-identical files', () => {
    const second = secondBuild();
    const a = published(DIST);
    const b = published(second);
    expect(a.filter((f) => f.startsWith('api/v1/')).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
    const differing = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  }, 600_000);
});
