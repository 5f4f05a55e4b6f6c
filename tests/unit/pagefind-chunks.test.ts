/**
 * Cutting Pagefind's word index into smaller chunks: boundaries only where a query word
 * and the words it is the start of (or falls back to) stay together, and the same words,
 * byte for byte, in the rewritten files. Runs on an index Pagefind itself writes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { decode } from 'cborg';
import { boundaryPrefixes, MAX_CHUNK_BYTES, MIN_CHUNK_BYTES, mayBreakBetween, rechunkIndex, splitWords, targetChunkBytes } from '../../src/node/pagefind-chunks.ts';

describe('where a chunk may end', () => {
  it('only between words that differ in their first two characters (first for Chinese)', () => {
    expect(mayBreakBetween('invest', 'investment')).toBe(false);
    expect(mayBreakBetween('vi', 'visa')).toBe(false);
    expect(mayBreakBetween('vang', 'vi')).toBe(true);
    expect(mayBreakBetween('uzbek', 'va')).toBe(true);
    expect(mayBreakBetween('投资', '投资者')).toBe(false);
    expect(mayBreakBetween('投资', '投票')).toBe(false);
    expect(mayBreakBetween('投资者', '持续')).toBe(true);
  });

  it('runs grow past the target rather than split such words', () => {
    const words = ['aa', 'ab', 'abc', 'abd', 'b', 'ba', 'bb'].map((text) => ({ text, size: 10, word: text }));
    // "ab", "abc" and "abd" share "ab": no boundary among them, however large the run.
    expect(splitWords(words, 15)).toEqual([['aa', 'ab', 'abc', 'abd'], ['b', 'ba'], ['bb']]);
    expect(splitWords(words, 1000)).toEqual([words.map((w) => w.text)]);
  });

  it("Pagefind's own boundaries always stay: chunks are only cut smaller, never merged", () => {
    const words = ['da', 'dai', 'dan', 'dang', 'dau'].map((text) => ({ text, size: 10, word: text, last: text === 'dan' }));
    expect(splitWords(words, 1000)).toEqual([['da', 'dai', 'dan'], ['dang', 'dau']]);
  });

  it('names ranges as Pagefind does, and sizes chunks by the index', () => {
    expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(targetChunkBytes(0)).toBe(MIN_CHUNK_BYTES);
    expect(targetChunkBytes(1e12)).toBe(MAX_CHUNK_BYTES);
    expect(targetChunkBytes(4e6)).toBeGreaterThan(targetChunkBytes(4e5));
  });
});

describe('an index Pagefind wrote', () => {
  let dir: string;
  const words = (d: string) => {
    const out: unknown[] = [];
    for (const f of readdirSync(join(d, 'index')).sort()) out.push(...(decode(gunzipSync(readFileSync(join(d, 'index', f))).subarray(12)) as unknown[][])[0]!);
    return out.map((w) => JSON.stringify(w)).sort();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sngv-chunks-'));
    const { index } = await pagefind.createIndex({});
    // Enough distinct words for Pagefind's 20,000-position chunks to be split further.
    let seed = 42;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
    const vocabulary = Array.from({ length: 4000 }, () => Array.from({ length: 3 + (seed % 6) }, letter).join(''));
    for (let p = 0; p < 60; p++) {
      const text = Array.from({ length: 900 }, (_, i) => vocabulary[(i * 7919 + p * 104729) % vocabulary.length]).join(' ');
      await index!.addHTMLFile({ url: `/p${p}/`, content: `<html lang="en"><body><main data-pagefind-body><h1>Page ${p}</h1><p>${text} investment invest investor</p></main></body></html>` });
    }
    await index!.writeFiles({ outputPath: dir });
    await pagefind.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every word entry byte for byte, in more, smaller chunks whose ranges Pagefind can find', () => {
    const before = words(dir);
    const entry0 = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta0 = decode(gunzipSync(readFileSync(join(dir, `pagefind.${entry0.languages.en.hash}.pf_meta`))).subarray(12)) as [string, unknown, [string, string, string][]];
    const lastWords = meta0[2].map(([, , hash]) => (decode(gunzipSync(readFileSync(join(dir, 'index', `${hash}.pf_index`))).subarray(12)) as [[string][]])[0].at(-1)![0]);
    const [report] = rechunkIndex(dir);
    expect(report!.after.chunks).toBeGreaterThan(report!.before.chunks);
    expect(report!.after.largest).toBeLessThan(report!.before.largest);
    expect(words(dir)).toEqual(before);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
    const meta = decode(gunzipSync(readFileSync(join(dir, `pagefind.${entry.languages.en.hash}.pf_meta`))).subarray(12)) as [string, unknown, [string, string, string][]];
    const chunks = meta[2];
    expect(chunks.length).toBe(report!.after.chunks);
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(chunks.map(([, , h]) => `${h}.pf_index`).sort());
    for (const [from, to, hash] of chunks) {
      const inChunk = (decode(gunzipSync(readFileSync(join(dir, 'index', `${hash}.pf_index`))).subarray(12)) as [[string][]])[0].map((w) => w[0]);
      // Pagefind compares bytes; every word of a chunk lies in its range.
      for (const w of inChunk) expect(Buffer.compare(Buffer.from(w), Buffer.from(from)) >= 0 && Buffer.compare(Buffer.from(w.slice(0, to.length)), Buffer.from(to)) <= 0, `${w} in ${from}..${to}`).toBe(true);
    }
    // Every chunk Pagefind wrote still ends where it ended.
    const lastAfter = chunks.map(([, , hash]) => (decode(gunzipSync(readFileSync(join(dir, 'index', `${hash}.pf_index`))).subarray(12)) as [[string][]])[0].at(-1)![0]);
    for (const w of lastWords) expect(lastAfter).toContain(w);
    // "invest", "investment" and "investor" share one chunk.
    const holding = chunks.filter(([, , hash]) => readFileSync(join(dir, 'index', `${hash}.pf_index`)).length > 0 && (decode(gunzipSync(readFileSync(join(dir, 'index', `${hash}.pf_index`))).subarray(12)) as [[string][]])[0].some((w) => w[0].startsWith('invest')));
    expect(holding.length).toBe(1);
  });
});
