/**
 * The baseline: a bare Astro project (same Astro and MDX versions, from this project's
 * node_modules) that renders every synthetic MDX file to a page in a minimal HTML shell:
 * no schemas, no content check, no layout, lists, facets, search index, QR codes or
 * open data. Our build time divided by this one is what the site's features cost.
 * Only the generated entries are built (real entries use our MDX components, which a
 * bare project does not have); at N ≥ 1,000 they are all but a few dozen of the pages.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Writes the bare project into `dir`, reading MDX from `content` and writing to `dist`. */
export function writeBareProject(dir: string, content: string, dist: string, collections: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(join(dir, '.cache'))}, integrations: [mdx()] });
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${collections.map((c) => `  ${JSON.stringify(c)}: defineCollection({ loader: glob({ pattern: '{vi,zh,en}/*-b[0-9]*.mdx', base: ${JSON.stringify(join(content, c))} }) }),`).join('\n')}
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ${JSON.stringify(collections)};
  const out = [];
  for (const name of names) for (const entry of await getCollection(name)) out.push({ params: { slug: name + '/' + entry.id }, props: { entry } });
  return out;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html><html><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
}
