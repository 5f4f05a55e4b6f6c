import { resolve } from 'node:path';

/**
 * Where the editors' content lives. Tests and the benchmark point CONTENT_DIR at a
 * fixture or generated folder; everyone else gets the top-level `content/`.
 */
export function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}
