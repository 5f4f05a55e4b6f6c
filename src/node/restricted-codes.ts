/**
 * Codes of the restricted documents, whose /v/ pages stay out of the sitemap. Needed while
 * the Astro config is evaluated, before the collections exist: read with the content
 * check's reader, so with shared reads on, the check and the loaders reuse this reading.
 */
import { COLLECTIONS } from '../schemas/index.ts';
import { readYamlCollection } from './content-check/read.ts';
import type { Problem } from '../lib/content-check/problems.ts';

export function restrictedCodes(root: string): string[] {
  // A record that cannot be read is reported by the content check, which stops the build.
  const problems: Problem[] = [];
  return readYamlCollection(root, COLLECTIONS.documents.dir, problems).flatMap((e) => {
    const d = e.data as { visibility?: unknown; code?: unknown } | null | undefined;
    return d && typeof d === 'object' && d.visibility === 'restricted' ? [String(d.code)] : [];
  });
}
