/**
 * Computes a file's SHA-256 off the main thread. Web Crypto's digest is one-shot and, in
 * Chromium, blocks the thread that calls it (about 60 ms for 50 MB on a desktop, several
 * times that on a phone), so it runs here. The file is read as a stream into one buffer
 * of its size, reporting progress, then hashed once.
 */
import { toHex } from '../../lib/verification.ts';

export type HashRequest = File;
export type HashReply = { type: 'progress'; percent: number } | { type: 'done'; hex: string } | { type: 'error'; message: string };

const post = (m: HashReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<HashRequest>) => {
  try {
    const file = e.data;
    const buf = new Uint8Array(file.size);
    const reader = file.stream().getReader();
    let offset = 0;
    let shown = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buf.set(value, offset);
      offset += value.byteLength;
      const percent = Math.floor((offset / Math.max(1, file.size)) * 100);
      if (percent !== shown) post({ type: 'progress', percent: (shown = percent) });
    }
    post({ type: 'done', hex: toHex(await crypto.subtle.digest('SHA-256', buf)) });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
