/**
 * Builds the search index once the site is written: Pagefind's Node API over dist/,
 * in the `astro:build:done` hook, as Starlight's integrations/pagefind.ts does. The HTML
 * pages come from the build's route manifest (src/integrations/route-manifest.ts, which
 * runs first), each with its route's search rule; each goes through
 * src/lib/search-index.ts, which decides whether it is indexed and
 * adds the folded block that lets "dau tu" find "đầu tư"; the files in dist/ are not
 * changed. Pagefind writes one index per `<html lang>` (vi, zh-hans, en).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { transform } from 'esbuild';
import { prepareForIndex, type IndexContext } from '../lib/search-index.ts';
import { readRouteManifest } from '../node/route-manifest.ts';
import type { BuiltPage } from '../lib/route-kinds.ts';
import { normalizeText, type SynonymTerm } from '../lib/search-synonyms.ts';
import type { SearchVocabulary } from '../lib/search-query.ts';
import { contentRoot } from '../node/content-root.ts';
import { rechunkIndex } from '../node/pagefind-chunks.ts';
import { collectHan, traditionalPairs } from '../node/traditional-chinese.ts';
import { loadSearchContext } from './search-context.ts';

/** Where the search page finds the glossary it rewrites queries with (src/lib/search-query.ts). */
export const VOCABULARY_FILE = 'sngv-glossary.json';

/** Traditional → simplified pairs for the characters of the Chinese pages (src/lib/chinese-script.ts). */
export const HANT_FILE = 'sngv-hant.txt';

/** Pagefind's ready-made UIs: the site has its own small search page, so they are not published. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check<T extends { errors: string[] }>(what: string, response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const e of response.errors) logger.error(`${what}: ${e}`);
    throw new Error(`Pagefind failed while ${what}; see the messages above.`);
  }
  return response;
}

/** A page to index: its file, its address, and its route's search facts (the build's route manifest). */
export type IndexedFile = Pick<BuiltPage, 'file' | 'url' | 'path' | 'search' | 'entry'>;

export async function buildSearchIndex(
  outDir: string,
  pages: readonly IndexedFile[],
  logger: AstroIntegrationLogger,
  ctx: (IndexContext & { glossary: SynonymTerm[] }) | null = loadSearchContext(contentRoot()),
): Promise<{ pages: number; byLanguage: Record<string, number> }> {
  const started = performance.now();
  try {
    const { index } = check('creating the index', await pagefind.createIndex({}), logger);
    if (!index) throw new Error('Pagefind returned no index.');
    const files = pages.filter((p) => p.file.endsWith('.html'));
    const byLanguage: Record<string, number> = {};
    const missing: string[] = [];
    let indexed = 0;
    const zhChars = new Set<string>();
    // Pagefind's service handles requests one at a time; small batches keep its pipe full.
    const BATCH = 32;
    for (let i = 0; i < files.length; i += BATCH) {
      await Promise.all(
        files.slice(i, i + BATCH).map(async (page) => {
          const html = prepareForIndex(page, await readFile(join(outDir, page.file), 'utf8'), ctx ?? undefined);
          if (html === null) {
            if (page.entry) missing.push(page.file);
            return;
          }
          check(`indexing ${page.file}`, await index.addHTMLFile({ url: page.url, content: html }), logger);
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.toLowerCase() ?? 'unknown';
          byLanguage[lang] = (byLanguage[lang] ?? 0) + 1;
          if (lang.startsWith('zh')) collectHan(html, zhChars);
          indexed++;
        }),
      );
    }
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} entry page(s) have no data-pagefind-body, so search would silently leave them out: ${missing.slice(0, 5).join(', ')}` +
          ' — mark the main content of their template with data-pagefind-body (see src/components/search/IndexMeta.astro).',
      );
    }
    const outputPath = join(outDir, 'pagefind');
    check('writing the index', await index.writeFiles({ outputPath }), logger);
    await Promise.all(UNUSED.map((f) => rm(join(outputPath, f), { force: true })));
    // Pagefind's word-index chunks are 25–30 KB gzip, a quarter of a first search: cut smaller (src/node/pagefind-chunks.ts).
    const chunks = rechunkIndex(outputPath);
    // Every first search downloads pagefind.js; Pagefind ships it readable. Minified it is
    // 2 KB (gzip) lighter, the same code (README, Search weight).
    const script = join(outputPath, 'pagefind.js');
    const { code } = await transform(await readFile(script, 'utf8'), { minify: true, format: 'esm', target: 'es2022', legalComments: 'inline' });
    await writeFile(script, code);
    // The glossary the search page rewrites queries with: every form of every term, one file for all languages.
    const vocabulary: SearchVocabulary = {
      terms: ctx?.glossary ?? [],
      bets: [...(ctx?.bets ?? [])].map(([path, queries]) => ({ path, queries: [...new Set(queries.map(normalizeText))] })),
    };
    await writeFile(join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary));
    await writeFile(join(outputPath, HANT_FILE), traditionalPairs(zhChars));
    const ms = performance.now() - started;
    const langs = Object.entries(byLanguage)
      .sort()
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    const chunked = chunks.map((c) => `${c.language} ${c.before.chunks}→${c.after.chunks}`).join(', ');
    logger.info(`indexed ${indexed} pages (${langs}) in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}; word-index chunks ${chunked}`);
    return { pages: indexed, byLanguage };
  } finally {
    await pagefind.close();
  }
}

export function pagefindSearch(): AstroIntegration {
  return {
    name: 'sngv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await buildSearchIndex(outDir, readRouteManifest(outDir), logger);
      },
    },
  };
}
