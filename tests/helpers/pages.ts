/** Every HTML page in dist/, with its template (src/lib/page-templates.ts) and size. */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, distFiles } from '../../scripts/lib/dist.ts';
import { classifyPage, representatives, type PageInfo } from '../../src/lib/page-templates.ts';

export type SitePage = PageInfo & { bytes: number };

export function sitePages(): SitePage[] {
  return distFiles('.html').map((file) => ({ ...classifyPage(file), bytes: statSync(join(DIST, file)).size }));
}

/** One page per template and locale (all of a template's pages when it has few). */
export function templatePages(): SitePage[] {
  return representatives(sitePages());
}

export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}
