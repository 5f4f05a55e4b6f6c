/** Where the built site is (DIST_DIR lets parallel runs keep separate builds). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DIST = resolve(process.env.DIST_DIR || 'dist');

/** Every file under dist/, as site paths ("/policies/x/index.html"). */
export function distFiles(ext?: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs, `${prefix}/${name}`);
      else if (!ext || name.endsWith(ext)) out.push(`${prefix}/${name}`);
    }
  };
  walk(DIST, '');
  return out.sort();
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}

/** Site path of a page file: "/zh/policies/x/index.html" → "/zh/policies/x/". */
export function pageUrl(file: string): string {
  return file.replace(/index\.html$/, '');
}
