/**
 * One read of each content file per process. `astro build` reads the content folder from
 * several places: the check before the build (src/integrations/content-check.ts), the
 * collection loaders (src/node/content-loader.ts), the search index's glossary and best
 * bets, the editors' pages and the sitemap's list of restricted documents. Once
 * `shareReads()` has been called (astro.config.mjs does), each of them gets the result of
 * the first read of a file for as long as the file is unchanged, instead of reading and
 * parsing it again. Command-line tools (`npm run check`, `npm run register`) never call
 * it and read the files afresh, as before.
 *
 * The memo lives on `globalThis` because Astro loads the config, the content config and
 * the pages through separate module graphs (each with its own copy of this module) in the
 * same process.
 */
import { statSync } from 'node:fs';

interface Remembered {
  /** Identity of the file's version: inode, size, change and modification times. */
  stamp: string;
  value: unknown;
}

interface SharedReads {
  files: Map<string, Remembered>;
  hits: number;
  misses: number;
}

const KEY = Symbol.for('songoaivu.shared-content-reads');
type Holder = { [KEY]?: SharedReads };

function store(): SharedReads | undefined {
  return (globalThis as Holder)[KEY];
}

/** Turns sharing on for this process (idempotent). */
export function shareReads(): void {
  (globalThis as Holder)[KEY] ??= { files: new Map(), hits: 0, misses: 0 };
}

/** Turns sharing off and forgets every reading (tests that need a cold start). */
export function unshareReads(): void {
  delete (globalThis as Holder)[KEY];
}

/** How many reads were answered from memory and how many went to the disk (for measurements). */
export function sharedReadStats(): { hits: number; misses: number } | undefined {
  const s = store();
  return s && { hits: s.hits, misses: s.misses };
}

/**
 * `compute()` (which reads `path`) once per version of the file; `kind` separates
 * different readings of the same file. Without `shareReads()`, always `compute()`.
 */
export function remembered<T>(kind: string, path: string, compute: () => T): T {
  const s = store();
  if (!s) return compute();
  let stamp: string;
  try {
    const st = statSync(path);
    stamp = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return compute();
  }
  const key = `${kind}\0${path}`;
  const hit = s.files.get(key);
  if (hit && hit.stamp === stamp) {
    s.hits++;
    return hit.value as T;
  }
  s.misses++;
  const value = compute();
  s.files.set(key, { stamp, value });
  return value;
}
