/** Every HTML page in dist/, with its route kind and template (the build's route manifest) and size. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../../scripts/lib/dist.ts';
import { representatives } from '../../src/lib/page-templates.ts';
import type { BuiltPage } from '../../src/lib/route-kinds.ts';
import { readRouteManifest } from '../../src/node/route-manifest.ts';

export type SitePage = BuiltPage & { bytes: number };

export function sitePages(): SitePage[] {
  return readRouteManifest(DIST)
    .filter((p) => p.file.endsWith('.html'))
    .map((p) => ({ ...p, bytes: statSync(join(DIST, p.file)).size }));
}

/** One page per template and locale (all of a template's pages when it has few). */
export function templatePages(): SitePage[] {
  return representatives(sitePages());
}

export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}
