/**
 * SHA-256 of published files, over their UTF-8 bytes (what a downloader receives).
 * @noble/hashes rather than node:crypto: synchronous like the rest of publishing, and
 * browser-safe, as everything in src/lib/ is.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const encoder = new TextEncoder();

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}
