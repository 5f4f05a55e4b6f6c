/**
 * The register as the verification pages see it: every document by its code, joined
 * with what replaces it, for /v/<CODE>/, its stamp, its QR images and the published
 * originals (their paths: src/data/route-table.ts). Built on the memoised items, so nothing is read twice.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Item } from './items.ts';
import { registerItems } from './items.ts';
import { contentRoot } from '../node/content-root.ts';
import { FILES_DIR } from '../lib/verification.ts';

export interface RegisteredDoc {
  item: Item<'documents'>;
  code: string;
  /** The document that replaces this one, when superseded. */
  replacement?: Item<'documents'>;
  /** Size of the published original, for the download link. */
  fileBytes?: number;
}

let cache: Promise<RegisteredDoc[]> | undefined;

export function registeredDocs(): Promise<RegisteredDoc[]> {
  cache ??= load();
  return cache;
}

async function load(): Promise<RegisteredDoc[]> {
  const items = await registerItems();
  const byCode = new Map(items.map((i) => [i.data.code, i]));
  return items.map((item) => ({
    item,
    code: item.data.code,
    replacement: item.data.supersededBy ? byCode.get(item.data.supersededBy) : undefined,
    fileBytes: item.data.file ? statSync(join(contentRoot(), FILES_DIR, item.data.file)).size : undefined,
  }));
}
