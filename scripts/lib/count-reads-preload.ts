/**
 * Preloaded into `astro build` by scripts/count-content-reads.ts (`node --import`): counts
 * every read of a file under the content folder, by the module that asked for it, and
 * writes the tally to $COUNT_READS_OUT when the process exits. Measurement only; nothing
 * in the build imports it.
 */
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

const root = resolve(process.env.CONTENT_DIR || 'content') + sep;
const out = process.env.COUNT_READS_OUT;
/** reader → file → count */
const tally: Record<string, Record<string, number>> = {};

/** The first stack frame outside node's own code and this file: who read the file. */
function reader(): string {
  const lines = (new Error().stack ?? '').split('\n').slice(2);
  for (const l of lines) {
    if (l.includes('node:') || l.includes('count-reads-preload')) continue;
    const m = /\(?((?:file:\/\/)?[^()\s]+?):\d+:\d+\)?$/.exec(l.trim());
    if (!m) continue;
    const f = m[1]!.replace(/^file:\/\//, '');
    const nm = f.lastIndexOf('node_modules/');
    return nm >= 0 ? f.slice(nm + 'node_modules/'.length).split('/').slice(0, 4).join('/') : f.replace(process.cwd() + '/', '');
  }
  return '(unknown)';
}

function note(path: unknown): void {
  const p = path instanceof URL ? path.pathname : typeof path === 'string' ? resolve(path) : undefined;
  if (!p || !p.startsWith(root)) return;
  const by = (tally[reader()] ??= {});
  const rel = p.slice(root.length);
  by[rel] = (by[rel] ?? 0) + 1;
}

/** Depth of wrapped calls, so a read made inside another (readFileSync → openSync) counts once. */
let depth = 0;
function wrap<T extends object, K extends keyof T>(obj: T, key: K): void {
  const orig = obj[key] as unknown as (...a: unknown[]) => unknown;
  (obj as Record<K, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
    if (depth === 0) note(args[0]);
    depth++;
    try {
      return orig.apply(this, args);
    } finally {
      depth--;
    }
  };
}

wrap(fs, 'readFileSync');
wrap(fs, 'readFile');
wrap(fs, 'openSync');
// node:fs/promises is the same object as fs.promises: wrap it once.
wrap(fsp === fs.promises ? fsp : fs.promises, 'readFile');
if (fsp !== fs.promises) wrap(fsp, 'readFile');
syncBuiltinESMExports();

process.on('exit', () => {
  if (out) fs.writeFileSync(out, JSON.stringify(tally));
});
