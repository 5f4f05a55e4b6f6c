/**
 * The Astro collection loader of this site: the files and data the content check reads
 * (src/node/content-check/read.ts: same file discovery, same text decoding, same YAML
 * parser and hostile-input rules), handed to Astro's schema validation and store. During
 * `astro build` the check has already read every file, and the loader takes that reading
 * from the shared memo (./content-check/shared-reads.ts) instead of parsing again.
 *
 * It stores what Astro's glob() loader stored: the same ids, data, body (MDX, trimmed),
 * digest and file path, MDX entries rendered on demand by the MDX integration.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readMdxCollection, readYamlCollection, type RawEntry } from './content-check/read.ts';
import { formatProblems, type Problem } from '../lib/content-check/problems.ts';
import type { Locale } from '../lib/locales.ts';

export type LoaderSource =
  | { root: string; dir: string; format: 'yaml' }
  /** MDX files of some locales; translations get ids "zh/<id>", originals just "<id>". */
  | { root: string; dir: string; format: 'mdx'; locales: readonly Locale[]; localeInId: boolean };

export class ContentLoadError extends Error {
  override name = 'ContentLoadError';
}

function read(src: LoaderSource, problems: Problem[]): RawEntry[] {
  return src.format === 'yaml' ? readYamlCollection(src.root, src.dir, problems) : readMdxCollection(src.root, src.dir, problems, src.locales);
}

async function sync(src: LoaderSource, ctx: LoaderContext): Promise<void> {
  const { store, parseData, generateDigest, config } = ctx;
  const problems: Problem[] = [];
  const entries = read(src, problems);
  // Only reachable outside `astro build` (which checks first): an edit while `astro dev` runs.
  if (problems.length > 0) throw new ContentLoadError(formatProblems(problems));
  const projectRoot = fileURLToPath(config.root);
  const untouched = new Set(store.keys());
  for (const e of entries) {
    const id = src.format === 'mdx' && src.localeInId ? `${e.locale}/${e.id}` : e.id;
    untouched.delete(id);
    const filePath = join(src.root, e.file);
    const storedPath = relative(projectRoot, filePath).split(sep).join('/');
    const digest = generateDigest(e.text ?? '');
    const existing = store.get(id);
    if (existing && existing.digest === digest && existing.filePath === storedPath) {
      // Unchanged since the cached store was written: keep it (MDX still needs its module).
      if (existing.deferredRender) store.addModuleImport(existing.filePath);
      continue;
    }
    const data = await parseData({ id, data: e.data as Record<string, unknown>, filePath });
    store.set({
      id,
      data,
      ...(src.format === 'mdx' ? { body: e.body?.trim(), deferredRender: true } : {}),
      filePath: storedPath,
      digest,
    });
  }
  for (const id of untouched) store.delete(id);
}

export function contentLoader(src: LoaderSource): Loader {
  return {
    name: 'songoaivu-content',
    load: async (ctx) => {
      await sync(src, ctx);
      const { watcher, logger } = ctx;
      if (!watcher) return;
      // `astro dev`: reread the collection when one of its files changes (unchanged files
      // come from the memo).
      const dir = join(src.root, src.dir) + sep;
      watcher.add(dir);
      const onChange = async (path: string) => {
        if (!path.startsWith(dir)) return;
        try {
          await sync(src, ctx);
        } catch (e) {
          logger.error((e as Error).message);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
