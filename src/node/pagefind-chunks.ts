/**
 * Smaller word-index chunks for Pagefind, so that a first search downloads less.
 *
 * Pagefind splits each language's word index into chunks of about 20,000 word positions
 * (a constant in its indexer, `chunk_index(word_map, 20000)`, with no option to change it):
 * 25–30 KB gzip each on this site, and a query downloads the whole chunk that holds its
 * word, i.e. a quarter of a first search's budget for one word. After Pagefind has
 * written the index, this module cuts the same words into smaller chunks and rewrites the
 * language's page list (`pf_meta`) to name them. Nothing else changes: the words, pages,
 * positions and weights are copied byte for byte, and the WebAssembly finds chunks through
 * the `from`/`to` ranges in the page list exactly as before.
 *
 * Pagefind's own boundaries stay; each of its chunks is cut further. Two rules keep
 * search results the same:
 * - Pagefind loads ONE chunk per query word: the one whose range holds it. Words that
 *   start with the query word ("invest" → "investment", "投资" → "投资者") and the shorter
 *   word Pagefind falls back to ("visas" → "visa") must be in that chunk. So a boundary
 *   only falls between two words that differ in their first two characters (first
 *   character for Chinese, whose words are one to four characters long): every word
 *   sharing a two-character start stays in one chunk (unless Pagefind's own boundary
 *   already fell between them).
 * - The size: each chunk is an entry in the page list that every search downloads, so
 *   more chunks make that list longer. A chunk of √(total × entry) bytes keeps the sum of
 *   the two smallest (a few KB on this site; about Pagefind's own size at 10,000 entries
 *   per language, where the page list dominates anyway).
 *
 * The format (Pagefind 1.x): a file is gzip("pagefind_dcd" + CBOR); a chunk is `[words]`,
 * a word `[text, pages, …]`; the page list is `[version, pages, chunks, filters, …]`, a
 * chunk entry `[from, to, hash]`. A Pagefind version whose files differ stops the build
 * (checked in `rechunkIndex`) rather than publishing an index the browser cannot read.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = Buffer.from('pagefind_dcd');
/** Uncompressed CBOR bytes one chunk entry adds to the page list (two short prefixes and a hash name). */
export const CHUNK_ENTRY_BYTES = 24;
/** No smaller than this (uncompressed): below it gzip's own overhead starts to count. */
export const MIN_CHUNK_BYTES = 4 * 1024;
/** No larger than Pagefind's own chunks (about 60 KB uncompressed on this site). */
export const MAX_CHUNK_BYTES = 64 * 1024;

type Word = [string, ...unknown[]];
type ChunkEntry = [string, string, string];

function readPagefindFile(file: string): Uint8Array {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${file}: not a Pagefind index file (no "pagefind_dcd" signature)`);
  return raw.subarray(SIGNATURE.length);
}

function writePagefindFile(file: string, cbor: Uint8Array): void {
  writeFileSync(file, gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 9 }));
}

const HAN = /^\p{Script=Han}/u;

/** Characters two words share at their start. */
function commonStart(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Whether a chunk may end between `a` and the next word `b` (sorted order): only when
 * they differ within the first two characters (the first for Chinese), so that a query
 * word and every word it is a prefix of, or falls back to, share one chunk.
 */
export function mayBreakBetween(a: string, b: string): boolean {
  const keep = HAN.test(b) ? 1 : 2;
  return commonStart([...a], [...b]) < keep;
}

/** The chunk size (uncompressed bytes) for an index of `total` bytes: √(total × entry), within bounds. */
export function targetChunkBytes(total: number): number {
  return Math.min(MAX_CHUNK_BYTES, Math.max(MIN_CHUNK_BYTES, Math.round(Math.sqrt(total * CHUNK_ENTRY_BYTES))));
}

/**
 * Cuts sorted words (with their encoded sizes) into runs of about `target` bytes,
 * breaking only where `mayBreakBetween` allows: a run grows past the target rather than
 * splitting words that share their start. A word marked `last` (the end of one of
 * Pagefind's own chunks) always ends a run, so no chunk is ever larger than Pagefind's:
 * on a large site a two-letter start ("da…" in Vietnamese) holds a great many words.
 */
export function splitWords<W>(words: { text: string; size: number; word: W; last?: boolean }[], target: number): W[][] {
  const runs: W[][] = [];
  let run: W[] = [];
  let size = 0;
  words.forEach((w, i) => {
    run.push(w.word);
    size += w.size;
    const next = words[i + 1];
    if (next && (w.last || (size >= target && mayBreakBetween(w.text, next.text)))) {
      runs.push(run);
      run = [];
      size = 0;
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Pagefind's range names for adjacent chunks: the shortest starts that tell them apart (`get_prefixes` in its indexer). */
export function boundaryPrefixes(last: string, first: string): [string, string] {
  const a = [...last];
  const b = [...first];
  const n = commonStart(a, b);
  return [a.slice(0, n + 1).join(''), b.slice(0, n + 1).join('')];
}

/** A content-derived chunk name, unique within the language ("zh-hans_3f9a0c1"). */
function chunkName(prefix: string, cbor: Uint8Array, taken: Set<string>): string {
  const hex = createHash('sha256').update(cbor).digest('hex');
  let len = 7;
  while (taken.has(`${prefix}_${hex.slice(0, len)}`)) len++;
  const name = `${prefix}_${hex.slice(0, len)}`;
  taken.add(name);
  return name;
}

export interface RechunkReport {
  language: string;
  before: { chunks: number; largest: number };
  after: { chunks: number; largest: number; target: number };
}

/** Re-chunks every language's word index in a Pagefind output folder (see the module comment). */
export function rechunkIndex(pagefindDir: string): RechunkReport[] {
  const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
  const reports: RechunkReport[] = [];
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = join(pagefindDir, `pagefind.${hash}.pf_meta`);
    const meta = decode(readPagefindFile(metaFile)) as unknown[];
    const chunks = meta[2];
    if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && c.length === 3 && c.every((s) => typeof s === 'string')))
      throw new Error(`${metaFile}: unexpected Pagefind page list (chunk entries are not [from, to, hash]); was Pagefind upgraded? See src/node/pagefind-chunks.ts.`);
    const words: { text: string; size: number; word: Word; last?: boolean }[] = [];
    let before = 0;
    for (const [, , name] of chunks as ChunkEntry[]) {
      const file = join(pagefindDir, 'index', `${name}.pf_index`);
      before = Math.max(before, readFileSync(file).length);
      const chunk = decode(readPagefindFile(file)) as unknown[];
      if (chunk.length !== 1 || !Array.isArray(chunk[0])) throw new Error(`${file}: unexpected Pagefind index chunk (not [words]); see src/node/pagefind-chunks.ts.`);
      for (const w of chunk[0] as unknown[]) {
        if (!Array.isArray(w) || typeof w[0] !== 'string') throw new Error(`${file}: unexpected word entry in a Pagefind index chunk; see src/node/pagefind-chunks.ts.`);
        words.push({ text: w[0], size: encode(w).length, word: w as Word });
      }
      // Pagefind's own boundary stays one: chunks are only ever cut smaller.
      if (words.length > 0) words[words.length - 1]!.last = true;
    }
    const target = targetChunkBytes(words.reduce((s, w) => s + w.size, 0));
    const runs = splitWords(words, target);
    const prefix = (chunks as ChunkEntry[])[0]![2].replace(/_[^_]*$/, '');
    const taken = new Set<string>();
    const entries: ChunkEntry[] = [];
    let largest = 0;
    for (const run of runs) {
      const cbor = encode([run]);
      const name = chunkName(prefix, cbor, taken);
      const file = join(pagefindDir, 'index', `${name}.pf_index`);
      writePagefindFile(file, cbor);
      largest = Math.max(largest, readFileSync(file).length);
      entries.push([run[0]![0], run[run.length - 1]![0], name]);
    }
    for (let i = 0; i + 1 < entries.length; i++) [entries[i]![1], entries[i + 1]![0]] = boundaryPrefixes(entries[i]![1], entries[i + 1]![0]);
    for (const [, , name] of chunks as ChunkEntry[]) if (!taken.has(name)) rmSync(join(pagefindDir, 'index', `${name}.pf_index`), { force: true });
    meta[2] = entries;
    writePagefindFile(metaFile, encode(meta));
    if (!existsSync(metaFile)) throw new Error(`${metaFile}: could not be rewritten`);
    reports.push({ language, before: { chunks: chunks.length, largest: before }, after: { chunks: entries.length, largest, target } });
  }
  return reports;
}
