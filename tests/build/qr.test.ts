/**
 * Every registered document has QR images in dist/ that a real decoder (jsQR, from the
 * PNG) reads back as exactly its verification URL, small enough to print at 2 cm; every
 * public original is served byte for byte and no restricted one is.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import config from '../../astro.config.mjs';
import { DIST } from '../../scripts/lib/dist.ts';
import { checkContent } from '../../src/node/content-check/check.ts';
import { contentRoot } from '../../src/node/content-root.ts';
import { MAX_QR_VERSION, verifyUrl } from '../../src/lib/qr.ts';
import { FILES_DIR } from '../../src/lib/verification.ts';

// The same content the global setup built (it clears CONTENT_DIR).
const root = contentRoot();
const docs = checkContent(root)
  .entries.filter((e) => e.collection === 'documents')
  .map((e) => e.value as { code: string; visibility: string; file?: string; sha256?: string });
const site = config.site!;

describe('QR codes in dist/', () => {
  it('the register is not empty', () => {
    expect(docs.length).toBeGreaterThan(0);
  });

  it.each(docs.map((d) => [d.code]))('%s: the PNG decodes to exactly its verification URL', (code) => {
    const png = PNG.sync.read(readFileSync(join(DIST, 'qr', `${code}.png`)));
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(qr, 'jsQR found a code').not.toBeNull();
    expect(qr!.data).toBe(verifyUrl(site, code));
    expect(qr!.data).toBe(`${site.replace(/\/$/, '')}/v/${code}/`);
    expect(qr!.version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });

  it.each(docs.map((d) => [d.code]))('%s: the SVG has the same symbol size, at most version 5', (code) => {
    const svg = readFileSync(join(DIST, 'qr', `${code}.svg`), 'utf8');
    const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
    const png = PNG.sync.read(readFileSync(join(DIST, 'qr', `${code}.png`)));
    const version = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.version;
    expect(side).toBe(17 + 4 * version + 8); // modules plus a 4-module quiet zone each side
    expect(version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });
});

describe('published originals in dist/', () => {
  it('every public file is served byte for byte and matches its registered hash', () => {
    const published = docs.filter((d) => d.file);
    expect(published.length).toBeGreaterThan(0);
    for (const d of published) {
      const served = readFileSync(join(DIST, FILES_DIR, d.file!));
      expect(served.equals(readFileSync(join(root, FILES_DIR, d.file!))), d.file).toBe(true);
      expect(createHash('sha256').update(served).digest('hex'), d.file).toBe(d.sha256);
    }
  });

  it('restricted documents have a hash but no file anywhere in dist/', () => {
    const restricted = docs.filter((d) => d.visibility === 'restricted');
    expect(restricted.length).toBeGreaterThan(0);
    for (const d of restricted) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(d.file).toBeUndefined();
    }
  });

  it('each document has its verification page and stamp in the three languages', () => {
    for (const d of docs)
      for (const prefix of ['', '/zh', '/en']) {
        expect(existsSync(join(DIST, `${prefix}/v/${d.code}/index.html`)), `${prefix}/v/${d.code}/`).toBe(true);
        expect(existsSync(join(DIST, `${prefix}/v/${d.code}/stamp/index.html`)), `${prefix}/v/${d.code}/stamp/`).toBe(true);
      }
  });
});
